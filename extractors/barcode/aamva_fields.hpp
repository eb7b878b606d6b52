// Turns the elements of a parsed AAMVA record into the contract's
// drivers_license fields (canonical dates, postal code, sex, names) and adds
// the problems found on the way. Used by the parser. Pure; thread-safe.
#pragma once

#include "extractors/barcode/aamva_record.hpp"

namespace kycx::extractors::barcode {

// Fills record.fields, record.jurisdiction and record.country from
// record.header and record.elements; appends to record.problems.
void fill_aamva_fields(AamvaRecord& record);

}  // namespace kycx::extractors::barcode
