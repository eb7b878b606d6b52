// Typed values read from spans of layout words (dates, money, codes, names)
// through printed_dates.hpp and printed_money.hpp, each with the words it came from, and the
// Fields built from them; several readings of one field combined by vote.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/field.hpp"
#include "extractors/common/extraction.hpp"
#include "extractors/common/layout_fields.hpp"
#include "extractors/common/printed_dates.hpp"
#include "extractors/common/printed_money.hpp"

namespace kycx::extractors {

struct SpanDate {
  Date date;
  LayoutSpan words;        // the words the date is printed in
  bool has_year = true;    // false: the year came from the options' year_hint
  bool ambiguous = false;  // day and month could be either way round (DateMatch::ambiguous)
};

struct SpanMoney {
  PrintedMoney money;
  LayoutSpan words;
};

// Every full date printed in the span (dates without a year are skipped
// unless `with_yearless`), left to right.
std::vector<SpanDate> dates_in(const FormLayout& layout, const LayoutSpan& span, const DateParseOptions& options = {},
                               bool with_yearless = false);

// The amounts printed at the start of the span, left to right, up to the
// first word that is not part of an amount ("3,489.38 55,125.81 Social ..."
// gives two). Amounts must show cents; one OCR split at its separator
// ("100, 384.72") is read whole.
std::vector<SpanMoney> leading_money(const FormLayout& layout, const LayoutSpan& span,
                                     const MoneyParseOptions& options = {});

// Every amount printed anywhere in the span (cents shown), left to right,
// words between them skipped ("Net pay ... $1,234.00").
std::vector<SpanMoney> money_in(const FormLayout& layout, const LayoutSpan& span,
                                const MoneyParseOptions& options = {});

struct SpanText {
  std::string text;
  LayoutSpan words;
};

// The span's text as a person's or organisation's name: words up to the
// first one holding a digit or a label's colon, stray punctuation at either
// end removed. nullopt when no letter remains.
std::optional<SpanText> name_in(const FormLayout& layout, const LayoutSpan& span);

// The span's text as an organisation's name printed on a line of its own:
// every word, digits included ("NORTH 312"), up to a label's colon, stray
// punctuation at either end removed. nullopt when no letter remains.
std::optional<SpanText> organisation_in(const FormLayout& layout, const LayoutSpan& span);

// The one amount `text` prints (cents shown), canonical ("1234.50"); nullopt
// for none or several. For second readings of a single value.
std::optional<std::string> single_amount(std::string_view text);

// A field read from the span's words with method ocr_rules.
// REQUIRES: span is not empty.
Field form_field(const FormLayout& layout, const LayoutSpan& span, Json value);

// The fields a form reader collects: absent values are simply not set.
class FormFields {
 public:
  // Keeps `field` under `name` when it holds a value.
  void set(const std::string& name, std::optional<Field> field);
  // The extraction (reader "ocr_rules"), or nullopt when nothing was read.
  std::optional<Extraction> finish() &&;

 private:
  FieldSet fields_;
};

// One field from several readings of it (copies of a form, a value printed
// twice): the value most readings agree on, its sources those readings'.
// Evidence: readings agreeing, and whether all agreed. nullopt when there
// is no reading, or when the two most common values are equally common and
// their OCR confidences close; review reason `conflict` when the value
// chosen has no majority of the readings (2 of 4, 1 of 2).
std::optional<Field> vote(const std::vector<Field>& readings);

}  // namespace kycx::extractors
