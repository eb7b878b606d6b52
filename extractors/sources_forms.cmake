# Pay stubs, utility bills and W-2s: labelled fields and boxes.
target_sources(kycx_extractors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/pay_stub_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/utility_bill_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/w2_reader.cpp
)
