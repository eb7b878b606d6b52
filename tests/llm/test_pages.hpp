// Pages built from lines of text for the LLM tests: one word per space-
// separated token, boxes laid out left to right, top to bottom.
#pragma once

#include <string>
#include <vector>

#include "ocr/page.hpp"

namespace kycx::testing {

ocr::Page page_from_lines(const std::vector<std::string>& lines, int page_number = 1, float confidence = 1.0f);

// A synthetic W-2 (a made-up person): SSN on line 2, wages on line 6.
std::vector<std::string> w2_lines();

}  // namespace kycx::testing
