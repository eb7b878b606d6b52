# Bank statements and the printed dates and amounts every layout reader parses.
kycx_add_test(printed_values_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/printed_values_test.cpp DEPS kycx::extractors)
kycx_add_test(bank_statement_reader_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bank_statement_reader_test.cpp DEPS kycx::extractors)
