// libFuzzer harness: the MRZ parser. The first byte chooses the entry point:
// even, parse_mrz() over the rest split into OCR lines at '\n' (the text
// reader's path); odd, parse_mrz_lines() over lines cut to a format's exact
// size, with a recogniser's alternatives per position taken from the bytes
// when the second bit is set (the glyph reader's path).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/mrz/mrz_parser.hpp"

namespace {

using namespace kycx;
using namespace kycx::extractors::mrz;

// Fixed, so that a crash reproduces on any day.
const MrzParseOptions kOptions{.today = Date{2024, 6, 1}};

void check(const MrzParse& parse) {
  const MrzLayout& layout = mrz_layout(parse.format);
  if (parse.lines.size() != static_cast<size_t>(layout.line_count)) std::abort();
  for (const auto& line : parse.lines) {
    if (line.size() != static_cast<size_t>(layout.line_length)) std::abort();
  }
  if (parse.checks.size() != layout.checks.size()) std::abort();
  for (const auto& element : layout.elements) (void)parse.repaired(element.span);
  (void)parse.all_checks_passed();
}

void parse_raw(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size() && lines.size() < 16) {
    const size_t end = std::min(text.find('\n', start), text.size());
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (auto parse = parse_mrz(lines, kOptions)) check(*parse);
}

void parse_aligned(std::string_view text, bool with_candidates) {
  if (text.empty()) return;
  const auto format = static_cast<MrzFormat>(static_cast<unsigned char>(text[0]) % 3);
  text.remove_prefix(1);
  const MrzLayout& layout = mrz_layout(format);
  const auto length = static_cast<size_t>(layout.line_length);
  std::vector<std::string> lines;
  for (int l = 0; l < layout.line_count; ++l) {
    std::string line(text.substr(0, std::min(length, text.size())));
    text.remove_prefix(line.size());
    line.resize(length, '<');
    lines.push_back(std::move(line));
  }
  MrzCandidates candidates;
  if (with_candidates) {
    // Per position: a count byte (0-2 alternatives), then the characters.
    for (MrzAlternatives* alternatives : {&candidates.repair, &candidates.close}) {
      alternatives->assign(lines.size(), std::vector<std::string>(length));
      for (auto& line : *alternatives) {
        for (auto& at : line) {
          if (text.empty()) break;
          const size_t n = std::min<size_t>(static_cast<unsigned char>(text[0]) % 3, text.size() - 1);
          at = std::string(text.substr(1, n));
          text.remove_prefix(1 + n);
        }
      }
    }
  }
  check(parse_mrz_lines(format, std::move(lines), kOptions, with_candidates ? &candidates : nullptr));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if ((data[0] & 1) == 0) {
    parse_raw(text);
  } else {
    parse_aligned(text, (data[0] & 2) != 0);
  }
  return 0;
}
