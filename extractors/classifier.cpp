#include "extractors/classifier.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "core/document_types.hpp"
#include "extractors/barcode/aamva_parser.hpp"
#include "extractors/barcode/barcode_reader.hpp"
#include "extractors/common/text_match.hpp"
#include "extractors/mrz/mrz_band_sighting.hpp"
#include "schemas/schema_registry.hpp"

namespace kycx::extractors {

namespace {

struct Phrase {
  const char* text;
  double weight;
};

struct TypeVocabulary {
  std::string_view type;
  std::vector<Phrase> phrases;
};

// Printed labels that identify each type, weighted by how specific they are.
// A phrase counts once per document however often it appears.
const std::vector<TypeVocabulary>& vocabulary() {
  static const std::vector<TypeVocabulary> kVocabulary = {
      {document_types::kPassport,
       {{"passport", 4},
        {"passeport", 4},
        {"reisepass", 4},
        {"pasaporte", 4},
        {"passport no", 2},
        {"place of birth", 1},
        {"nationality", 1},
        {"authority", 1},
        {"date of issue", 0.5}}},
      {document_types::kIdCard,
       {{"identity card", 4},
        {"id card", 3},
        {"identification card", 3},
        {"carte d identite", 4},
        {"personalausweis", 4},
        {"documento de identidad", 4},
        {"carta d identita", 4},
        {"nationality", 0.5}}},
      {document_types::kDriversLicense,
       {{"driver license", 5},
        {"drivers license", 5},
        {"driver s license", 5},
        {"driver licence", 5},
        {"driver s licence", 5},
        {"driving licence", 5},
        {"endorsements", 2},
        {"restrictions", 2},
        {"class", 1},
        {"donor", 1},
        {"dob", 1},
        {"exp", 0.5},
        {"iss", 0.5},
        {"dl", 1},
        {"hgt", 1},
        {"eyes", 1}}},
      {document_types::kBankStatement,
       {{"statement period", 2},
        {"account statement", 3},
        {"bank statement", 3},
        {"opening balance", 3},
        {"beginning balance", 3},
        {"previous balance", 1.5},
        {"closing balance", 3},
        {"ending balance", 3},
        {"account summary", 2},
        {"deposits", 1},
        {"withdrawals", 1.5},
        {"iban", 1},
        {"sort code", 2},
        {"routing", 1},
        {"balance brought forward", 3},
        {"balance carried forward", 3},
        {"transactions", 1},
        {"releve de compte", 3},
        {"estado de cuenta", 3},
        {"kontoauszug", 3},
        {"rekeningafschrift", 3}}},
      {document_types::kPayStub,
       {{"earnings statement", 4},
        {"pay stub", 4},
        {"payslip", 4},
        {"pay slip", 4},
        {"net pay", 3},
        {"take home pay", 3},
        {"gross pay", 3},
        {"pay period", 2},
        {"pay date", 2},
        {"check date", 2},
        {"deductions", 2},
        {"ytd", 1},
        {"year to date", 1},
        {"earnings", 1},
        {"federal income tax", 0.5}}},
      {document_types::kUtilityBill,
       {{"amount due", 3},
        {"balance due", 3},
        {"total due", 3},
        {"total amount due", 3},
        {"due date", 2},
        {"please pay by", 2},
        {"service address", 3},
        {"supply address", 3},
        {"kwh", 2},
        {"meter", 2},
        {"usage", 1.5},
        {"billing period", 1.5},
        {"customer account", 1},
        {"your charges", 1.5},
        {"current charges", 2},
        {"bill summary", 2},
        {"due by", 1.5},
        {"premises", 1.5},
        {"service plan", 1.5}}},
      {document_types::kW2,
       {{"wage and tax statement", 5},
        {"w 2", 3},
        {"employer identification number", 3},
        {"social security wages", 3},
        {"medicare wages", 2},
        {"federal income tax withheld", 2},
        {"employee s social security number", 2},
        {"omb no", 1},
        {"allocated tips", 1},
        // The title split over two lines, the form's OMB number and its
        // issuer: what stays legible on a small-print scan of several copies.
        {"wage and tax", 3},
        {"1545 0008", 3},
        {"department of the treasury", 1.5},
        {"internal revenue service", 1.5}}},
  };
  return kVocabulary;
}

// Printed titles and form numbers of documents kycx does not read, which
// share labels with those it does: a 1099's box labels are a W-2's, an
// invoice's "Amount due" is a bill's. They score for `unknown`.
const std::vector<Phrase>& out_of_scope_vocabulary() {
  static const std::vector<Phrase> kPhrases = {
      // 1099s kycx has no type for (its own are schemas: 1099-INT, -DIV,
      // -MISC, -NEC, -G, -R and SSA-1099).
      {"1099 b", 6},
      {"1099 k", 6},
      {"1099 s", 6},
      {"1099 oid", 6},
      {"1099 sa", 6},
      {"1099 q", 6},
      {"1099 c", 6},
      {"1099 a", 6},
      {"1099 patr", 6},
      {"1099 ltc", 6},
      {"1098", 4},
      {"request for taxpayer identification number", 6},
      {"form w 9", 6},
      {"profit or loss from business", 6},
      {"supplemental income and loss", 6},
      {"individual income tax return", 6},
      {"form 1040", 3},
      {"schedule c", 3},
      {"schedule e", 3},
      {"invoice", 3},
      {"tax invoice", 2},
      {"invoice number", 2},
      {"invoice date", 2},
      {"receipt", 2},
      {"purchase order", 2},
      {"bill to", 1.5},
      {"ship to", 2},
      {"quantity", 1.5},
      {"unit price", 2},
      {"qty", 1.5},
  };
  return kPhrases;
}

bool mrz_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
}

// Probability-like confidence from the winning margin (logistic in the gap
// between the best two scores, scaled by the best).
double margin_confidence(double best, double second) {
  if (best <= 0) return 0.0;
  const double margin = (best - second) / std::max(best, 1.0);
  const double strength = 1.0 - std::exp(-best / 4.0);
  return std::clamp(strength * (0.5 + 0.5 * std::tanh(4.0 * margin)), 0.0, 0.99);
}

}  // namespace

