# PDF417 barcodes and the AAMVA DL/ID record of driver's licences, plus the
# printed front they are checked against.
target_sources(kycx_extractors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_fields.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_jurisdictions.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_parser.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_record.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/aamva_values.cpp
)
