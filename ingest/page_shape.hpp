// The shape a page must have to be read as a document page. Pure and
// thread-safe.
#pragma once

#include <string>

#include "core/error.hpp"
#include "ingest/ingest_limits.hpp"

namespace kycx::ingest {

// Refuses (kUnsupportedFormat) a page whose longest side is over
// `limits.max_page_aspect` times its shortest: a strip of pixels, which the
// image analysis cannot shrink and no document is. `size` says what the page
// measures, for the message ("the image is 1 x 100000 pixels").
// REQUIRES: width > 0 and height > 0.
Result<void> check_page_aspect(double width, double height, const IngestLimits& limits, const std::string& size);

}  // namespace kycx::ingest
