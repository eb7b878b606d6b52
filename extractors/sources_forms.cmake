# Pay stubs, utility bills and W-2s: labelled fields and boxes, found by
# position on the levelled page (layout_fields), read through printed_values.
target_sources(kycx_extractors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/layout_fields.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/form_values.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/form_header.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/form_address.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/form_reread.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/name_reread.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pay_stub_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/utility_bill_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/w2_reader.cpp
)
