// Turns an MRZ reading into the contract's fields of a passport or an
// identity card (section 4), each with the box of its characters on the page
// and the raw MRZ text, plus one check per check digit saying whether the
// characters behind it were read sure, repaired, or are in doubt.
// Pure; thread-safe.
#pragma once

#include <string_view>

#include "extractors/common/extraction.hpp"
#include "extractors/mrz/mrz_reading.hpp"

namespace kycx::extractors::mrz {

// `document_type` is "passport" (mrz_line1, mrz_line2, personal_number) or
// "id_card" (mrz_lines, optional_data). Checks are named
// "mrz.reading.<element>": pass when the digit verifies as read or after a
// unique repair (the message starts "repaired:"), fail when it verifies but
// proves nothing ("uncertain:": a close runner-up glyph would verify too),
// skipped when it does not verify ("ambiguous:" when several repairs would
// fit): the rule engine's mrz.check_digit.<element> fails it then.
Extraction mrz_fields(const MrzReading& reading, std::string_view document_type);

}  // namespace kycx::extractors::mrz
