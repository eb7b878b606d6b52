// Reads the data elements of an ICAO 9303 machine readable zone (TD1, TD2,
// TD3) from OCR text lines: picks and aligns the lines, repairs OCR confusions
// the check digits decide, and converts elements to the contract's value
// formats (dates YYYY-MM-DD, names with fillers as spaces, "D" for Germany).
// Pure functions; thread-safe.
//
//   auto mrz = parse_mrz(std::vector<std::string>{line1, line2});
//   if (mrz && mrz->all_checks_passed()) use(mrz->document_number);
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/mrz_format.hpp"
#include "core/value_format.hpp"
#include "extractors/mrz/mrz_alignment.hpp"
#include "extractors/mrz/mrz_repair.hpp"

namespace kycx::extractors::mrz {

struct MrzParseOptions {
  Date today = today_utc();  // two-digit birth years take the latest century not after this day
  MrzAlignOptions align;     // how far line lengths may be off
  MrzRepairOptions repair;   // how hard check digits may drive repairs
};

struct MrzParse {
  MrzFormat format = MrzFormat::kTd3;
  std::vector<std::string> read_lines;  // aligned to the format, as read (before repair)
  std::vector<std::string> lines;       // after repair
  std::vector<MrzCheckOutcome> checks;  // one per check digit of the format

  // Data elements in MRZ characters, fillers stripped at the ends.
  std::string document_code;    // "P", "I", "ID", ...
  std::string issuing_country;  // "UTO", "D"
  std::string nationality;
  std::string document_number;
  std::string surname;                // primary identifier, fillers as spaces
  std::string given_names;            // secondary identifier, fillers as spaces
  bool name_truncated = false;        // the name fills its field: it may have been cut
  std::string sex;                    // "M", "F", "X"; empty when unreadable
  std::optional<Date> date_of_birth;  // nullopt when not a calendar date
  std::optional<Date> date_of_expiry;
  std::string optional_data;  // TD3 personal number / TD1, TD2 optional data, fillers as spaces

  bool all_checks_passed() const;
  const MrzCheckOutcome* check(MrzCheckKind kind) const;
  // Whether repair changed any character of `span`.
  bool repaired(const MrzSpan& span) const;
};

// Parses lines already of the format's exact line count and length;
// `candidates` (optional) are a recogniser's runners-up per position.
MrzParse parse_mrz_lines(MrzFormat format, std::vector<std::string> aligned, const MrzParseOptions& options = {},
                         const MrzCandidates* candidates = nullptr);

// Chooses the MRZ among raw OCR lines (extra lines, spaces, noise and a few
// dropped or added fillers allowed), then parses it. nullopt when no
// consecutive lines look like an MRZ.
std::optional<MrzParse> parse_mrz(std::span<const std::string> raw_lines, const MrzParseOptions& options = {});

// A YYMMDD MRZ date: a birth date takes the latest century that does not put
// it after `today`; an expiry date takes 20YY. nullopt unless a calendar day.
std::optional<Date> mrz_birth_date(std::string_view yymmdd, const Date& today);
std::optional<Date> mrz_expiry_date(std::string_view yymmdd);

}  // namespace kycx::extractors::mrz
