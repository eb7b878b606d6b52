#include "extractors/mrz/mrz_fields.hpp"

#include <algorithm>

#include "core/document_types.hpp"
#include "extractors/common/field_builder.hpp"

namespace kycx::extractors::mrz {

namespace {

struct Builder {
  const MrzReading& reading;
  bool passport;
  Extraction out;

  const MrzLayout& layout() const { return mrz_layout(reading.parse.format); }

  std::string raw(const MrzSpan& span) const {
    const auto& line = reading.parse.read_lines[size_t(span.line)];
    return line.substr(size_t(span.start), size_t(span.length));
  }

  // The check digit covering an element, if its outcome is a clean or repaired pass.
  bool verified_by(MrzCheckKind kind) const {
    const MrzCheckOutcome* c = reading.parse.check(kind);
    return c != nullptr && c->passed && !c->uncertain && !c->ambiguous;
  }

  Field field(Json value, const std::vector<MrzSpan>& spans) const {
    BBox box;
    std::string text;
    double confidence = 1.0;
    bool repaired = false;
    for (const MrzSpan& s : spans) {
      box = united(box, reading.box_of(s));
      if (!text.empty()) text += ' ';
      text += raw(s);
      confidence = std::min(confidence, reading.confidence_of(s));
      repaired = repaired || reading.parse.repaired(s);
    }
    Field f =
        field_from_region(std::move(value), Method::kMrz, reading.page_index + 1, box, std::move(text), confidence);
    f.evidence.repaired = repaired;
    return f;
  }

  void add(const std::string& name, Json value, const std::vector<MrzSpan>& spans, bool self_checked) {
    if (spans.empty()) return;
    Field f = field(std::move(value), spans);
    f.evidence.self_checked = self_checked && !f.missing();
    out.fields.set(name, std::move(f));
  }

  MrzSpan span(MrzElement e) const { return layout().find(e)->span; }

  // The name element cut into the primary and secondary identifiers.
  void add_names() {
    const MrzSpan name = span(MrzElement::kName);
    const std::string& line = reading.parse.lines[size_t(name.line)];
    const std::string_view field = std::string_view(line).substr(size_t(name.start), size_t(name.length));
    const size_t sep = field.find("<<");
    const int surname_len = static_cast<int>(sep == std::string_view::npos ? field.find_last_not_of('<') + 1 : sep);
    add("surname", reading.parse.surname.empty() ? Json() : Json(reading.parse.surname),
        {{name.line, name.start, std::max(1, surname_len)}}, false);
    if (sep == std::string_view::npos) {
      add("given_names", Json(), {{name.line, name.start, name.length}}, false);
      return;
    }
    const size_t last = field.find_last_not_of('<');
    const int given_start = static_cast<int>(sep) + 2;
    const int given_len = last == std::string_view::npos || static_cast<int>(last) < given_start
                              ? 1
                              : static_cast<int>(last) + 1 - given_start;
    add("given_names", reading.parse.given_names.empty() ? Json() : Json(reading.parse.given_names),
        {{name.line, name.start + std::min(given_start, name.length - 1), given_len}}, false);
  }

  std::vector<MrzSpan> number_spans() const {
    std::vector<MrzSpan> spans{span(MrzElement::kDocumentNumber)};
    if (auto long_number = mrz_long_document_number(reading.parse.format, reading.parse.lines)) {
      spans.push_back(long_number->tail);
    }
    return spans;
  }

  std::vector<MrzSpan> optional_spans() const {
    std::vector<MrzSpan> spans{span(MrzElement::kOptionalData)};
    if (auto e = layout().find(MrzElement::kOptionalData2)) spans.push_back(e->span);
    return spans;
  }

