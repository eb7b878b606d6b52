kycx_add_test(aamva_parser_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/aamva_parser_test.cpp DEPS kycx::extractors)
kycx_add_test(aamva_values_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/aamva_values_test.cpp DEPS kycx::extractors)
kycx_add_test(pdf417_decoder_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/pdf417_decoder_test.cpp DEPS kycx::extractors)
kycx_add_test(barcode_reader_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/barcode_reader_test.cpp DEPS kycx::extractors)
kycx_add_test(barcode_samples_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/barcode_samples_test.cpp
  DEPS kycx::extractors kycx::pipeline LABELS samples)
kycx_add_test(license_front_reader_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/license_front_reader_test.cpp DEPS kycx::extractors)
kycx_add_test(barcode_license_reader_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/barcode_license_reader_test.cpp DEPS kycx::extractors)
kycx_add_test(license_front_check_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/license_front_check_test.cpp DEPS kycx::extractors)
