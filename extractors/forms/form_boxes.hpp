// The box grid of US tax forms (W-2, the 1099s): numbered boxes, each a
// label in small print at its top-left and its value under it, between the
// label's left edge and the next box's label. Shared by the W-2 reader and the
// 1099 reader. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "extractors/common/extract_context.hpp"
#include "extractors/common/layout_fields.hpp"
#include "extractors/common/layout_values.hpp"

namespace kycx::extractors::forms {

// A money box: the field it holds, its number ("1", "2a") and its label
// ("Wages, tips, other compensation"). The label's small print often reads
// poorly; the number followed by one of its words is enough.
struct BoxLabel {
  std::string field;
  std::string number;
  std::string label;
};

// The column of a box under `label`: from the label's left edge to the next
// phrase right of it (the next box's label), or to the page's right edge.
BelowOptions box_column(const FormLayout& layout, const LabelHit& label, int rows = 1);

// Where the box's label is printed: by its words, or by its number and one of its words.
std::vector<LabelHit> box_labels(const FormLayout& layout, const BoxLabel& box);

// The amount in the box, voted over every copy of the form on the page;
// unsure or unreadable amounts are read again from the pixels. With
// `whole_dollars`, "$ 5000" in the box is 5000.00 (1099s print whole dollars).
std::optional<Field> read_money_box(const ExtractContext& context, const FormLayout& layout, const BoxLabel& box,
                                    bool whole_dollars = false);

// The words of `span` with the spaces OCR puts around dashes closed up
// ("48 - 3244670"), then every run matching `pattern`, left to right.
std::vector<SpanText> patterns_in(const FormLayout& layout, const LayoutSpan& span, const RE2& pattern);
std::optional<SpanText> pattern_in(const FormLayout& layout, const LayoutSpan& span, const RE2& pattern);

// An identifier matching `pattern` in the box under each of `labels` (one
// per copy of the form), voted; with `anywhere`, runs of the pattern
// anywhere on the page vote too (for patterns found nowhere else on the form).
std::optional<Field> read_identifier_box(const ExtractContext& context, const FormLayout& layout,
                                         std::span<const std::string_view> labels, const RE2& pattern, bool anywhere);

// The first line of the box under one of `labels` (after the label's own
// run-on line of small print, if any), digits and all ("NORTH
// 312", "3M Company"): a name box's name; the lines under it are its address.
std::optional<Field> read_first_line_box(const FormLayout& layout, std::span<const std::string_view> labels);

// The tax year printed large in the form's title ("2024", or "2 0 2 4" when
// OCR reads its wide letter spacing as four words): the tallest, one per copy.
std::optional<Field> read_title_year(const FormLayout& layout);

}  // namespace kycx::extractors::forms