  void add_lines() {
    const int n = layout().line_count;
    if (passport) {
      for (int l = 0; l < std::min(n, 2); ++l) {
        add("mrz_line" + std::to_string(l + 1), Json(reading.parse.lines[size_t(l)]), {{l, 0, layout().line_length}},
            false);
      }
      return;
    }
    Field f = field(Json(reading.parse.lines), {{0, 0, layout().line_length}});
    f.source.clear();
    for (int l = 0; l < n; ++l) {
      const MrzSpan s{l, 0, layout().line_length};
      f.source.push_back(SourceRef{reading.page_index + 1, reading.box_of(s), reading.parse.read_lines[size_t(l)]});
      f.evidence.ocr_confidence = std::min(f.evidence.ocr_confidence, reading.confidence_of(s));
      f.evidence.repaired = f.evidence.repaired || reading.parse.repaired(s);
    }
    f.confidence = f.evidence.ocr_confidence;
    out.fields.set("mrz_lines", std::move(f));
  }

  void add_fields() {
    const MrzParse& p = reading.parse;
    const bool composite = verified_by(MrzCheckKind::kComposite);
    add("document_number", p.document_number.empty() ? Json() : Json(p.document_number), number_spans(),
        verified_by(MrzCheckKind::kDocumentNumber) && composite);
    add_names();
    add("nationality", p.nationality.empty() ? Json() : Json(p.nationality), {span(MrzElement::kNationality)}, false);
    add("issuing_country", p.issuing_country.empty() ? Json() : Json(p.issuing_country),
        {span(MrzElement::kIssuingCountry)}, false);
    add("date_of_birth", p.date_of_birth ? Json(format_date(*p.date_of_birth)) : Json(),
        {span(MrzElement::kDateOfBirth)}, verified_by(MrzCheckKind::kDateOfBirth));
    add("sex", p.sex.empty() ? Json() : Json(p.sex), {span(MrzElement::kSex)}, false);
    add("date_of_expiry", p.date_of_expiry ? Json(format_date(*p.date_of_expiry)) : Json(),
        {span(MrzElement::kDateOfExpiry)}, verified_by(MrzCheckKind::kDateOfExpiry));
    if (!p.optional_data.empty()) {
      const bool checked = passport ? verified_by(MrzCheckKind::kOptionalData) : composite;
      add(passport ? "personal_number" : "optional_data", Json(p.optional_data), optional_spans(), checked);
    }
    add_lines();
  }

  static std::string_view element_name(MrzCheckKind kind, bool passport) {
    switch (kind) {
      case MrzCheckKind::kDocumentNumber: return "document_number";
      case MrzCheckKind::kDateOfBirth: return "date_of_birth";
      case MrzCheckKind::kDateOfExpiry: return "date_of_expiry";
      case MrzCheckKind::kOptionalData: return passport ? "personal_number" : "optional_data";
      case MrzCheckKind::kComposite: return "composite";
    }
    return "composite";
  }

  void add_checks() {
    const std::string lines_field = passport ? "mrz_line2" : "mrz_lines";
    const std::string optional_field = passport ? "personal_number" : "optional_data";
    for (const MrzCheckOutcome& c : reading.parse.checks) {
      const std::string element(element_name(c.kind, passport));
      std::vector<std::string> fields;
      if (c.kind == MrzCheckKind::kComposite) {
        fields = {"document_number", "date_of_birth", "date_of_expiry", optional_field, lines_field};
      } else {
        fields = {element, lines_field};
      }
      Check check{"mrz.reading." + element, CheckResult::kPass, std::move(fields), ""};
      if (!c.passed) {
        // The rule engine's mrz.check_digit.<element> fails it; this says why no repair was made.
        check.result = CheckResult::kSkipped;
        check.message = (c.ambiguous ? "ambiguous: " : "not verified: ") + c.message;
      } else if (c.uncertain) {
        check.result = CheckResult::kFail;
        check.message = "uncertain: " + c.message;
      } else if (c.repaired) {
        check.message = "repaired: " + c.message;
      }
      out.checks.push_back(std::move(check));
    }
  }
};

}  // namespace

Extraction mrz_fields(const MrzReading& reading, std::string_view document_type) {
  Builder b{reading, document_type != document_types::kIdCard, {}};
  b.add_fields();
  b.add_checks();
  b.out.extractors.emplace_back("mrz");
  return std::move(b.out);
}

}  // namespace kycx::extractors::mrz
