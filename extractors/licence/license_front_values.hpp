// Values as printed on the front of a US or Canadian licence: OCR-tolerant
// keys for comparing names, and printed name words (dates: card_date in
// extractors/common/printed_dates.hpp; numbers: number_key in
// extractors/common/confusions.hpp). Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/value_format.hpp"
#include "extractors/common/identity_dates.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors::licence {

// Upper-case words of letters and digits, one space apart, apostrophes
// dropped: "O'Neil-Smith,  Ann" -> "ONEIL SMITH ANN".
std::string words_key(std::string_view text);

// A word of a name as licences print it: capitals (or non-ASCII letters),
// apostrophes and hyphens, punctuation around it ignored.
bool is_printed_name_word(std::string_view token);

}  // namespace kycx::extractors::licence
