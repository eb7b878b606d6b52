// Matching document words against labels and keywords despite case,
// accents, punctuation and small OCR errors. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/json.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors {

// Lower case, Latin accents folded to ASCII ("Société" -> "societe"), every
// character other than a letter, digit, '#', '%' or '&' turned into a space,
// white space collapsed and trimmed.
std::string fold(std::string_view text);

// Edit distance (insertions, deletions, substitutions), capped: returns
// `cap` + 1 as soon as the distance exceeds `cap`.
int edit_distance(std::string_view a, std::string_view b, int cap);

// Equal after folding, allowing one edit for words of 5+ letters and two for
// 9+ (OCR: "Balanee" for "Balance"); never between real words that differ in
// meaning by one letter ("Employer" and "Employee", "Payer" and "Payee").
bool fuzzy_word_equal(std::string_view folded_a, std::string_view folded_b);

// Where a phrase occurs: page and line indices, and the words it covers.
struct PhraseHit {
  int page = 0;        // index into the pages vector
  int line = 0;        // index into that page's lines
  int first_word = 0;  // index into that page's words
  int word_count = 0;  // words covered (a word may hold several tokens, e.g. "No.:")
};

// Every occurrence of `phrase` inside one line (token by token, fuzzily).
std::vector<PhraseHit> find_phrase(const std::vector<ocr::Page>& pages, std::string_view phrase);
// The same, every word equal after fold(): for words one letter from another
// that means something else ("Terms" and "therms").
std::vector<PhraseHit> find_exact_phrase(const std::vector<ocr::Page>& pages, std::string_view phrase);

// The document's text folded, pages joined, for keyword counting.
std::string folded_text(const std::vector<ocr::Page>& pages);

// Whether two readers read the same value: text equal after fold() (so case,
// accents and punctuation do not count: "ACME, Inc." is "Acme Inc"), digits
// equal whatever their grouping ("424 627 5090" is "4246275090"), numbers
// within half a cent, anything else equal as JSON.
bool same_reading(const Json& a, const Json& b);

// Cuts everything but letters and digits from both ends: OCR's stray marks
// around labels, numbers and codes ("\\WDL0B5" -> "WDL0B5", "o." -> "o").
std::string_view strip_stray_marks(std::string_view token);

// Cuts trailing and leading punctuation (":,.;\"'") off a printed word ("KING," -> "KING").
std::string_view trim_punctuation(std::string_view token);

}  // namespace kycx::extractors
