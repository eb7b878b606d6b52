// Options for creating Tesseract engines. Plain struct.
#pragma once

#include <string>

namespace kycx::ocr {

struct OcrOptions {
  std::string tessdata_dir;      // folder holding *.traineddata; empty: Tesseract's default
  std::string language = "eng";  // Tesseract language(s), e.g. "eng" or "eng+fra"
  bool invert_check = false;     // let Tesseract retry lines as white-on-black (slower)
  // Folder with a slower, more accurate model (Tesseract's best_int
  // eng.traineddata) for short regions; empty: no such engine.
  std::string precise_tessdata_dir;
  // Tesseract language that re-reads person names (crops of a line, never
  // whole pages), from tessdata_dir; "Latin" keeps the accents the English
  // model drops. Empty: no such engine.
  std::string names_language;
  // Folder holding the names language's model; empty: tessdata_dir.
  std::string names_tessdata_dir;
};

// Where scripts/setup installs the best_int English model.
inline constexpr const char* kDefaultPreciseTessdataDir = "/usr/local/share/kycx/tessdata-best";

// Where Debian's tesseract-ocr packages put their models (Tesseract's default).
inline constexpr const char* kDebianTessdataDir = "/usr/share/tesseract-ocr/5/tessdata";

// The names language used when its model is installed (tesseract-ocr-script-latn).
inline constexpr const char* kDefaultNamesLanguage = "Latin";

// Where scripts/setup puts the names model without its word list (41 MB in
// memory instead of 279 MB per engine); preferred when present.
inline constexpr const char* kDefaultNamesTessdataDir = "/usr/local/share/kycx/tessdata-names";

}  // namespace kycx::ocr
