# Bank statements: transaction tables across pages; printed dates and money.
target_sources(kycx_extractors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/bank_statement_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/printed_values.cpp
)
