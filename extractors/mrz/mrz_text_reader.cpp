#include "extractors/mrz/mrz_text_reader.hpp"

#include <algorithm>

#include "extractors/common/upright_frame.hpp"
#include "extractors/mrz/mrz_alignment.hpp"

namespace kycx::extractors::mrz {

namespace {

constexpr int kShortest = 22;  // cleaned characters: a TD1 line (30) that lost a few
constexpr int kLongest = 54;   // a TD3 line (44) with noise around it

}  // namespace

std::optional<MrzReading> read_mrz_text(const ocr::PageText& text, int page_index, const MrzParseOptions& options) {
  std::vector<std::string> raw;
  std::vector<size_t> line_of;  // raw index -> index into text.lines
  for (size_t l = 0; l < text.lines.size(); ++l) {
    std::string line = text.line_text(l);
    const std::string cleaned = clean_mrz_text(line);
    const auto fillers = std::count(cleaned.begin(), cleaned.end(), '<');
    if (static_cast<int>(cleaned.size()) < kShortest || static_cast<int>(cleaned.size()) > kLongest || fillers < 1) {
      continue;
    }
    raw.push_back(std::move(line));
    line_of.push_back(l);
  }
  if (raw.size() < 2) return std::nullopt;
  auto selection = select_mrz_lines(raw, options.align);
  if (!selection) return std::nullopt;

  MrzReading reading;
  reading.page_index = page_index;
  reading.source =
      text.info.text_source == TextSource::kTextLayer ? MrzReadingSource::kTextLayer : MrzReadingSource::kPageOcr;
  const int length = static_cast<int>(selection->lines.front().size());
  const int rotation = reading_rotation(text);
  for (size_t i = 0; i < selection->lines.size(); ++i) {
    const ocr::Line& line = text.lines[line_of[size_t(selection->first_line) + i]];
    float lowest = 1.0f;
    for (int w = line.first_word; w < line.first_word + line.word_count; ++w) {
      lowest = std::min(lowest, text.words[size_t(w)].confidence);
    }
    reading.boxes.push_back(spread_boxes(line.box, length, rotation));
    reading.confidence.emplace_back(size_t(length), lowest);
  }
  reading.parse = parse_mrz_lines(selection->format, std::move(selection->lines), options);
  return reading;
}

}  // namespace kycx::extractors::mrz
