# The MRZ reader (ICAO 9303 TD1, TD2, TD3) and its visual-zone cross-check.
target_sources(kycx_extractors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_layout.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_confusions.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_alignment.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_repair.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_parser.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_ocrb_glyphs.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_glyph_classifier.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_glyph_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_glyph_decoder.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_locator.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_band_image.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_reading.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/upright_frame.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_band_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_band_sighting.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_text_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_fields.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_visual_zone.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_visual_check.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mrz_reader.cpp
)
