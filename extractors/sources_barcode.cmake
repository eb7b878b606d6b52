# PDF417 barcodes and the AAMVA DL/ID record of driver's licences, plus the
# printed front they are checked against.
target_sources(kycx_extractors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_fields.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_jurisdictions.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_parser.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_record.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_values.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/barcode_license_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/barcode_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/license_front_check.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/license_front_labels.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/license_front_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/license_front_values.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pdf417_decoder.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pdf417_locator.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pdf417_rectifier.cpp
)
target_link_libraries(kycx_extractors PRIVATE ZXing::ZXing opencv_imgproc)
