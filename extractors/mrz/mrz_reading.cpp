#include "extractors/mrz/mrz_reading.hpp"

#include <algorithm>

#include "extractors/common/upright_frame.hpp"

namespace kycx::extractors::mrz {

std::string_view to_string(MrzReadingSource source) {
  switch (source) {
    case MrzReadingSource::kGlyphs: return "glyphs";
    case MrzReadingSource::kTextLayer: return "text_layer";
    case MrzReadingSource::kPageOcr: return "page_ocr";
  }
  return "glyphs";
}

int MrzReading::sure_checks() const {
  return static_cast<int>(std::count_if(parse.checks.begin(), parse.checks.end(),
                                        [](const MrzCheckOutcome& c) { return c.passed && !c.uncertain; }));
}

int MrzReading::repairs() const {
  int n = 0;
  for (size_t l = 0; l < parse.lines.size() && l < parse.read_lines.size(); ++l) {
    for (size_t p = 0; p < parse.lines[l].size() && p < parse.read_lines[l].size(); ++p) {
      n += parse.lines[l][p] != parse.read_lines[l][p] ? 1 : 0;
    }
  }
  return n;
}

double MrzReading::mean_confidence() const {
  double sum = 0;
  size_t n = 0;
  for (const auto& line : confidence) {
    for (float c : line) sum += c, ++n;
  }
  return n == 0 ? 0.0 : sum / double(n);
}

BBox MrzReading::box_of(const MrzSpan& span) const {
  BBox out;
  if (span.line < 0 || size_t(span.line) >= boxes.size()) return out;
  const auto& line = boxes[size_t(span.line)];
  for (int p = span.start; p < span.start + span.length && p < static_cast<int>(line.size()); ++p) {
    out = united(out, line[size_t(p)]);
  }
  return out;
}

double MrzReading::confidence_of(const MrzSpan& span) const {
  if (span.line < 0 || size_t(span.line) >= confidence.size()) return 0.0;
  const auto& line = confidence[size_t(span.line)];
  double lowest = 1.0;
  for (int p = span.start; p < span.start + span.length && p < static_cast<int>(line.size()); ++p) {
    lowest = std::min(lowest, double(line[size_t(p)]));
  }
  return lowest;
}

bool plausible_mrz(const MrzReading& reading, int min_clean_checks) {
  const MrzParse& p = reading.parse;
  if (p.lines.empty() || p.lines.front().empty()) return false;
  const char code = p.lines.front().front();
  const bool code_ok = p.format == MrzFormat::kTd3 ? code == 'P' : (code == 'A' || code == 'C' || code == 'I');
  const auto clean =
      std::count_if(p.checks.begin(), p.checks.end(), [](const MrzCheckOutcome& c) { return c.passed && !c.repaired; });
  return code_ok && clean >= min_clean_checks;
}

bool better_reading(const MrzReading& a, const MrzReading& b) {
  if (a.sure_checks() != b.sure_checks()) return a.sure_checks() > b.sure_checks();
  const int passed_a = static_cast<int>(
      std::count_if(a.parse.checks.begin(), a.parse.checks.end(), [](const MrzCheckOutcome& c) { return c.passed; }));
  const int passed_b = static_cast<int>(
      std::count_if(b.parse.checks.begin(), b.parse.checks.end(), [](const MrzCheckOutcome& c) { return c.passed; }));
  if (passed_a != passed_b) return passed_a > passed_b;
  if (a.repairs() != b.repairs()) return a.repairs() < b.repairs();
  return a.mean_confidence() > b.mean_confidence();
}

std::vector<BBox> spread_boxes(const BBox& line_box, int length, int rotation) {
  std::vector<BBox> out;
  if (length <= 0) return out;
  const BBox up = to_upright(line_box, rotation);
  const double step = up.width() / length;
  for (int i = 0; i < length; ++i) {
    out.push_back(from_upright({up.x0 + step * i, up.y0, up.x0 + step * (i + 1), up.y1}, rotation));
  }
  return out;
}

}  // namespace kycx::extractors::mrz
