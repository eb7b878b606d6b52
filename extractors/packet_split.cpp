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
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kForms = {{
      {"1099 b", "1099-b"},
      {"1099 k", "1099-k"},
      {"1099 s", "1099-s"},
      {"1098", "1098"},
      {"form w 9", "w-9"},
      {"request for taxpayer identification number", "w-9"},
      {"profit or loss from business", "schedule-c"},
      {"schedule c", "schedule-c"},
      {"supplemental income and loss", "schedule-e"},
      {"schedule e", "schedule-e"},
      {"form 1040", "1040"},
      {"individual income tax return", "1040"},
      {"invoice", "invoice"},
      {"receipt", "receipt"},
      {"purchase order", "purchase-order"},
      {"statement of account", "statement-of-account"},
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

bool disjoint(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::none_of(a.begin(), a.end(), [&](const std::string& x) { return b.contains(x); });
}

bool multi_page_type(const std::string& type) {
  return type == document_types::kBankStatement || type == document_types::kUtilityBill;
}

// The document being built: the type its first typed page names, `unknown`
// when it began with a page of text that names none, empty while it holds
// only pages with next to no words (a card's back, a blank page).
struct Head {
  std::string type;
  const PageCue* cue = nullptr;  // its first typed page; null when none yet
  int pages = 1;
  bool letter = false;  // it began with a greeting
};

// Why page `c` (after page `before`) starts a new document; "" when it
// continues the document `head`.
std::string boundary_before(const PageCue& c, const PageCue& before, const Head& head, const SplitOptions& options) {
  const bool typed = c.confidence >= options.min_confidence;
  const bool text = !typed && c.words >= options.min_text_words;
  // 1. What the pages print about their order decides.
  if (c.mark_page > 1) return "";
  if (c.mark_page == 1) return "page_mark";
  if (before.mark_page > 0 && before.mark_page == before.mark_count) return "page_mark";
  // 2. A letter begins with its greeting.
  if (c.salutation && !(typed && c.type == head.type && c.type != kUnknownDocumentType)) return "letter";
  // 3. A page of text that names no type kycx reads is a document of its own
  //    after a one-page document; it goes on a statement, a bill or a letter.
  if (text) {
    // A card read too poorly to name its type (few words, a long number)
    // is never followed by a page of prose of its own.
    const bool after_card = head.pages == 1 && !head.letter && before.words < options.max_card_words &&
                            !before.identifiers.empty() && c.words >= std::max(2 * before.words, 100);
    if (after_card) return "other_text";
    const bool goes_on = head.type.empty() || head.type == kUnknownDocumentType || multi_page_type(head.type);
    return goes_on ? "" : "other_text";
  }
  if (!typed || head.type.empty()) return "";  // next to no words, or the first words that name a type
  // An identity card's back (its MRZ, few words) after a front whose words
  // named nothing.
  if (identity_type(c.type) && c.words < options.min_text_words && head.cue == nullptr && head.pages == 1 &&
      !head.letter) {
    return "";
  }
  // 4. Another type. Between identity documents (a licence's front may read
  //    like a passport's) only when both are sure.
  if (c.type != head.type) {
    const double head_confidence = head.cue ? head.cue->confidence : 0.0;
    const bool both_identity = identity_type(c.type) && identity_type(head.type);
    if (both_identity && std::min(c.confidence, head_confidence) < options.restart_confidence) return "";
    return "type_change";
  }
  // 5. Another out-of-scope form (or the first after a letter).
  const std::string head_form = head.cue ? head.cue->form : "";
  if (c.type == kUnknownDocumentType && !c.form.empty() && c.form != head_form) return "form_change";
  if (head.cue == nullptr) return "";
  const PageCue& first = *head.cue;
  // 6. Another document of the same type: a first page of it, not a copy of
  //    the same one.
  const bool copy = !c.identifiers.empty() && c.identifiers == first.identifiers;
  const bool sure = c.confidence >= options.restart_confidence;
  // A card's front and back read as the same type: one card.
  if (c.type == document_types::kIdCard || c.type == document_types::kDriversLicense) return "";
  if (!multi_page_type(c.type)) return sure && !copy ? "same_type_restart" : "";
  const bool other_account =
      !c.identifiers.empty() && !first.identifiers.empty() && disjoint(c.identifiers, first.identifiers);
  // A statement's later pages are as sure of their type as its first, and
  // may print other long numbers: its first-page labels must be there too.
  const bool first_page =
      c.start_phrases >= options.min_start_phrases || (c.type == document_types::kUtilityBill && sure);
  return first_page && other_account ? "same_type_restart" : "";
}

}  // namespace

bool identity_type(std::string_view type) {
  return type == document_types::kPassport || type == document_types::kIdCard ||
         type == document_types::kDriversLicense;
}

PageCue page_cue(const ocr::Page& page, const ClassifierOptions& options) {
  const std::vector<ocr::Page> one{page};
  PageCue cue;
  const Classification words = classify_words(one, options);
  cue.type = words.document_type;
  cue.confidence = words.confidence;
  const std::string folded = folded_text(one);
  if (cue.type == kUnknownDocumentType && cue.confidence >= options.min_confidence) cue.form = topmost_form(one);
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
  auto typed = [&](const PageCue& c) { return c.confidence >= options.min_confidence; };
  auto head_of = [&](const PageCue& c) {
    if (typed(c)) return Head{c.type, &c, 1, c.salutation};
    const bool text = c.words >= options.min_text_words || c.salutation;
    return Head{text ? std::string(kUnknownDocumentType) : std::string(), nullptr, 1, c.salutation};
  };
  out.push_back({0, 0, "first_page"});
  Head head = head_of(cues[0]);
  for (int i = 1; i < static_cast<int>(cues.size()); ++i) {
    const PageCue& c = cues[static_cast<size_t>(i)];
    const std::string reason = boundary_before(c, cues[static_cast<size_t>(i - 1)], head, options);
    if (!reason.empty()) {
      out.push_back({i, i, reason});
      head = head_of(c);
      continue;
    }
    out.back().last = i;
    const int pages = head.pages + 1;
    // The first page that names the document's type, or the first with words, sets its head.
    if ((head.cue == nullptr && typed(c)) || head.type.empty()) head = head_of(c);
    head.pages = pages;
  }
  return out;
}

}  // namespace kycx::extractors
