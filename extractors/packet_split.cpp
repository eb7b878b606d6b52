#include "extractors/packet_split.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include <re2/re2.h>

#include "core/document_types.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

// "Page 2 of 3" in the languages the schemas list, on folded text ("Page 2/3"
// folds to "page 2 3").
std::pair<int, int> page_mark(const std::string& folded) {
  static const RE2 kMark(
      R"((?:^|[ \n])(?:page|pg|p|seite|pagina|pagine) (\d{1,3}) (?:(?:of|sur|von|de|di|van) )?(\d{1,3})(?:[ \n]|$))");
  re2::StringPiece input(folded);
  int page = 0, count = 0;
  while (RE2::FindAndConsume(&input, kMark, &page, &count)) {
    if (page >= 1 && count >= page && count <= 500) return {page, count};
  }
  return {0, 0};
}

bool has_salutation(const std::string& folded) {
  std::string padded = " " + folded + " ";
  std::replace(padded.begin(), padded.end(), '\n', ' ');
  return padded.find(" dear ") != std::string::npos || padded.find(" to whom it may concern ") != std::string::npos;
}

// Labels printed on the first page of a statement or a bill, rarely on the
// pages after it.
int count_start_phrases(const std::vector<ocr::Page>& page, const std::string& type) {
  static constexpr std::array<std::string_view, 7> kStatement = {
      "opening balance",    "beginning balance", "previous balance", "account summary",
      "summary of account", "statement period",  "statement date"};
  static constexpr std::array<std::string_view, 6> kBill = {"amount due",    "total due", "due date",
                                                            "please pay by", "bill date", "service address"};
  int n = 0;
  auto count = [&](const auto& phrases) {
    for (std::string_view p : phrases) n += find_phrase(page, p).empty() ? 0 : 1;
  };
  if (type == document_types::kBankStatement) count(kStatement);
  if (type == document_types::kUtilityBill) count(kBill);
  return n;
}

std::set<std::string> digit_runs(const std::string& folded) {
  std::set<std::string> out;
  size_t i = 0;
  while (i < folded.size()) {
    if (folded[i] < '0' || folded[i] > '9') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < folded.size() && folded[j] >= '0' && folded[j] <= '9') ++j;
    if (j - i >= 6) out.insert(folded.substr(i, j - i));
    i = j;
  }
  return out;
}

// The out-of-scope form named highest on the page (a form's title is at its
// top), under one name per form.
std::string topmost_form(const std::vector<ocr::Page>& page) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kForms = {{
      {"1099 int", "1099-int"},
      {"1099 div", "1099-div"},
      {"1099 misc", "1099-misc"},
      {"1099 nec", "1099-nec"},
      {"1099 g", "1099-g"},
      {"1099 r", "1099-r"},
      {"ssa 1099", "ssa-1099"},
      {"form w 9", "w-9"},
      {"request for taxpayer identification number", "w-9"},
      {"profit or loss from business", "schedule-c"},
      {"schedule c", "schedule-c"},
      {"supplemental income and loss", "schedule-e"},
      {"schedule e", "schedule-e"},
      {"form 1040", "1040"},
      {"invoice", "invoice"},
      {"receipt", "receipt"},
      {"purchase order", "purchase-order"},
  }};
  std::string_view best;
  int best_line = 1 << 30;
  for (const auto& [phrase, name] : kForms) {
    for (const PhraseHit& hit : find_phrase(page, phrase)) {
      if (hit.line < best_line) best_line = hit.line, best = name;
    }
  }
  return std::string(best);
}

bool one_page_type(const std::string& type) {
  return type == document_types::kPayStub || type == document_types::kW2 || type == document_types::kPassport ||
         type == kUnknownDocumentType;
}

bool identity_type(const std::string& type) {
  return type == document_types::kPassport || type == document_types::kIdCard ||
         type == document_types::kDriversLicense;
}

bool disjoint(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::none_of(a.begin(), a.end(), [&](const std::string& x) { return b.contains(x); });
}

// Why page `c` (after page `before`) starts a new document; "" when it
// continues the one whose first typed page is `head` (null: none named a type yet).
std::string boundary_before(const PageCue& c, const PageCue& before, const PageCue* head, const SplitOptions& options) {
  const bool typed = c.confidence >= options.min_confidence;
  // 1. What the pages print about their order decides.
  if (c.mark_page > 1) return "";
  if (c.mark_page == 1) return "page_mark";
  if (before.mark_page > 0 && before.mark_page == before.mark_count) return "page_mark";
  // 2. A letter begins with its greeting.
  if (c.salutation && !(typed && head && c.type == head->type && c.type != kUnknownDocumentType)) return "letter";
  if (!typed || head == nullptr) return "";  // names nothing, or the first type named: the same document
  // 3. Another type. Between identity documents (a licence's front may read
  //    like a passport's) only when both are sure.
  if (c.type != head->type) {
    const bool both_identity = identity_type(c.type) && identity_type(head->type);
    if (both_identity && std::min(c.confidence, head->confidence) < options.restart_confidence) return "";
    return "type_change";
  }
  // 4. Another out-of-scope form.
  if (c.type == kUnknownDocumentType && !c.form.empty() && !head->form.empty() && c.form != head->form) {
    return "form_change";
  }
  // 5. Another document of the same type: a first page of it, not a copy of
  //    the same one.
  const bool copy = !c.identifiers.empty() && c.identifiers == head->identifiers;
  if (one_page_type(c.type)) return c.confidence >= options.restart_confidence && !copy ? "same_type_restart" : "";
  const bool other_account =
      !c.identifiers.empty() && !head->identifiers.empty() && disjoint(c.identifiers, head->identifiers);
  return c.start_phrases >= options.min_start_phrases && other_account ? "same_type_restart" : "";
}

}  // namespace

PageCue page_cue(const ocr::Page& page, const ClassifierOptions& options) {
  const std::vector<ocr::Page> one{page};
  PageCue cue;
  const Classification words = classify_words(one, options);
  cue.type = words.document_type;
  cue.confidence = words.confidence;
  const std::string folded = folded_text(one);
  if (cue.type == kUnknownDocumentType && cue.confidence > 0) cue.form = topmost_form(one);
  std::tie(cue.mark_page, cue.mark_count) = page_mark(folded);
  cue.salutation = has_salutation(folded);
  cue.start_phrases = count_start_phrases(one, cue.type);
  cue.identifiers = digit_runs(folded);
  cue.words = static_cast<int>(page.text.words.size());
  return cue;
}

std::vector<PageRange> split_pages(const std::vector<PageCue>& cues, const SplitOptions& options) {
  std::vector<PageRange> out;
  if (cues.empty()) return out;
  out.push_back({0, 0, "first_page"});
  // The document being built: its type (from its first page that names one)
  // and that page's cue.
  const PageCue* head = nullptr;
  auto typed = [&](const PageCue& c) { return c.confidence >= options.min_confidence; };
  if (typed(cues[0])) head = &cues[0];
  for (int i = 1; i < static_cast<int>(cues.size()); ++i) {
    const PageCue& c = cues[static_cast<size_t>(i)];
    const std::string reason = boundary_before(c, cues[static_cast<size_t>(i - 1)], head, options);
    if (reason.empty()) {
      out.back().last = i;
      if (head == nullptr && typed(c)) head = &c;  // the first page that names the document's type
      continue;
    }
    out.push_back({i, i, reason});
    head = typed(c) ? &c : nullptr;
  }
  return out;
}

}  // namespace kycx::extractors