namespace {

// Letters from which a one-word label is specific enough to count.
constexpr size_t kCompoundLabel = 10;

// A type's labels of two words or more that no other type's schema uses
// ("Net pay", not "Account number"), per field and range, folded.
struct TypeLabels {
  std::vector<std::pair<std::string, std::vector<std::string>>> fields;  // name, labels
};

std::vector<std::string> two_word_labels(const std::vector<std::string>& labels) {
  std::vector<std::string> out;
  for (const std::string& l : labels) {
    std::string f = fold(l);
    // One word says as much when it is a long compound ("Kontonummer").
    if (f.find(' ') != std::string::npos || f.size() >= kCompoundLabel) out.push_back(std::move(f));
  }
  return out;
}

const TypeLabels& distinctive_labels(const schemas::DocumentSchema& schema) {
  static const std::map<std::string, TypeLabels> kByType = [] {
    const auto& all = schemas::SchemaRegistry::builtin().all();
    std::map<std::string, std::vector<std::pair<std::string, std::vector<std::string>>>> raw;
    std::map<std::string, std::set<std::string>> types_of;  // folded label -> types using it
    for (const schemas::DocumentSchema& s : all) {
      for (const schemas::FieldSpec& f : s.fields()) raw[s.type()].emplace_back(f.name, two_word_labels(f.labels));
      for (const schemas::RangeSpec& r : s.ranges()) {
        raw[s.type()].emplace_back(r.start + ".." + r.end, two_word_labels(r.labels));
      }
      for (const auto& [name, labels] : raw[s.type()]) {
        for (const std::string& l : labels) types_of[l].insert(s.type());
      }
    }
    std::map<std::string, TypeLabels> out;
    for (auto& [type, fields] : raw) {
      for (auto& [name, labels] : fields) {
        std::erase_if(labels, [&](const std::string& l) { return types_of[l].size() > 1; });
        if (!labels.empty()) out[type].fields.emplace_back(name, std::move(labels));
      }
    }
    return out;
  }();
  static const TypeLabels kNone;
  auto it = kByType.find(schema.type());
  return it == kByType.end() ? kNone : it->second;
}

// Positive evidence from the type's schema: how many of its fields (and
// ranges) have a label printed that only this type uses, in any of the
// languages the schema lists.
double labelled_fields(const std::vector<ocr::Page>& pages, const schemas::DocumentSchema& schema,
                       std::vector<std::string>& matched) {
  double found = 0;
  for (const auto& [name, labels] : distinctive_labels(schema).fields) {
    if (std::any_of(labels.begin(), labels.end(),
                    [&](const std::string& l) { return !find_phrase(pages, l).empty(); })) {
      found += 1;
      matched.push_back("label:" + name);
    }
  }
  return found;
}

}  // namespace

