// GoogleTest entry point shared by every test binary: the same process-wide
// settings as the kycx program (single-threaded Tesseract, quiet libraries).
#include <gtest/gtest.h>

#include "ingest/document_reader.hpp"
#include "ocr/tesseract_engine.hpp"

int main(int argc, char** argv) {
  kycx::ocr::limit_tesseract_threads(argv);
  kycx::ingest::quiet_third_party_diagnostics();
  testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
