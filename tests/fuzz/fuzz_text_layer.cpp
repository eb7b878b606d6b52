// libFuzzer harness: the text-layer check of ingest, everything after poppler.
// The bytes give a page size in points, a low-resolution grey render of the
// page (or none, as when rendering fails) and the text layer's words (text,
// box in points, legible or not). They go through text_layer_page() (which
// words can be seen), judge_text() and judge_coverage(), as PdfReader does.
// Coordinates include what a hostile PDF can produce: huge, negative,
// infinite and NaN values.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>
#include <opencv2/core.hpp>

#include "ingest/text_layer_check.hpp"

namespace {

using namespace kycx::ingest;

// Mostly a number near the page (`page`: its width or height in points, any
// value), sometimes any double at all.
double coordinate(FuzzedDataProvider& in, double page) {
  const double near = page >= 1 && page <= 1e6 ? page : 612;
  switch (in.ConsumeIntegralInRange(0, 7)) {
    case 0: return std::bit_cast<double>(in.ConsumeIntegral<std::uint64_t>());
    case 1: return in.ConsumeFloatingPoint<double>();
    default: return in.ConsumeFloatingPointInRange(-0.5 * near, 1.5 * near);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const bool odd_page = in.ConsumeIntegralInRange(0, 15) == 0;
  const double width_pt = odd_page ? coordinate(in, 612) : in.ConsumeFloatingPointInRange(1.0, 5000.0);
  const double height_pt = odd_page ? coordinate(in, 792) : in.ConsumeFloatingPointInRange(1.0, 5000.0);
  // PdfReader renders the preview only for a page with a size.
  cv::Mat preview;
  if (width_pt > 0 && height_pt > 0 && in.ConsumeBool()) {
    const int cols = in.ConsumeIntegralInRange(1, 160), rows = in.ConsumeIntegralInRange(1, 160);
    preview = cv::Mat(rows, cols, CV_8UC1, cv::Scalar(255));
    const std::vector<std::uint8_t> pixels = in.ConsumeBytes<std::uint8_t>(preview.total());
    for (size_t i = 0; i < pixels.size(); ++i) preview.data[i] = pixels[i];
  }
  std::vector<LayerWord> words;
  int kept = 0;
  const int count = in.ConsumeIntegralInRange(0, 64);
  for (int i = 0; i < count && in.remaining_bytes() > 0; ++i) {
    LayerWord w;
    w.text = in.ConsumeRandomLengthString(24);
    w.left = coordinate(in, width_pt);
    w.top = coordinate(in, height_pt);
    w.right = in.ConsumeBool() ? w.left + in.ConsumeFloatingPointInRange(0.0, 200.0) : coordinate(in, width_pt);
    w.bottom = in.ConsumeBool() ? w.top + in.ConsumeFloatingPointInRange(0.0, 40.0) : coordinate(in, height_pt);
    w.legible = in.ConsumeIntegralInRange(0, 7) != 0;
    if (!w.text.empty()) ++kept;
    words.push_back(std::move(w));
  }

  const kycx::ocr::PageText text = text_layer_page(0, std::move(words), width_pt, height_pt, preview);
  // Every word with text is either on a line or counted as hidden.
  if (static_cast<int>(text.words.size()) + text.hidden_words != kept) std::abort();
  for (const auto& line : text.lines) {
    if (line.first_word < 0 || line.word_count < 0 ||
        static_cast<size_t>(line.first_word) + static_cast<size_t>(line.word_count) > text.words.size()) {
      std::abort();
    }
  }
  TextLayerVerdict verdict = judge_text(text);
  if (verdict.usable && !preview.empty()) verdict = judge_coverage(text, preview);
  (void)verdict;
  return 0;
}
