# Bank statements: transaction tables across pages; printed dates and money.
target_sources(kycx_extractors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/bank_statement_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/printed_values.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/statement_header.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/statement_labels.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/statement_reread.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/statement_rows.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/statement_summary.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/statement_table.cpp
)
