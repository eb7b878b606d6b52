# Labelled layouts and tables: bank statements, pay stubs, utility bills, W-2s.
target_sources(kycx_extractors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/layout_reader.cpp
)
