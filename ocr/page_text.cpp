#include "ocr/page_text.hpp"

namespace kycx::ocr {

std::string PageText::line_text(size_t i) const {
  std::string out;
  const Line& line = lines.at(i);
  for (int w = line.first_word; w < line.first_word + line.word_count; ++w) {
    if (!out.empty()) out.push_back(' ');
    out += words[static_cast<size_t>(w)].text;
  }
  return out;
}

std::string PageText::text() const {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out.push_back('\n');
    out += line_text(i);
  }
  return out;
}

double PageText::mean_confidence() const {
  if (words.empty()) return 0.0;
  double sum = 0;
  for (const auto& w : words) sum += w.confidence;
  return sum / static_cast<double>(words.size());
}

void PageTextBuilder::begin_block() {
  page_.blocks.push_back({});
}

void PageTextBuilder::begin_line() {
  if (page_.blocks.empty()) begin_block();
  Line line;
  line.block = static_cast<int>(page_.blocks.size()) - 1;
  line.first_word = static_cast<int>(page_.words.size());
  page_.lines.push_back(line);
}

void PageTextBuilder::add_word(std::string text, BBox box, float confidence) {
  Line& line = page_.lines.back();
  page_.words.push_back({std::move(text), box, confidence, static_cast<int>(page_.lines.size()) - 1});
  ++line.word_count;
  line.box = united(line.box, box);
  Block& block = page_.blocks[static_cast<size_t>(line.block)];
  block.box = united(block.box, box);
}

PageText PageTextBuilder::finish() && {
  // Drop lines left empty (a line begun but given no words) without breaking indices.
  std::vector<Line> kept;
  kept.reserve(page_.lines.size());
  for (const Line& line : page_.lines) {
    if (line.word_count == 0) continue;
    const int new_index = static_cast<int>(kept.size());
    for (int w = line.first_word; w < line.first_word + line.word_count; ++w) {
      page_.words[static_cast<size_t>(w)].line = new_index;
    }
    kept.push_back(line);
  }
  page_.lines = std::move(kept);
  return std::move(page_);
}

}  // namespace kycx::ocr
