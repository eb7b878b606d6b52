#include "extractors/forms/utility_bill_reader.hpp"

#include <algorithm>
#include <cctype>

#include "core/document_types.hpp"
#include "extractors/common/layout_fields.hpp"
#include "extractors/common/layout_values.hpp"
#include "extractors/common/masthead.hpp"
#include "extractors/common/name_reread.hpp"
#include "extractors/common/reread.hpp"
#include "extractors/forms/form_address.hpp"

namespace kycx::extractors::forms {

namespace {

// Label synonyms, as bills print them.
constexpr std::string_view kStatementDate[] = {"Statement Date", "Bill Date",    "Invoice Date",
                                               "Date of bill",   "Billing Date", "Issue Date"};
constexpr std::string_view kDueDate[] = {"Due Date", "Payment Due", "Please pay by",
                                         "Due by",   "Pay by",      "Payment Due Date"};
constexpr std::string_view kAmountDue[] = {"Amount Due",   "Total Amount Due", "Balance Due",
                                           "Total to pay", "Total Due",        "Amount to pay"};
constexpr std::string_view kAccount[] = {"Account Number",   "Account No", "Acct #",
                                         "Customer Account", "Account #",  "Acct No"};

constexpr std::string_view kServiceAddress[] = {"Service address", "Supply address", "Service location",
                                                "Premises address", "Premises"};

constexpr RightOfOptions kShortValue{.max_lead = 0.55, .max_gap = 1.5, .max_words = 4};

// An account number's word: digits, possibly with letters and dashes ("1251-455-347").
bool account_word(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    if (std::isdigit(static_cast<unsigned char>(c)) != 0)
      digit = true;
    else if (std::isalpha(static_cast<unsigned char>(c)) == 0 && c != '-')
      return false;
  }
  return digit;
}

// Empty for an unknown country.
std::string currency_of_country(std::string_view country) {
  if (country == "GB") return "GBP";
  if (country == "CA") return "CAD";
  if (country == "US") return "USD";
  return "";
}

// What a bare "$" means on a bill from `country`; empty when unknown.
std::string dollar_currency(std::string_view country) {
  if (country == "CA") return "CAD";
  return country.empty() ? "" : "USD";
}

// The country of the first row ending in a city line ("..., Winnipeg MB R2C
// 5B8"): the provider's or customer's address when no address block was read.
std::string country_of_any_city_line(const FormLayout& layout) {
  for (const LayoutRow& row : layout.rows()) {
    for (size_t first = 0; first < row.words.size(); ++first) {
      const LayoutSpan tail(row.words.begin() + static_cast<std::ptrdiff_t>(first), row.words.end());
      if (const auto line = parse_city_line(layout.text(tail))) return line->country;
    }
  }
  return "";
}

// An account number: groups of letters, digits and dashes.
std::optional<std::string> account_value(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '-') return std::nullopt;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (std::none_of(out.begin(), out.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    return std::nullopt;
  }
  return out;
}

const RereadOptions kBillMoneyReread{.below_confidence = 0.9, .pad = 0.5, .whitelist = "0123456789.,$£€-"};
const RereadOptions kAccountReread{.below_confidence = 0.9, .pad = 0.5, .whitelist = "0123456789- "};

class UtilityBillParser {
 public:
  UtilityBillParser(const ExtractContext& context, const FormLayout& layout) : context_(context), layout_(layout) {}

  std::optional<Extraction> run() && {
    if (auto name = masthead_name(layout_, {.max_y = 0.2, .title_words = {}})) {
      Field provider = form_field(layout_, name->words, name->text);
      provider.evidence.by_position = true;
      set("provider_name", std::move(provider));
    }
    address();
    account();
    dates();
    amount();
    return std::move(fields_).finish();
  }

 private:
  void set(const std::string& name, std::optional<Field> field) { fields_.set(name, std::move(field)); }

  Field line_field(const BlockLine& line, std::string value) const {
    return form_field(layout_, line.words, std::move(value));
  }

  // The address after a "Service address:" label, printed on one line:
  // "<street>, <city line>" (North America: the city line after the comma
  // where the rest reads as one).
  struct ServiceLine {
    LayoutSpan street;
    LayoutSpan city;
    std::string street_text;
    CityLine city_line;
    std::vector<LayoutSpan> towns;  // UK: the town (and county) between street and postcode
  };