namespace {

// A type described only by its schema: each title or form number printed
// (as printed: "1099-INT" is not "1099-NEC") counts 4, each hint 1.5, each
// distinctive label `label_weight`; nothing when no title or form number is there.
TypeScore schema_score(const std::vector<ocr::Page>& pages, const schemas::DocumentSchema& schema,
                       const ClassifierOptions& options) {
  TypeScore s{schema.type(), 0, {}};
  for (const std::string& phrase : schema.required_evidence()) {
    if (!find_exact_phrase(pages, phrase).empty()) {
      s.score += 4;
      s.matched.push_back(fold(phrase));
    }
  }
  if (s.score == 0) return {schema.type(), 0, {"required_evidence_missing"}};
  const Json& meta = schema.json().value("x-kycx", Json::object());
  for (const Json& hint : meta.value("classification_hints", Json::array())) {
    if (hint.is_string() && !find_phrase(pages, hint.get<std::string>()).empty()) {
      s.score += 1.5;
      s.matched.push_back(fold(hint.get<std::string>()));
    }
  }
  s.score += options.label_weight * labelled_fields(pages, schema, s.matched);
  return s;
}

}  // namespace

std::vector<TypeScore> keyword_scores(const std::vector<ocr::Page>& pages, const ClassifierOptions& options) {
  std::vector<TypeScore> scores;
  for (const auto& vocab : vocabulary()) {
    TypeScore s{std::string(vocab.type), 0, {}};
    for (const auto& phrase : vocab.phrases) {
      if (!find_phrase(pages, phrase.text).empty()) {
        s.score += phrase.weight;
        s.matched.emplace_back(phrase.text);
      }
    }
    if (const schemas::DocumentSchema* schema = schemas::SchemaRegistry::builtin().find(vocab.type)) {
      s.score += options.label_weight * labelled_fields(pages, *schema, s.matched);
      const auto& required = schema->required_evidence();
      // Printed as such: the evidence a type needs is not one OCR slip away
      // from another word ("Terms" is not "therms").
      if (!required.empty() && std::none_of(required.begin(), required.end(), [&](const std::string& phrase) {
            return !find_exact_phrase(pages, phrase).empty();
          })) {
        s.score = 0;  // none of what the type must print: not this type, whatever else matches
        s.matched = {"required_evidence_missing"};
      }
    }
    scores.push_back(std::move(s));
  }
  // Types that are only a schema score by its own words: its title or form
  // number (classification_requires), its hints and its labels.
  for (const schemas::DocumentSchema& schema : schemas::SchemaRegistry::builtin().all()) {
    const bool hand_written = std::any_of(vocabulary().begin(), vocabulary().end(),
                                          [&](const TypeVocabulary& v) { return v.type == schema.type(); });
    if (hand_written) continue;
    scores.push_back(schema_score(pages, schema, options));
  }
  TypeScore other{std::string(kUnknownDocumentType), 0, {}};
  for (const auto& phrase : out_of_scope_vocabulary()) {
    if (!find_phrase(pages, phrase.text).empty()) {
      other.score += phrase.weight;
      other.matched.emplace_back(phrase.text);
    }
  }
  scores.push_back(std::move(other));
  std::sort(scores.begin(), scores.end(), [](const TypeScore& a, const TypeScore& b) { return a.score > b.score; });
  return scores;
}

MrzSighting sight_mrz(const std::vector<ocr::Page>& pages, const ClassifierOptions& options) {
  MrzSighting best;
  for (const auto& page : pages) {
    int lines = 0, total = 0;
    for (size_t l = 0; l < page.text.lines.size(); ++l) {
      std::string compact;
      for (char c : page.text.line_text(l)) {
        if (c != ' ') compact.push_back(c);
      }
      const auto fillers = std::count(compact.begin(), compact.end(), '<');
      const auto valid = std::count_if(compact.begin(), compact.end(), mrz_char);
      const auto length = static_cast<int>(compact.size());
      if (length >= options.min_mrz_line && length <= options.max_mrz_line && fillers >= options.min_mrz_fillers &&
          double(valid) >= options.min_mrz_charset * double(compact.size())) {
        ++lines;
        total += static_cast<int>(compact.size());
      }
    }
    if (lines > best.lines) best = {lines, total / lines};
  }
  return best;
}

