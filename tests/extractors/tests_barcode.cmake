kycx_add_test(aamva_parser_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/aamva_parser_test.cpp DEPS kycx::extractors)
kycx_add_test(aamva_values_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/aamva_values_test.cpp DEPS kycx::extractors)