  // "51 Thistle Lane, Oxford, Oxfordshire, OX2 5WQ": UK lines put the town,
  // perhaps a county, then the postcode after the street, each after a comma.
  std::optional<ServiceLine> uk_service_line(const LayoutSpan& value) const {
    std::vector<LayoutSpan> parts(1);
    for (int i : value) {
      parts.back().push_back(i);
      const std::string& t = layout_.words()[static_cast<size_t>(i)].word->text;
      if (!t.empty() && t.back() == ',') parts.emplace_back();
    }
    if (parts.size() < 3 || parts.back().empty()) return std::nullopt;
    auto postcode = parse_city_line(layout_.text(parts.back()));
    if (!postcode || postcode->country != "GB") return std::nullopt;
    auto without_comma = [&](const LayoutSpan& span) {
      std::string text = layout_.text(span);
      if (!text.empty() && text.back() == ',') text.pop_back();
      return text;
    };
    ServiceLine out;
    out.street = parts.front();
    out.street_text = without_comma(parts.front());
    out.city = parts.back();
    out.towns.assign(parts.begin() + 1, parts.end() - 1);
    out.city_line = std::move(*postcode);
    out.city_line.city = without_comma(out.towns.front());
    if (out.towns.size() > 1) out.city_line.region = without_comma(out.towns[1]);
    return out;
  }

  std::optional<ServiceLine> service_line() const {
    for (const LabelHit& hit : layout_.find_label(kServiceAddress)) {
      const LayoutSpan value = layout_.right_of(hit, kRestOfRow);
      if (auto uk = uk_service_line(value)) return uk;
      for (size_t k = 0; k + 1 < value.size(); ++k) {
        std::string street = layout_.words()[static_cast<size_t>(value[k])].word->text;
        if (street.empty() || street.back() != ',') continue;
        const LayoutSpan rest(value.begin() + static_cast<std::ptrdiff_t>(k) + 1, value.end());
        auto line = parse_city_line(layout_.text(rest));
        if (!line || line->country == "GB") continue;
        ServiceLine out;
        out.street.assign(value.begin(), value.begin() + static_cast<std::ptrdiff_t>(k) + 1);
        out.street_text = layout_.text(out.street);
        out.street_text.pop_back();  // the comma
        out.city = rest;
        out.city_line = std::move(*line);
        return out;
      }
    }
    return std::nullopt;
  }

  // The block's reading and the service line's of one part of the address:
  // two agreeing readings, or the one there is. When they differ the
  // service line's is kept (the block may be a mailing address) and a
  // person asked (`conflict`).
  void set_address_part(const std::string& name, std::optional<Field> block, std::optional<Field> line) {
    if (block && line && block->value != line->value) {
      line->evidence.readings = 2;
      line->evidence.readings_agree = false;
      line->review.add("conflict");
      set(name, std::move(line));
      return;
    }
    std::vector<Field> readings;
    if (block) readings.push_back(std::move(*block));
    if (line) readings.push_back(std::move(*line));
    std::optional<Field> read = vote(readings);
    // A block found where an address stands is confirmed by a labelled line.
    if (read && line) read->evidence.by_position = false;
    set(name, std::move(read));
  }

  void address() {
    const auto block = find_address_block(layout_);
    const auto line = service_line();
    if (!block && !line) {
      country_ = country_of_any_city_line(layout_);
      return;
    }
    country_ = block ? block->city_line.country : line->city_line.country;
    std::optional<Field> street, postal_code, city, region;
    if (block) {
      Field holder = line_field(block->name, block->name.text);
      holder.evidence.by_position = true;  // the addressee: the block's first line
      set("account_holder_name", reread_name(context_, std::move(holder)));
      street = line_field(block->street, block->street.text);
      // Each part from its own words: a low-confidence province code does
      // not make the city unsure.
      const CityLineWords parts = city_line_words(layout_, block->last.words, block->city_line);
      postal_code = form_field(layout_, parts.postal_code, block->city_line.postal_code);
      if (country_ == "GB") {
        city = line_field(block->towns[0], block->towns[0].text);
        if (block->towns.size() > 1) region = line_field(block->towns[1], block->towns[1].text);
      } else {
        city = form_field(layout_, parts.city, block->city_line.city);
        region = form_field(layout_, parts.region, block->city_line.region);
      }
      // No label says the block is the service address: only where it stands.
      for (std::optional<Field>* part : {&street, &postal_code, &city, &region}) {
        if (*part) (*part)->evidence.by_position = true;
      }
    }
    std::optional<Field> line_street, line_postal_code, line_city, line_region;
    if (line && !line->towns.empty()) {
      line_street = form_field(layout_, line->street, line->street_text);
      line_postal_code = form_field(layout_, line->city, line->city_line.postal_code);
      line_city = form_field(layout_, line->towns[0], line->city_line.city);
      if (line->towns.size() > 1) line_region = form_field(layout_, line->towns[1], line->city_line.region);
    } else if (line) {
      line_street = form_field(layout_, line->street, line->street_text);
      const CityLineWords parts = city_line_words(layout_, line->city, line->city_line);
      line_postal_code = form_field(layout_, parts.postal_code, line->city_line.postal_code);
      line_city = form_field(layout_, parts.city, line->city_line.city);
      line_region = form_field(layout_, parts.region, line->city_line.region);
    }
    set_address_part("service_address_street", std::move(street), std::move(line_street));
    set_address_part("service_address_postal_code", std::move(postal_code), std::move(line_postal_code));
    set_address_part("service_address_city", std::move(city), std::move(line_city));
    set_address_part("service_address_region", std::move(region), std::move(line_region));
  }

