// What the AAMVA DL/ID parser read from a PDF417 payload: header, subfile
// designators, every element (ID -> raw value), the contract's
// drivers_license fields in canonical form, and the problems found.
// Plain value types; copy freely, share read-only between threads.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kycx::extractors::barcode {

// One subfile designator of the header: type ("DL", "ID", "ZC"), offset of the
// subfile from the start of the payload, and its length, as the header says.
struct AamvaSubfileDesignator {
  std::string type;
  int offset = 0;
  int length = 0;
};

struct AamvaHeader {
  std::string file_type;          // "ANSI " or "AAMVA" (the older issuers' spelling)
  std::string iin;                // issuer identification number, 6 digits
  int aamva_version = 0;          // 1 (AAMVA 2000) to 10 (2020); 0 when unreadable
  int jurisdiction_version = -1;  // -1 when absent (version 1 headers have none)
  int entries = 0;                // number of subfiles the header announces
  std::vector<AamvaSubfileDesignator> designators;
};

// A deviation from the standard. `review` problems make a value doubtful (a
// person should look); the others are tolerated quirks of real cards, kept
// for diagnostics (a wrong subfile offset the parser recovered from).
struct AamvaProblem {
  std::string rule;     // check rule it fails: "aamva.header", "aamva.date.date_of_birth", ...
  std::string field;    // contract field it concerns; empty for the whole payload
  std::string message;  // for a person; never contains the payload's personal data
  bool review = true;
};

// One contract field as read from the barcode.
struct AamvaValue {
  std::string value;                  // canonical form (contract section 2)
  std::string raw;                    // element value(s) as encoded, e.g. DBB "05211978"
  std::vector<std::string> elements;  // element IDs it came from, e.g. {"DAG", "DAH"}
};

struct AamvaRecord {
  AamvaHeader header;
  std::string subfile_type;                                  // "DL" or "ID"
  std::map<std::string, std::string> elements;               // DL/ID subfile: element ID -> raw value (trimmed)
  std::map<std::string, std::string> jurisdiction_elements;  // Z? subfiles: element ID -> raw value
  std::string jurisdiction;                                  // issuing state/province code, "" when unknown
  std::string country;                                       // "USA" or "CAN", "" when unknown
  std::map<std::string, AamvaValue> fields;                  // contract field name -> value
  std::vector<AamvaProblem> problems;

  const AamvaValue* field(std::string_view name) const;
  const std::string* element(std::string_view id) const;
  // Problems that need a person (review == true).
  bool needs_review() const;
};

}  // namespace kycx::extractors::barcode
