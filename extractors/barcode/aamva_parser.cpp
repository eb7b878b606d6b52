#include "extractors/barcode/aamva_parser.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "core/ascii.hpp"
#include "extractors/barcode/aamva_fields.hpp"
#include "extractors/barcode/aamva_values.hpp"

namespace kycx::extractors::barcode {

namespace {

// Element IDs of the DL/ID subfile across versions 1-10 that this parser may
// need to find without a separator in front of them.
constexpr std::array<std::string_view, 24> kKnownIds{"DAQ", "DCS", "DAC", "DAD", "DCT", "DAA", "DAB", "DBB",
                                                     "DBA", "DBD", "DBC", "DAG", "DAH", "DAI", "DAJ", "DAK",
                                                     "DCG", "DCA", "DCF", "DDE", "DDF", "DDG", "DAY", "DAU"};

// LF, CR and RS are the standard's separators; FS and GS appear on some cards.
bool is_separator(char c) {
  return c == '\n' || c == '\r' || c == '\x1e' || c == '\x1c' || c == '\x1d';
}

bool digits_at(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(pos), s.begin() + static_cast<std::ptrdiff_t>(pos + n),
                     is_ascii_digit);
}

int number_at(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; ++i) v = v * 10 + (s[pos + i] - '0');
  return v;
}

bool is_known_id(std::string_view id) {
  return std::find(kKnownIds.begin(), kKnownIds.end(), id) != kKnownIds.end();
}

// "DL00410278": a subfile type and its 4-digit offset and length.
bool designator_at(std::string_view s, size_t pos) {
  return pos + 10 <= s.size() && is_ascii_upper(s[pos]) && is_ascii_upper(s[pos + 1]) && digits_at(s, pos + 2, 8);
}

std::string trimmed(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\0')) v.remove_suffix(1);
  return std::string(v);
}

void note(AamvaRecord& r, std::string rule, std::string message, bool review, std::string field = {}) {
  r.problems.push_back(AamvaProblem{std::move(rule), std::move(field), std::move(message), review});
}

struct HeaderScan {
  bool found = false;  // a file type ("ANSI"/"AAMVA") was found
  size_t end = 0;      // first byte after the designators
};

// Reads the header fields after the file type; version 1 headers have no
// jurisdiction version, so both layouts are tried and the one followed by a
// subfile designator wins.
HeaderScan scan_header(std::string_view p, AamvaRecord& r) {
  HeaderScan scan;
  const std::string_view head = p.substr(0, std::min<size_t>(p.size(), 40));
  size_t type_at = head.find("ANSI");
  size_t pos = 0;
  if (type_at != std::string_view::npos) {
    r.header.file_type = "ANSI ";
    pos = type_at + 4;
  } else if ((type_at = head.find("AAMVA")) != std::string_view::npos) {
    r.header.file_type = "AAMVA";
    pos = type_at + 5;
  } else {
    return scan;
  }
  scan.found = true;
  if (p.substr(0, type_at) != "@\n\x1e\r") {
    note(r, "aamva.header", "compliance indicator or separators before the file type deviate from the standard", false);
  }
  while (pos < p.size() && p[pos] == ' ') ++pos;
  if (!digits_at(p, pos, 8)) {
    note(r, "aamva.header", "issuer identification number or version unreadable", true);
    scan.end = pos;
    return scan;
  }
  r.header.iin = std::string(p.substr(pos, 6));
  r.header.aamva_version = number_at(p, pos + 6, 2);
  pos += 8;
  const bool v1_layout_first = r.header.aamva_version <= 1 || r.header.file_type == "AAMVA";
  struct Layout {
    bool jurisdiction_version;
    size_t designators;
  };
  const Layout with_jv{true, pos + 4};
  const Layout without_jv{false, pos + 2};
  const Layout first = v1_layout_first ? without_jv : with_jv;
  const Layout second = v1_layout_first ? with_jv : without_jv;
  Layout chosen = first;
  if (!designator_at(p, first.designators) && designator_at(p, second.designators)) chosen = second;
  if (chosen.jurisdiction_version != !v1_layout_first) {
    note(r, "aamva.header", "header layout does not match its AAMVA version", false);
  }
  if (!digits_at(p, chosen.designators - 2, 2)) {
    note(r, "aamva.header", "number of subfile entries unreadable", true);
    scan.end = chosen.designators - 2;
    return scan;
  }
  if (chosen.jurisdiction_version) r.header.jurisdiction_version = number_at(p, pos, 2);
  r.header.entries = number_at(p, chosen.designators - 2, 2);
  size_t at = chosen.designators;
  while (designator_at(p, at) && r.header.designators.size() < 16) {
    r.header.designators.push_back(
        AamvaSubfileDesignator{std::string(p.substr(at, 2)), number_at(p, at + 2, 4), number_at(p, at + 6, 4)});
    at += 10;
    if (static_cast<int>(r.header.designators.size()) == r.header.entries) break;
  }
  if (static_cast<int>(r.header.designators.size()) != r.header.entries) {
    note(r, "aamva.header", "number of subfile designators differs from the header's count", false);
  }
  scan.end = at;
  return scan;
}

