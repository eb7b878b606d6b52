#include "validators/plausibility_rules.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "core/ascii.hpp"
#include "schemas/schema_registry.hpp"

namespace kycx::validators {

namespace {

// Words documents print around values that never make a name on their own:
// titles, headings, statuses.
constexpr std::string_view kHeadingWords[] = {
    "pay",      "stub",        "payslip", "slip",     "statement",   "advice",  "earnings",    "payroll",
    "dept",     "department",  "id",      "number",   "no",          "account", "summary",     "page",
    "total",    "date",        "period",  "married",  "single",      "exempt",  "status",      "filing",
    "details",  "information", "bill",    "invoice",  "customer",    "service", "address",     "remittance",
    "copy",     "balance",     "name",    "employee", "employer",    "bank",    "tax",         "net",
    "gross",    "deductions",  "ytd",     "current",  "rate",        "hours",   "description", "amount",
    "due",      "of",          "the",     "and",      "for",         "to",      "federal",     "state",
    "local",    "medicare",    "social",  "security", "withholding", "releve",  "relevé",      "talon",
    "bulletin", "nomina",      "recibo"};

// Lower-case ASCII words of letters (accented letters kept as bytes); other
// characters separate words.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u) != 0 || u >= 0x80 || c == '\'') {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Documents' own wording: every schema's labels and hints, and the heading
// words.
const std::set<std::string>& wording(std::string_view type) {
  static const std::map<std::string, std::set<std::string>, std::less<>> kByType = [] {
    std::map<std::string, std::set<std::string>, std::less<>> out;
    for (const schemas::DocumentSchema& s : schemas::SchemaRegistry::builtin().all()) {
      std::set<std::string>& words = out[s.type()];
      words.insert(std::begin(kHeadingWords), std::end(kHeadingWords));
      for (const schemas::FieldSpec& f : s.fields()) {
        for (const std::string& label : f.labels) {
          for (std::string& w : words_of(label)) words.insert(std::move(w));
        }
      }
      if (const Json* hints = s.json().contains("x-kycx") ? &s.json()["x-kycx"] : nullptr;
          hints != nullptr && hints->contains("classification_hints")) {
        for (const Json& h : (*hints)["classification_hints"]) {
          for (std::string& w : words_of(h.get<std::string>())) words.insert(std::move(w));
        }
      }
    }
    return out;
  }();
  // Every type's wording: a bilingual stub's title ("Pay Statement / Relevé")
  // may use words only another type's labels list.
  static const std::set<std::string> kAll = [] {
    std::set<std::string> all(std::begin(kHeadingWords), std::end(kHeadingWords));
    for (const auto& [t, words] : kByType) all.insert(words.begin(), words.end());
    return all;
  }();
  (void)type;
  return kAll;
}

// Words of two letters or more, and how many of them are the document's wording.
struct WordCount {
  int words = 0;
  int wording = 0;
};

WordCount count_words(std::string_view text, std::string_view type) {
  WordCount out;
  const std::set<std::string>& known = wording(type);
  for (const std::string& w : words_of(text)) {
    if (w.size() < 2) continue;
    ++out.words;
    out.wording += known.contains(w) ? 1 : 0;
  }
  return out;
}

// "Erie, PA", "Springfield, IL 62704": a place, not a name.
bool city_line(std::string_view text) {
  const size_t comma = text.rfind(',');
  if (comma == std::string_view::npos) return false;
  std::string_view rest = text.substr(comma + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return rest.size() >= 2 && std::isupper(static_cast<unsigned char>(rest[0])) != 0 &&
         std::isupper(static_cast<unsigned char>(rest[1])) != 0 && (rest.size() == 2 || rest[2] == ' ');
}

// "C/O Property Management", "Attn: Accounts": who mail goes through, not the person.
bool care_of(std::string_view text) {
  const std::vector<std::string> w = words_of(text);
  return !w.empty() && (w[0] == "c" || w[0] == "attn" || w[0] == "attention") &&
         (w[0] != "c" || (w.size() > 1 && w[1] == "o"));
}

// Street types: a name ending in one is an address line ("Thistle Lane").
constexpr std::string_view kStreetTypes[] = {"street", "st",        "road", "rd",      "lane",     "ln",    "avenue",
                                             "ave",    "drive",     "dr",   "close",   "crescent", "way",   "court",
                                             "place",  "boulevard", "blvd", "terrace", "gardens",  "grove", "row"};

bool street_line(std::string_view text) {
  const std::vector<std::string> w = words_of(text);
  return w.size() >= 2 &&
         std::find(std::begin(kStreetTypes), std::end(kStreetTypes), w.back()) != std::end(kStreetTypes);
}

}  // namespace

RuleOutcome check_person_name(const RuleInput& in) {
  const auto name = in.text(0);
  if (!name) return in.unusable(0);
  const WordCount c = count_words(*name, in.document_type());
  if (has_ascii_digit(*name) || c.words < 2 || 2 * c.wording > c.words || care_of(*name)) return failed();
  return passed();
}

RuleOutcome check_organisation_name(const RuleInput& in) {
  const auto name = in.text(0);
  if (!name) return in.unusable(0);
  const WordCount c = count_words(*name, in.document_type());
  if (c.words == 0 || c.wording == c.words || city_line(*name) || street_line(*name)) return failed();
  return passed();
}

RuleOutcome check_not_po_box(const RuleInput& in) {
  const auto street = in.text(0);
  if (!street) return in.unusable(0);
  const std::vector<std::string> w = words_of(*street);
  const bool po_box = (w.size() >= 2 && w[0] == "po" && w[1] == "box") ||
                      (w.size() >= 3 && w[0] == "p" && w[1] == "o" && w[2] == "box");
  return po_box ? failed() : passed();
}

RuleOutcome check_identifier(const RuleInput& in) {
  const auto id = in.text(0);
  if (!id) return in.unusable(0);
  return has_ascii_digit(*id) ? passed() : failed();
}

RuleOutcome check_different_names(const RuleInput& in) {
  const auto a = in.text(0);
  if (!a) return in.unusable(0);
  const auto b = in.text(1);
  if (!b) return in.unusable(1);
  return words_of(*a) == words_of(*b) ? failed() : passed();
}

}  // namespace kycx::validators
