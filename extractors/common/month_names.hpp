// The names and abbreviations of the months as documents print them, in the
// languages kycx reads, in one table that every date parser uses. Constant
// table; thread-safe.
#pragma once

#include <string_view>

namespace kycx::extractors {

// The month (1-12) a word of free text names in English, French or Spanish,
// full or abbreviated ("March", "Mar", "Sept", "févr", "mayo"; accents and
// case ignored; OCR slips forgiven in English names of four letters or
// more); 0 when it names none.
int printed_month(std::string_view word);

// The month (1-12) an abbreviation as visual zones of identity documents print
// it names, in any of seven languages ("fev", "maerz", "okt"; folded: lower
// case, no accents), also when a bilingual "AUG/AOUT" lost its slash to a
// letter ("augiaout"); 0 when it names none.
int zone_month(std::string_view folded);

}  // namespace kycx::extractors
