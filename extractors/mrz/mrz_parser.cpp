#include "extractors/mrz/mrz_parser.hpp"

#include <algorithm>

namespace kycx::extractors::mrz {

namespace {

std::string_view span_text(const std::vector<std::string>& lines, const MrzSpan& s) {
  return std::string_view(lines[size_t(s.line)]).substr(size_t(s.start), size_t(s.length));
}

// Fillers to spaces, white space collapsed and trimmed.
std::string fillers_to_spaces(std::string_view field) {
  std::string out;
  bool space = false;
  for (char c : field) {
    if (c == '<' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    out += c;
    space = false;
  }
  return out;
}

std::string strip_fillers(std::string_view field) {
  std::string out;
  for (char c : field) {
    if (c != '<') out += c;
  }
  return out;
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Isolated characters after the name's trailing filler run are OCR noise
// (a chevron read as 'K', a speck as 'I'): a name never continues after
// three fillers. More than two such characters are left alone.
void clear_filler_noise(std::string& lines_line, const MrzSpan& span) {
  const size_t begin = size_t(span.start), end = size_t(span.start + span.length);
  const size_t run = lines_line.find("<<<", begin);
  if (run == std::string::npos || run >= end) return;
  std::vector<size_t> noise;
  for (size_t i = run; i < end; ++i) {
    if (lines_line[i] != '<') noise.push_back(i);
  }
  if (noise.size() > 2) return;
  for (size_t i : noise) {
    const bool isolated = lines_line[i - 1] == '<' && (i + 1 == end || lines_line[i + 1] == '<');
    if (!isolated) return;
  }
  for (size_t i : noise) lines_line[i] = '<';
}

void parse_name(std::string_view field, MrzParse& out) {
  out.name_truncated = !field.empty() && field.back() != '<';
  const size_t sep = field.find("<<");
  if (sep == std::string_view::npos) {
    out.surname = fillers_to_spaces(field);
    return;
  }
  out.surname = fillers_to_spaces(field.substr(0, sep));
  out.given_names = fillers_to_spaces(field.substr(sep + 2));
}

}  // namespace

std::optional<Date> mrz_birth_date(std::string_view yymmdd, const Date& today) {
  if (yymmdd.size() != 6 || !digits(yymmdd)) return std::nullopt;
  const int yy = std::stoi(std::string(yymmdd.substr(0, 2)));
  const int mm = std::stoi(std::string(yymmdd.substr(2, 2)));
  const int dd = std::stoi(std::string(yymmdd.substr(4, 2)));
  for (int century = today.year / 100 * 100; century >= today.year / 100 * 100 - 200; century -= 100) {
    const Date d{century + yy, mm, dd};
    if (!is_valid_date(d.year, d.month, d.day)) {
      if (d.month != 2 || d.day != 29) return std::nullopt;
      continue;  // 29 February exists only in some centuries
    }
    if (d <= today) return d;
  }
  return std::nullopt;
}

std::optional<Date> mrz_expiry_date(std::string_view yymmdd) {
  if (yymmdd.size() != 6 || !digits(yymmdd)) return std::nullopt;
  const Date d{2000 + std::stoi(std::string(yymmdd.substr(0, 2))), std::stoi(std::string(yymmdd.substr(2, 2))),
               std::stoi(std::string(yymmdd.substr(4, 2)))};
  if (!is_valid_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

bool MrzParse::all_checks_passed() const {
  return !checks.empty() &&
         std::all_of(checks.begin(), checks.end(), [](const MrzCheckOutcome& c) { return c.passed; });
}

const MrzCheckOutcome* MrzParse::check(MrzCheckKind kind) const {
  for (const auto& c : checks) {
    if (c.kind == kind) return &c;
  }
  return nullptr;
}

bool MrzParse::repaired(const MrzSpan& span) const {
  for (int p = span.start; p < span.start + span.length; ++p) {
    if (lines[size_t(span.line)][size_t(p)] != read_lines[size_t(span.line)][size_t(p)]) return true;
  }
  return false;
}

MrzParse parse_mrz_lines(MrzFormat format, std::vector<std::string> aligned, const MrzParseOptions& options,
                         const MrzCandidates* candidates) {
  const MrzLayout& layout = mrz_layout(format);
  MrzParse out;
  out.format = format;
  out.read_lines = aligned;
  MrzRepair repair = repair_mrz(format, std::move(aligned), options.repair, candidates);
  const MrzElementDef name = *layout.find(MrzElement::kName);
  clear_filler_noise(repair.lines[size_t(name.span.line)], name.span);
  out.lines = std::move(repair.lines);
  out.checks = std::move(repair.checks);

  auto text = [&](MrzElement e) { return span_text(out.lines, layout.find(e)->span); };
  out.document_code = strip_fillers(text(MrzElement::kDocumentCode));
  out.issuing_country = strip_fillers(text(MrzElement::kIssuingCountry));
  out.nationality = strip_fillers(text(MrzElement::kNationality));
  parse_name(text(MrzElement::kName), out);

  const std::string_view sex = text(MrzElement::kSex);
  if (sex == "M" || sex == "F")
    out.sex = std::string(sex);
  else if (sex == "<" || sex == "X")
    out.sex.assign(1, 'X');

  out.date_of_birth = mrz_birth_date(text(MrzElement::kDateOfBirth), options.today);
  out.date_of_expiry = mrz_expiry_date(text(MrzElement::kDateOfExpiry));

  std::string optional(text(MrzElement::kOptionalData));
  if (auto long_number = mrz_long_document_number(format, out.lines)) {
    out.document_number = long_number->number;
    optional.replace(0, size_t(long_number->tail.length), size_t(long_number->tail.length), '<');
  } else {
    out.document_number = strip_fillers(text(MrzElement::kDocumentNumber));
  }
  out.optional_data = fillers_to_spaces(optional);
  if (layout.find(MrzElement::kOptionalData2)) {
    const std::string second = fillers_to_spaces(text(MrzElement::kOptionalData2));
    if (!second.empty() && !out.optional_data.empty()) out.optional_data += ' ';
    out.optional_data += second;
  }
  return out;
}

std::optional<MrzParse> parse_mrz(std::span<const std::string> raw_lines, const MrzParseOptions& options) {
  auto selection = select_mrz_lines(raw_lines, options.align);
  if (!selection) return std::nullopt;
  return parse_mrz_lines(selection->format, std::move(selection->lines), options);
}

}  // namespace kycx::extractors::mrz
