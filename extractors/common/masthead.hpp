// The organisation name a form prints largest at the top of its first page
// (an employer's or a utility's masthead). Pure; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "extractors/common/layout_fields.hpp"
#include "extractors/common/layout_values.hpp"

namespace kycx::extractors {

struct MastheadOptions {
  double max_y = 0.2;                             // page widths from the top of the first page to the name's top
  std::span<const std::string_view> title_words;  // a phrase made only of these is a title, not a name
};

// The phrase of the tallest words near the top: at least three letters, no
// digits (addresses) and no label colon; leading and trailing words that do
// not start with a capital (logo marks read as letters) dropped.
std::optional<SpanText> masthead_name(const FormLayout& layout, const MastheadOptions& options = {});

}  // namespace kycx::extractors