Classification classify_document(const ExtractContext& context, const ClassifierOptions& options) {
  Classification c;
  // 1. A machine-readable zone is the strongest signal there is. Lines of
  //    passport length in the OCR text decide at once; shorter ones may be a
  //    passport's lines OCR split, so the band itself, read by its glyphs,
  //    tells the format first (it also finds bands OCR mangled beyond sighting).
  //    The band search costs a pass over each page's pixels: it is skipped
  //    when the printed vocabulary (2.) is sure of a type that carries none.
  const MrzSighting mrz = sight_mrz(context.pages, options);
  if (mrz.lines >= 2 && mrz.length >= options.min_passport_line) {
    c.document_type = document_types::kPassport, c.confidence = 0.97, c.signals = {"mrz:td3"};
    return c;
  }
  // 2. Printed vocabulary; it decides below unless an MRZ or barcode does.
  const auto scores = keyword_scores(context.pages, options);
  const double best = scores.empty() ? 0 : scores[0].score;
  const double second = scores.size() > 1 ? scores[1].score : 0;
  const double confidence = margin_confidence(best, second);
  // Types that carry no MRZ: every one but the identity documents and `unknown`.
  static constexpr std::array<std::string_view, 4> kMayHaveMrz = {
      document_types::kPassport, document_types::kIdCard, document_types::kDriversLicense, kUnknownDocumentType};
  const bool sure_no_mrz = confidence >= options.skip_band_confidence && !scores.empty() &&
                           std::find(kMayHaveMrz.begin(), kMayHaveMrz.end(), scores[0].type) == kMayHaveMrz.end();
  if (!sure_no_mrz) {
    if (const auto format = mrz::sight_mrz_band(context)) {
      const bool td3 = *format == MrzFormat::kTd3;
      c.document_type = td3 ? document_types::kPassport : document_types::kIdCard;
      c.confidence = 0.97;
      c.signals = {td3 ? "mrz_band:td3" : (*format == MrzFormat::kTd1 ? "mrz_band:td1" : "mrz_band:td2")};
      return c;
    }
  }
  if (mrz.lines >= 2) {
    if (mrz.lines >= 3 || mrz.length <= options.max_td1_line) {
      c.document_type = document_types::kIdCard, c.confidence = 0.95, c.signals = {"mrz:td1"};
    } else {
      c.document_type = document_types::kIdCard, c.confidence = 0.9, c.signals = {"mrz:td2"};
    }
    return c;
  }
  // 3. An AAMVA barcode, looked for on short documents whose words do not
  //    clearly make them something else (the back of a licence has few words).
  const bool licence_words = std::any_of(scores.begin(), scores.end(), [](const TypeScore& t) {
    return t.type == document_types::kDriversLicense && t.score > 0;
  });
  if (context.pages.size() <= static_cast<size_t>(options.max_barcode_pages) &&
      (licence_words || confidence < options.skip_barcode_confidence)) {
    c.barcodes = barcode::find_pdf417(context);
    for (const auto& hit : c.barcodes) {
      if (hit.decoded && barcode::parse_aamva(hit.payload)) {
        c.document_type = document_types::kDriversLicense;
        c.confidence = 0.99;
        c.signals = {"barcode:aamva"};
        return c;
      }
    }
  }
  if (confidence < options.min_confidence) {
    c.confidence = confidence;
    c.signals.emplace_back("keywords:inconclusive");
    return c;
  }
  if (scores[0].type == kUnknownDocumentType) {  // a document kycx knows it does not read
    c.confidence = confidence;
    for (const auto& m : scores[0].matched) c.signals.push_back("out_of_scope:" + m);
    return c;
  }
  c.document_type = scores[0].type;
  c.confidence = confidence;
  for (const auto& m : scores[0].matched) c.signals.push_back("keyword:" + m);
  return c;
}

Classification classify_words(const std::vector<ocr::Page>& pages, const ClassifierOptions& options) {
  Classification c;
  const MrzSighting mrz = sight_mrz(pages, options);
  if (mrz.lines >= 2) {
    const bool td3 = mrz.length >= options.min_passport_line;
    c.document_type = td3 ? document_types::kPassport : document_types::kIdCard;
    c.confidence = td3 ? 0.97 : 0.9;
    c.signals = {td3 ? "mrz:td3" : "mrz:td1"};
    return c;
  }
  const auto scores = keyword_scores(pages, options);
  const double best = scores.empty() ? 0 : scores[0].score;
  const double second = scores.size() > 1 ? scores[1].score : 0;
  c.confidence = margin_confidence(best, second);
  if (c.confidence < options.min_confidence) {
    c.signals.emplace_back("keywords:inconclusive");
    return c;
  }
  c.document_type = scores[0].type;
  const std::string prefix = c.document_type == kUnknownDocumentType ? "out_of_scope:" : "keyword:";
  for (const auto& m : scores[0].matched) c.signals.push_back(prefix + m);
  return c;
}

}  // namespace kycx::extractors
