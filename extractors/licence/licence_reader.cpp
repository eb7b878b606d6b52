#include "extractors/licence/licence_reader.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "core/document_types.hpp"
#include "extractors/barcode/aamva_parser.hpp"
#include "extractors/barcode/barcode_reader.hpp"
#include "extractors/common/field_builder.hpp"
#include "extractors/licence/license_front_check.hpp"
#include "extractors/licence/license_front_reader.hpp"

namespace kycx::extractors::licence {

namespace {

// The contract's drivers_license fields, in schema order.
constexpr std::array<const char*, 12> kFields{"document_number",
                                              "surname",
                                              "given_names",
                                              "date_of_birth",
                                              "date_of_issue",
                                              "date_of_expiry",
                                              "sex",
                                              "address_street",
                                              "address_city",
                                              "address_state",
                                              "address_postal_code",
                                              "issuing_jurisdiction"};
constexpr std::array<const char*, 10> kRequired{
    "document_number", "surname",      "given_names",   "date_of_birth",       "date_of_expiry",
    "address_street",  "address_city", "address_state", "address_postal_code", "issuing_jurisdiction"};
// Compared with the front always (a skipped check says it could not be); the
// other fields only when the front shows them.
constexpr std::array<const char*, 4> kAlwaysCompared{"document_number", "surname", "date_of_birth", "date_of_expiry"};

template <size_t N>
bool contains(const std::array<const char*, N>& list, const std::string& name) {
  return std::any_of(list.begin(), list.end(), [&](const char* f) { return name == f; });
}

std::vector<std::string> required_fields() {
  return {kRequired.begin(), kRequired.end()};
}

Check check(std::string rule, CheckResult result, std::vector<std::string> fields, std::string message = {}) {
  return Check{std::move(rule), result, std::move(fields), std::move(message)};
}

struct Decoded {
  barcode::AamvaRecord record;
  const BarcodeHit* hit = nullptr;
};

// The first decoded hit holding an AAMVA record; `not_aamva` counts the others.
std::optional<Decoded> first_record(const std::vector<BarcodeHit>& hits, int& not_aamva) {
  for (const auto& hit : hits) {
    if (!hit.decoded) continue;
    auto record = barcode::parse_aamva(hit.payload);
    if (record) return Decoded{std::move(*record), &hit};
    ++not_aamva;
  }
  return std::nullopt;
}

BBox widened(const BBox& b) {
  const double mx = 0.1 * b.width() + 0.01;
  const double my = 0.1 * b.height() + 0.01;
  return clamped_unit(BBox{b.x0 - mx, b.y0 - my, b.x1 + mx, b.y1 + my});
}

// Barcode fields with their checks and the problems the parser found.
void add_barcode_fields(const Decoded& d, Extraction& out) {
  const barcode::AamvaRecord& r = d.record;
  std::set<std::string> doubtful_fields;
  bool doubtful_record = false;
  for (const auto& p : r.problems) {
    if (!p.review) continue;
    if (p.field.empty()) {
      doubtful_record = true;
    } else {
      doubtful_fields.insert(p.field);
    }
  }
  for (const char* name : kFields) {
    const barcode::AamvaValue* v = r.field(name);
    if (!v) continue;
    double confidence = doubtful_record ? 0.9 : 1.0;
    if (doubtful_fields.count(name)) confidence = 0.5;
    Field f =
        field_from_region(Json(v->value), Method::kBarcode, d.hit->page_index + 1, d.hit->box, v->raw, confidence);
    f.evidence.self_checked = false;  // PDF417 error correction guards the bytes, not the value
    for (const auto& p : r.problems) {
      if (p.review && p.field == name) f.review.add("check_failed:" + p.rule);
    }
    out.fields.set(name, std::move(f));
  }

  out.checks.push_back(check("aamva.barcode_present", CheckResult::kPass, required_fields()));
  std::vector<std::string> header_messages;
  for (const auto& p : r.problems) {
    if (p.review && p.rule == "aamva.header") header_messages.push_back(p.message);
  }
  out.checks.push_back(check("aamva.header", header_messages.empty() ? CheckResult::kPass : CheckResult::kFail,
                             required_fields(), header_messages.empty() ? "" : header_messages.front()));
  for (const auto& [id, field] :
       {std::pair{"DBB", "date_of_birth"}, std::pair{"DBD", "date_of_issue"}, std::pair{"DBA", "date_of_expiry"}}) {
    if (!r.element(id)) continue;
    const std::string rule = std::string("aamva.date.") + field;
    const bool ok = r.field(field) != nullptr;
    out.checks.push_back(check(rule, ok ? CheckResult::kPass : CheckResult::kFail, {field},
                               ok ? "" : std::string(id) + " is not a valid date"));
  }
  // Every other rule a review problem broke, once, with the fields it covers.
  std::vector<std::string> done{"aamva.header", "aamva.date.date_of_birth", "aamva.date.date_of_issue",
                                "aamva.date.date_of_expiry"};
  for (const auto& p : r.problems) {
    if (!p.review || std::find(done.begin(), done.end(), p.rule) != done.end()) continue;
    done.push_back(p.rule);
    Check c = check(p.rule, CheckResult::kFail, {}, p.message);
    for (const auto& q : r.problems) {
      if (q.review && q.rule == p.rule && !q.field.empty() &&
          std::find(c.fields.begin(), c.fields.end(), q.field) == c.fields.end()) {
        c.fields.push_back(q.field);
      }
    }
    out.checks.push_back(std::move(c));
  }
  out.extractors.emplace_back("barcode");
}

void cross_check(const LicenseFront& front, Extraction& out) {
  std::map<std::string, std::string> values;
  for (const auto& [name, field] : out.fields) {
    if (name != "issuing_jurisdiction" && field.value.is_string()) values[name] = field.value.get<std::string>();
  }
  for (const FrontCheck& fc : check_against_front(values, front)) {
    if (fc.result == CheckResult::kSkipped && !contains(kAlwaysCompared, fc.field)) continue;
    out.checks.push_back(check("consistency.barcode_front." + fc.field, fc.result, {fc.field}, fc.message));
    if (fc.result == CheckResult::kSkipped) continue;
    Field* f = out.fields.find(fc.field);
    f->evidence.readings = 2;
    f->evidence.readings_agree = fc.result == CheckResult::kPass;
    if (fc.front_source) f->source.push_back(*fc.front_source);
    if (fc.result == CheckResult::kFail) f->review.add("conflict");
  }
}

// Fields the front shows that the barcode did not give.
bool add_front_fields(const LicenseFront& front, Extraction& out) {
  bool added = false;
  for (const auto& [name, v] : front.fields) {
    if (!contains(kFields, name) || out.fields.contains(name)) continue;
    Field f =
        field_from_region(Json(v.value), Method::kOcrRules, v.source.page, v.source.bbox, v.source.text, v.confidence);
    out.fields.set(name, std::move(f));
    added = true;
  }
  if (added) out.extractors.emplace_back("ocr_rules");
  return added;
}

// Puts the fields in the schema's order.
FieldSet ordered(const FieldSet& fields) {
  FieldSet out;
  for (const char* name : kFields) {
    if (const Field* f = fields.find(name)) out.set(name, *f);
  }
  return out;
}

}  // namespace

std::optional<LicenseReading> read_drivers_license(const ExtractContext& context, const std::vector<BarcodeHit>& hits) {
  LicenseReading reading;
  Extraction& out = reading.extraction;
  int not_aamva = 0;
  const auto decoded = first_record(hits, not_aamva);

  LicenseFrontOptions front_options;
  if (decoded) {
    front_options.exclude_page = decoded->hit->page_index;
    front_options.exclude_box = widened(decoded->hit->box);
    front_options.country = decoded->record.country;
  } else if (!hits.empty()) {
    front_options.exclude_page = hits.front().page_index;
    front_options.exclude_box = widened(hits.front().box);
  }
  const LicenseFront front = read_license_front(context.pages, front_options);

  if (decoded) {
    add_barcode_fields(*decoded, out);
    cross_check(front, out);
    reading.barcode_page = decoded->hit->page_index;
    reading.record = decoded->record;
  }
  const bool unreadable = std::any_of(hits.begin(), hits.end(), [](const auto& h) { return !h.decoded; });
  if (!decoded) {
    std::string message = "no PDF417 barcode found; fields read from the printed front only";
    if (not_aamva > 0) message = "the PDF417 barcode does not hold an AAMVA licence record";
    if (unreadable) message = "a PDF417 barcode was found but could not be decoded (damaged, blurred or cut off)";
    out.checks.push_back(check("aamva.barcode_present", CheckResult::kFail, required_fields(), message));
  }
  const bool front_added = add_front_fields(front, out);
  // An unreadable barcode is still worth a reading: its failed check says why nothing was read.
  if (!decoded && !front_added && !unreadable) return std::nullopt;
  out.fields = ordered(out.fields);
  return reading;
}

std::string_view LicenceReader::document_type() const {
  return document_types::kDriversLicense;
}

std::optional<Extraction> LicenceReader::read(const Classification& classification,
                                              const ExtractContext& context) const {
  const std::vector<BarcodeHit> hits =
      classification.barcodes.empty() ? barcode::find_pdf417(context) : classification.barcodes;
  auto reading = read_drivers_license(context, hits);
  if (!reading) return std::nullopt;
  return std::move(reading->extraction);
}

}  // namespace kycx::extractors::licence
