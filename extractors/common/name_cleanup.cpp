#include "extractors/common/name_cleanup.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <vector>

#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

constexpr std::string_view kCourtesyTitles[] = {"mr", "mrs", "ms",   "miss", "mx",   "dr",   "mme", "mlle",
                                                "sr", "sra", "srta", "dhr",  "mevr", "herr", "frau"};

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool lone_capital(const std::string& word) {
  return word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0])) != 0;
}

bool stray(char c) {
  return c == '"' || c == '\'' || c == '`' || c == '|' || c == '*' || c == '~' || c == '_';
}

}  // namespace

std::string without_courtesy_title(std::string_view name) {
  std::vector<std::string> words = split_words(name);
  if (words.size() < 3) return std::string(name);
  const std::string first = fold(words.front());
  if (std::find(std::begin(kCourtesyTitles), std::end(kCourtesyTitles), first) == std::end(kCourtesyTitles)) {
    return std::string(name);
  }
  words.erase(words.begin());
  return joined(words);
}

std::string without_logo_marks(std::string_view name) {
  std::vector<std::string> words = split_words(name);
  for (std::string& w : words) {
    while (!w.empty() && stray(w.front())) w.erase(w.begin());
    while (!w.empty() && stray(w.back())) w.pop_back();
  }
  std::erase_if(words, [](const std::string& w) { return w.empty(); });
  auto long_word = [](const std::string& w) { return w.size() >= 2; };
  if (words.size() >= 2 && lone_capital(words.back()) && std::any_of(words.begin(), words.end() - 1, long_word)) {
    words.pop_back();
  }
  if (words.size() >= 2 && lone_capital(words.front()) && std::any_of(words.begin() + 1, words.end(), long_word)) {
    words.erase(words.begin());
  }
  return words.empty() ? std::string(name) : joined(words);
}

}  // namespace kycx::extractors
