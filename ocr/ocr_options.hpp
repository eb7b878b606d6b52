// Options for creating Tesseract engines. Plain struct.
#pragma once

#include <string>

namespace kycx::ocr {

struct OcrOptions {
  std::string tessdata_dir;   // folder holding *.traineddata; empty: Tesseract's default
  std::string language = "eng";  // Tesseract language(s), e.g. "eng" or "eng+fra"
  bool invert_check = false;  // let Tesseract retry lines as white-on-black (slower)
};

}  // namespace kycx::ocr