  void account() {
    std::vector<Field> readings;
    for (const LabelHit& hit : layout_.find_label(kAccount)) {
      const LayoutSpan value = layout_.right_of(hit, kShortValue);
      LayoutSpan number;
      std::string text;
      for (int i : value) {
        const std::string& w = layout_.words()[static_cast<size_t>(i)].word->text;
        if (!account_word(w)) break;
        number.push_back(i);
        text += (text.empty() ? "" : " ") + w;
      }
      if (!number.empty()) readings.push_back(form_field(layout_, number, text));
    }
    auto number = vote(readings);
    if (number) number = reread_if_unsure(context_, std::move(*number), account_value, kAccountReread);
    set("account_number", std::move(number));
  }

  std::optional<Field> date_after(std::span<const std::string_view> synonyms) const {
    const DateParseOptions options{.order = country_ == "GB" ? DayOrder::kDayFirst : DayOrder::kMonthFirst,
                                   .year_hint = std::nullopt};
    std::vector<Field> readings;
    for (const LabelHit& hit : layout_.find_label(synonyms)) {
      const std::vector<SpanDate> found = dates_in(layout_, layout_.right_of(hit, kRestOfRow), options);
      if (!found.empty()) readings.push_back(form_field(layout_, found[0].words, format_date(found[0].date)));
    }
    return vote(readings);
  }

  void dates() {
    set("statement_date", date_after(kStatementDate));
    set("due_date", date_after(kDueDate));
  }

  void amount() {
    const MoneyParseOptions options{
        .decimal_mark = DecimalMark::kAuto, .dollar_currency = dollar_currency(country_), .require_decimals = true};
    std::vector<Field> readings;
    std::optional<Field> currency;
    for (const LabelHit& hit : layout_.find_label(kAmountDue)) {
      const std::vector<SpanMoney> amounts = leading_money(layout_, layout_.right_of(hit, kRestOfRow), options);
      if (amounts.empty()) continue;
      readings.push_back(form_field(layout_, amounts[0].words, format_money(amounts[0].money.cents)));
      // A bare amount is in the address's currency; with no address read,
      // nothing says which (no guess).
      const std::string code =
          amounts[0].money.currency.empty() ? currency_of_country(country_) : amounts[0].money.currency;
      if (!code.empty() && (!currency || (!amounts[0].money.currency.empty() && currency->value != code))) {
        currency = form_field(layout_, amounts[0].words, code);
      }
    }
    auto due = vote(readings);
    if (due) due = reread_if_unsure(context_, std::move(*due), single_amount, kBillMoneyReread);
    set("amount_due", std::move(due));
    set("currency", std::move(currency));
  }

  const ExtractContext& context_;
  const FormLayout& layout_;
  FormFields fields_;
  std::string country_;  // of the service address: "US", "CA", "GB"; empty when not found
};

}  // namespace

std::optional<Extraction> read_utility_bill(const ExtractContext& context) {
  const FormLayout layout(context.pages);
  return UtilityBillParser(context, layout).run();
}

std::string_view UtilityBillReader::document_type() const {
  return document_types::kUtilityBill;
}

std::optional<Extraction> UtilityBillReader::read(const Classification& /*classification*/,
                                                  const ExtractContext& context) const {
  return read_utility_bill(context);
}

}  // namespace kycx::extractors::forms
