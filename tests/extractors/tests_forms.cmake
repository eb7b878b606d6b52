# Pay stubs, utility bills and W-2s: layout primitives on hand-built pages,
# the readers on hand-built pages (bad inputs), and on the labelled samples.
kycx_add_test(layout_fields_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/layout_fields_test.cpp DEPS kycx::extractors)
kycx_add_test(form_readers_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/form_readers_test.cpp DEPS kycx::extractors)
kycx_add_test(name_reread_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/name_reread_test.cpp DEPS kycx::extractors)
kycx_add_test(form_reread_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/form_reread_test.cpp DEPS kycx::extractors)
kycx_add_test(forms_samples_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/forms_samples_test.cpp
  DEPS kycx::extractors kycx::pipeline LABELS samples)
kycx_add_test(classifier_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/classifier_test.cpp DEPS kycx::extractors)
