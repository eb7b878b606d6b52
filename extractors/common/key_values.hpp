// The generic labelled-value reader: the fields a document type's schema
// lists with labels (x-kycx.labels, x-kycx.ranges) found wherever a page
// prints them, whatever the layout: right of the label on its row, or under
// it (cards, boxes, header strips), and parsed by the field's kind (dates
// with the document's own day order, money with its decimal mark, names,
// identifiers, frequencies). Labels compete for words: where two labels
// overlap the longer wins ("Total deductions" over "Deductions"), and a
// value stops where another label starts. A label must stand as a phrase of
// its own (not the start of "Account Summary"), and a one-word label takes a
// value below it only when a colon ends it, since table headers ("Date
// Description Amount") look like labels too. Type readers use it for the
// fields their layout-specific code did not find. Pure; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/field.hpp"
#include "extractors/common/document_locale.hpp"
#include "extractors/common/layout_fields.hpp"
#include "schemas/document_schema.hpp"

namespace kycx::extractors {

struct KeyValueOptions {
  double max_text_lead = 0.4;   // page widths from a label to a name or identifier right of it
  double max_value_lead = 0.8;  // page widths from a label to a date or amount right of it (dot leaders)
  double phrase_gap = 1.6;      // word heights: a wider gap ends a name or identifier
  double max_drop = 2.6;        // label heights from a label's bottom to the row of a value below it
  double column_slack = 0.8;    // label heights either side of a label's column for a value below it
  int max_name_words = 6;       // words of a person's or organisation's name
};

// Where a value was found relative to its label.
enum class Placement { kRight, kBelow };

// One field read by label: the value (method ocr_rules, sources the value's
// words) and how it was found.
struct KeyValue {
  Field field;
  Placement placement = Placement::kRight;
  bool colon = false;    // the label ended with ':'
  int label_tokens = 0;  // words of the label matched
  std::string currency;  // ISO code printed with an amount, if any
};

// Every field of `schema` with labels, read from the layout: for each field
// the vote of its readings (layout_values.hpp vote()). Ranges (x-kycx.ranges)
// give their start and end fields from one label's two dates. Dates read
// with an order the document does not settle carry review reason
// `ambiguous_date`. Fields of kinds without a parser here (street, city,
// region, postal code, transactions) are not read.
std::map<std::string, KeyValue> read_key_values(const FormLayout& layout, const schemas::DocumentSchema& schema,
                                                const DocumentLocale& locale, const KeyValueOptions& options = {});

// Whether read_key_values() can read the field `name` of `schema` at all:
// it has labels (its own or a range's) and a kind parsed here. A field it
// cannot read says nothing when it finds no value.
bool key_value_readable(const schemas::DocumentSchema& schema, std::string_view name);

// The pay schedule a text names ("Bi-weekly", "Every other week",
// "Semi-monthly", "Fortnightly", "Hebdomadaire", "Quincenal"), as the
// contract's values (weekly, biweekly, semimonthly, monthly), within OCR's
// slips; trailing words ignored. nullopt when it names none.
std::optional<std::string> printed_frequency(std::string_view text);

}  // namespace kycx::extractors
