# Labelled layouts and tables: bank statements, pay stubs, utility bills, W-2s.
target_sources(kycx_extractors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/layout_reader.cpp
)
# One list per reader family, so parallel work never edits the same list.
include(${CMAKE_CURRENT_SOURCE_DIR}/sources_statement.cmake OPTIONAL)
include(${CMAKE_CURRENT_SOURCE_DIR}/sources_forms.cmake OPTIONAL)
