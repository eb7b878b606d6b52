#include "ingest/page_shape.hpp"

#include <algorithm>
#include <cmath>

namespace kycx::ingest {

namespace {

std::string whole_number(double value) {
  return std::to_string(static_cast<long long>(std::lround(value)));
}

}  // namespace

Result<void> check_page_aspect(double width, double height, const IngestLimits& limits, const std::string& size) {
  const double aspect = std::max(width, height) / std::min(width, height);
  if (aspect <= limits.max_page_aspect) return {};
  return fail(ErrorCode::kUnsupportedFormat, size + ": too thin to be a document page (one side is " +
                                                 whole_number(aspect) + " times the other, over the limit of " +
                                                 whole_number(limits.max_page_aspect) +
                                                 "; raise --max-page-aspect if such pages are expected)");
}

}  // namespace kycx::ingest