// Whether an element ID of a subfile of `type` starts at `pos` (separators skipped).
bool element_follows(std::string_view p, size_t pos, std::string_view type) {
  while (pos < p.size() && is_separator(p[pos])) ++pos;
  if (pos + 3 > p.size() || !is_ascii_upper(p[pos]) || !is_ascii_upper(p[pos + 1]) || !is_ascii_upper(p[pos + 2]))
    return false;
  if (type[0] == 'Z') return p[pos] == 'Z';
  return is_known_id(p.substr(pos, 3));
}

struct SubfileSpan {
  std::string type;
  size_t begin = 0;  // at the type
  size_t end = 0;
};

// Where subfile `d` starts: at its designated offset if the type is there,
// else at the occurrence of the type nearest to it that is followed by an element.
std::optional<size_t> locate(std::string_view p, const AamvaSubfileDesignator& d, size_t search_from) {
  const auto offset = static_cast<size_t>(d.offset);
  if (offset >= search_from && offset + 2 <= p.size() && p.substr(offset, 2) == d.type &&
      element_follows(p, offset + 2, d.type)) {
    return offset;
  }
  std::optional<size_t> best;
  for (size_t at = p.find(d.type, search_from); at != std::string_view::npos; at = p.find(d.type, at + 1)) {
    if (!element_follows(p, at + 2, d.type)) continue;
    auto distance = [&](size_t x) { return x > offset ? x - offset : offset - x; };
    if (!best || distance(at) < distance(*best)) best = at;
  }
  return best;
}

std::vector<SubfileSpan> subfile_spans(std::string_view p, size_t header_end, AamvaRecord& r) {
  std::vector<SubfileSpan> spans;
  for (const auto& d : r.header.designators) {
    auto at = locate(p, d, header_end);
    if (!at) {
      note(r, "aamva.subfile", "subfile " + d.type + " announced in the header was not found",
           d.type == "DL" || d.type == "ID");
      continue;
    }
    if (*at != static_cast<size_t>(d.offset)) {
      note(r, "aamva.subfile_offset", "subfile " + d.type + " is not at the offset its designator gives", false);
    }
    if (std::none_of(spans.begin(), spans.end(), [&](const SubfileSpan& s) { return s.begin == *at; })) {
      spans.push_back(SubfileSpan{d.type, *at, p.size()});
    }
  }
  const bool has_main =
      std::any_of(spans.begin(), spans.end(), [](const SubfileSpan& s) { return s.type == "DL" || s.type == "ID"; });
  if (!has_main) {
    for (std::string_view type : {"DL", "ID"}) {
      auto at = locate(p, AamvaSubfileDesignator{std::string(type), 0, 0}, header_end);
      if (!at) continue;
      spans.push_back(SubfileSpan{std::string(type), *at, p.size()});
      if (!r.header.designators.empty()) {
        note(r, "aamva.subfile", "DL/ID subfile found by searching, not through the header", false);
      }
      break;
    }
  }
  std::sort(spans.begin(), spans.end(), [](const SubfileSpan& a, const SubfileSpan& b) { return a.begin < b.begin; });
  for (size_t i = 0; i + 1 < spans.size(); ++i) spans[i].end = spans[i + 1].begin;
  return spans;
}

