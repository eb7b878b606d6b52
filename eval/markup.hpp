// Small helpers for writing HTML and SVG by hand. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace kycx::eval {

// Text safe inside an element or a double-quoted attribute (& < > " ').
std::string escape_xml(std::string_view text);

// A coordinate or length for SVG: one decimal, no trailing ".0".
std::string coord(double value);

}  // namespace kycx::eval
