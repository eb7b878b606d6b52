kycx_add_test(mrz_parser_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/mrz_parser_test.cpp DEPS kycx::extractors)
kycx_add_test(mrz_reader_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/mrz_reader_test.cpp DEPS kycx::extractors)
kycx_add_test(mrz_samples_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/mrz_samples_test.cpp
  DEPS kycx::extractors kycx::pipeline LABELS samples slow)