void read_elements(std::string_view body, bool jurisdiction_subfile, std::map<std::string, std::string>& out,
                   AamvaRecord& r) {
  size_t start = 0;
  while (start <= body.size()) {
    size_t stop = start;
    while (stop < body.size() && !is_separator(body[stop])) ++stop;
    const std::string_view chunk = body.substr(start, stop - start);
    start = stop + 1;
    if (trimmed(chunk).empty()) continue;
    const bool has_id = chunk.size() >= 3 && is_ascii_upper(chunk[0]) && is_ascii_upper(chunk[1]) &&
                        is_ascii_upper(chunk[2]) && (!jurisdiction_subfile || chunk[0] == 'Z');
    if (!has_id) {
      note(r, "aamva.element", "a data element without an element ID was skipped", false);
      continue;
    }
    const std::string id(chunk.substr(0, 3));
    if (!out.emplace(id, trimmed(chunk.substr(3))).second) {
      note(r, "aamva.element", "element " + id + " appears twice; the first is used", false);
    }
  }
}

// A missing separator glues two elements together ("DCSSMITHDACJOHN"): splits
// a needed element back out of the value it was glued to.
// Only elements every version requires are recovered: an optional one (DAD)
// is legitimately absent, and its ID may occur inside a name or a city.
void recover_glued_elements(AamvaRecord& r) {
  static constexpr std::array<std::string_view, 11> kRequired{"DAQ", "DCS", "DAC", "DBB", "DBA", "DBD",
                                                              "DBC", "DAG", "DAI", "DAJ", "DAK"};
  const bool full_name = r.elements.count("DAA") != 0;
  const bool given_names = r.elements.count("DCT") != 0;
  for (std::string_view id : kRequired) {
    if (r.elements.count(std::string(id)) != 0) continue;
    if ((id == "DCS" && full_name) || (id == "DAC" && (full_name || given_names))) continue;
    for (auto& [host, value] : r.elements) {
      const size_t at = value.find(id);
      if (at == std::string::npos || at == 0 || at + 3 >= value.size()) continue;
      std::string rest = trimmed(std::string_view(value).substr(at + 3));
      value = trimmed(std::string_view(value).substr(0, at));
      note(r, "aamva.separator", "elements " + host + " and " + std::string(id) + " were not separated", true, host);
      note(r, "aamva.separator", "elements " + host + " and " + std::string(id) + " were not separated", true,
           std::string(id));
      r.elements.emplace(std::string(id), std::move(rest));
      break;
    }
  }
}

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    }
    i += n;
  }
  return true;
}

// AAMVA payloads are ASCII, but some issuers write ISO 8859-1 letters (Quebec
// names): those become UTF-8, as every string of an envelope must be.
std::string as_utf8(std::string_view payload) {
  if (valid_utf8(payload)) return std::string(payload);
  std::string out;
  out.reserve(payload.size() + 16);
  for (char ch : payload) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

}  // namespace

Result<AamvaRecord> parse_aamva(std::string_view raw_payload) {
  const std::string text = as_utf8(raw_payload);
  const std::string_view payload = text;
  AamvaRecord r;
  const HeaderScan header = scan_header(payload, r);
  const size_t body_from = header.found ? header.end : 0;
  const std::vector<SubfileSpan> spans = subfile_spans(payload, body_from, r);
  for (const auto& span : spans) {
    const std::string_view body = payload.substr(span.begin + 2, span.end - span.begin - 2);
    if (span.type == "DL" || span.type == "ID") {
      if (!r.subfile_type.empty()) continue;  // a second DL/ID subfile repeats the first
      r.subfile_type = span.type;
      read_elements(body, false, r.elements, r);
    } else if (span.type[0] == 'Z') {
      read_elements(body, true, r.jurisdiction_elements, r);
    }
  }
  const auto known =
      std::count_if(r.elements.begin(), r.elements.end(), [](const auto& e) { return is_known_id(e.first); });
  if (!header.found && known < 3) {
    return fail(ErrorCode::kUnsupportedFormat, "the barcode does not hold an AAMVA DL/ID record");
  }
  if (!header.found) note(r, "aamva.header", "no AAMVA header; elements read without it", true);
  if (r.subfile_type.empty()) note(r, "aamva.subfile", "no DL or ID subfile found", true);
  recover_glued_elements(r);
  fill_aamva_fields(r);
  return r;
}

}  // namespace kycx::extractors::barcode
