// Person names read again with the names model (a Latin-script Tesseract
// model) that keeps the accents the page's English OCR drops, adopted only
// when nothing but accents changes. Used by one thread (the context's
// engines are); accented_name() is a pure function.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/field.hpp"
#include "extractors/common/extract_context.hpp"

namespace kycx::extractors {

// The names model's reading of a name the page's OCR read as `page_reading`,
// when it is the same name with accents the page's OCR dropped: equal
// letter for letter except for letters that fold (accents and case) to the
// page's ("JOSÉ SCHÄFER" for "JOSE SCHAFER"); stray punctuation at either end
// of the names reading is ignored. nullopt otherwise: the page's reading stays.
std::optional<std::string> accented_name(std::string_view page_reading, std::string_view names_reading);

// `field`, a person's name read by OCR, read again from its first source's
// box with the names model and given that reading when accented_name()
// accepts it (boxes and evidence kept; the source's raw text updated).
// Unchanged without a names model or page image, or for a text layer.
Field reread_name(const ExtractContext& context, Field field);

// `field`, a value printed in letters of any Latin script (a place of birth),
// read a second time from its first source's box with the names model. The
// same letters, or the same with accents the page's OCR dropped (kept), make
// two agreeing readings; anything else two disagreeing ones, the page's kept.
// A text layer's value is returned as it is. nullopt for an OCR'd value
// without a names model or page image: one reading that may have lost its
// accents with full confidence cannot be trusted alone.
std::optional<Field> read_twice_with_names_model(const ExtractContext& context, Field field);

}  // namespace kycx::extractors
