#include "extractors/forms/pay_stub_reader.hpp"

#include <algorithm>
#include <cctype>

#include "core/document_types.hpp"
#include "extractors/common/document_locale.hpp"
#include "extractors/common/key_values.hpp"
#include "extractors/common/layout_fields.hpp"
#include "extractors/common/layout_values.hpp"
#include "extractors/common/masthead.hpp"
#include "extractors/common/name_reread.hpp"
#include "extractors/common/reread.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors::forms {

namespace {

// Label synonyms, as pay stubs print them.
constexpr std::string_view kEmployee[] = {"Employee", "Employee Name"};
constexpr std::string_view kEmployeeId[] = {"Employee ID",     "Emp #",  "Employee No",
                                            "Employee Number", "Emp ID", "Employee #"};
constexpr std::string_view kPayDate[] = {"Pay Date", "Check Date", "Payment Date", "Pay Day"};
constexpr std::string_view kPeriod[] = {"Pay Period", "Period Covered"};
constexpr std::string_view kPeriodStart[] = {"Period Beginning", "Period Start", "Period Begin", "Period From"};
constexpr std::string_view kPeriodEnd[] = {"Period Ending", "Period End", "Period To"};
constexpr std::string_view kFrequency[] = {"Pay Frequency", "Pay Schedule", "Frequency", "Pay Cycle"};
constexpr std::string_view kGross[] = {"Gross Pay", "Total Gross", "Gross Earnings", "Gross Wages", "Total Earnings"};
constexpr std::string_view kDeductions[] = {"Total Deductions", "Deductions Total", "Total Taxes & Deductions",
                                            "Total Taxes and Deductions"};
constexpr std::string_view kNet[] = {"Net Pay", "Take Home Pay", "Net Amount", "Net Wages"};
constexpr std::string_view kYtdNet[] = {"YTD Net Pay", "YTD Net", "Net Pay YTD"};
constexpr std::string_view kCurrentColumn[] = {"Current", "This Period"};
constexpr std::string_view kYtdColumn[] = {"YTD", "Year to Date"};
constexpr std::string_view kPayee[] = {"Pay to the order of"};
// Words of the statement's title, never the employer's name.
constexpr std::string_view kTitleWords[] = {"earnings", "statement", "pay",        "payroll", "advice", "of",
                                            "stub",     "slip",      "remittance", "check",   "wage"};

constexpr RightOfOptions kNameValue{.max_lead = 0.4, .max_gap = 1.5, .max_words = 8};

// Two words closer than this many word heights are one token OCR split.
constexpr double kSplitGap = 0.6;

bool overlaps(const LabelHit& a, const LabelHit& b) {
  return a.row == b.row && a.first <= b.last && b.first <= a.last;
}

// The word just before the label in its row, folded ("ytd" before "Net Pay").
bool preceded_by(const FormLayout& layout, const LabelHit& hit, std::string_view token) {
  if (hit.first == 0) return false;
  const LayoutRow& row = layout.rows()[static_cast<size_t>(hit.row)];
  const LayoutWord& w = layout.words()[static_cast<size_t>(row.words[static_cast<size_t>(hit.first - 1)])];
  return std::any_of(w.tokens.begin(), w.tokens.end(), [&](const std::string& t) { return t == token; });
}

// Adds the agreeing support readings to a field (or marks disagreement).
std::optional<Field> supported(std::optional<Field> field, const std::vector<Field>& support) {
  if (!field) return field;
  for (const Field& s : support) {
    if (s.value == field->value) {
      ++field->evidence.readings;
      field->source.insert(field->source.end(), s.source.begin(), s.source.end());
    } else {
      field->evidence.readings_agree = false;
    }
  }
  return field;
}

// An employee number as one token of letters, digits and dashes.
std::optional<std::string> id_value(std::string_view text) {
  std::string id;
  for (char c : text) {
    if (c == ' ') continue;
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '-') return std::nullopt;
    id.push_back(c);
  }
  if (id.size() < 3) return std::nullopt;
  return id;
}

const RereadOptions kStubMoneyReread{.below_confidence = 0.9, .pad = 0.5, .whitelist = "0123456789.,$-()"};
const RereadOptions kEmployeeIdReread{
    .below_confidence = 0.9, .pad = 0.5, .whitelist = "0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ"};

class PayStubParser {
 public:
  PayStubParser(const ExtractContext& context, const FormLayout& layout)
      : context_(context), layout_(layout), locale_(infer_locale(context.pages)) {}

  std::optional<Extraction> run() && {
    if (auto name = masthead_name(layout_, {.max_y = 0.2, .title_words = kTitleWords})) {
      Field employer = form_field(layout_, name->words, name->text);
      employer.evidence.by_position = true;
      set("employer_name", std::move(employer));
    }
    employee();
    dates();
    frequency();
    amounts();
    return std::move(fields_).finish();
  }

 private:
  void set(const std::string& name, std::optional<Field> field) { fields_.set(name, std::move(field)); }

  std::vector<LabelHit> labels(std::span<const std::string_view> synonyms) const {
    return layout_.find_label(synonyms);
  }

  void employee() {
    const std::vector<LabelHit> ids = labels(kEmployeeId);
    std::vector<Field> ids_read, names;
    for (const LabelHit& hit : ids) {
      const LayoutSpan value = layout_.right_of(hit, kNameValue);
      if (value.empty()) continue;
      // One token; OCR may split it where no space is printed ("F 127-8037").
      LayoutSpan words{value.front()};
      std::string id = layout_.words()[static_cast<size_t>(value.front())].word->text;
      for (size_t k = 1; k < value.size(); ++k) {
        const LayoutWord& prev = layout_.words()[static_cast<size_t>(value[k - 1])];
        const LayoutWord& next = layout_.words()[static_cast<size_t>(value[k])];
        if (next.box.x0 - prev.box.x1 > kSplitGap * std::max(prev.box.height(), next.box.height())) break;
        words.push_back(value[k]);
        id += next.word->text;
      }
      while (!id.empty() && (id.back() == '.' || id.back() == ',' || id.back() == ':')) id.pop_back();
      if (!id.empty()) ids_read.push_back(form_field(layout_, words, id));
    }
    auto id = vote(ids_read);
    if (id) id = reread_if_unsure(context_, std::move(*id), id_value, kEmployeeIdReread);
    set("employee_id", std::move(id));
    for (const LabelHit& hit : labels(kEmployee)) {
      if (std::any_of(ids.begin(), ids.end(), [&](const LabelHit& id) { return overlaps(hit, id); })) continue;
      if (auto name = name_in(layout_, layout_.right_of(hit, kNameValue))) {
        names.push_back(form_field(layout_, name->words, name->text));
      }
    }
    std::vector<Field> payees;
    for (const LabelHit& hit : labels(kPayee)) {
      if (auto name = name_in(layout_, layout_.right_of(hit, kNameValue))) {
        payees.push_back(form_field(layout_, name->words, name->text));
      }
    }
    // Two different names after "Employee" labels: ambiguous, left for review.
    auto name = names.empty() ? vote(payees) : supported(vote(names), payees);
    if (name) name = reread_name(context_, std::move(*name));
    set("employee_name", std::move(name));
  }

  std::optional<Field> first_date(std::span<const std::string_view> synonyms, size_t index = 0) const {
    std::vector<Field> readings;
    for (const LabelHit& hit : labels(synonyms)) {
      const std::vector<SpanDate> found = dates_in(layout_, layout_.right_of(hit, kRestOfRow));
      if (found.size() > index)
        readings.push_back(form_field(layout_, found[index].words, format_date(found[index].date)));
    }
    return vote(readings);
  }

  void dates() {
    set("pay_date", first_date(kPayDate));
    auto start = first_date(kPeriodStart), end = first_date(kPeriodEnd);
    if (!start) start = first_date(kPeriod, 0);
    if (!end) end = first_date(kPeriod, 1);
    set("pay_period_start", std::move(start));
    set("pay_period_end", std::move(end));
  }

  void frequency() {
    std::vector<Field> readings;
    for (const LabelHit& hit : labels(kFrequency)) {
      const LayoutSpan value = layout_.right_of(hit, kNameValue);
      if (value.empty()) continue;
      if (auto f = printed_frequency(layout_.text(value))) readings.push_back(form_field(layout_, value, *f));
    }
    set("pay_frequency", vote(readings));
  }

  // Which column an amount of a table row stands in: true for year-to-date,
  // judged by the nearest "YTD" and "Current" headers above the row.
  bool in_ytd_column(const LabelHit& row_label, const LayoutSpan& amount) const {
    const BBox box = layout_.box(amount);
    auto nearest_above = [&](std::span<const std::string_view> synonyms) -> std::optional<BBox> {
      std::optional<BBox> best;
      for (const LabelHit& h : labels(synonyms)) {
        const LayoutRow& row = layout_.rows()[static_cast<size_t>(h.row)];
        if (row.page != layout_.rows()[static_cast<size_t>(row_label.row)].page || h.row >= row_label.row) continue;
        if (h.box.x1 < box.x0 - h.box.width() || h.box.x0 > box.x1 + h.box.width()) continue;
        if (!best || h.box.y0 > best->y0) best = h.box;
      }
      return best;
    };
    const auto ytd = nearest_above(kYtdColumn), current = nearest_above(kCurrentColumn);
    if (!ytd) return false;
    if (!current) return true;
    return std::abs(ytd->center_x() - box.center_x()) < std::abs(current->center_x() - box.center_x());
  }

  // The current and year-to-date amounts of the rows labelled `synonyms`.
  std::pair<std::optional<Field>, std::optional<Field>> row_amounts(std::span<const std::string_view> synonyms,
                                                                    bool skip_ytd_labels) {
    std::vector<Field> current, ytd;
    for (const LabelHit& hit : labels(synonyms)) {
      if (skip_ytd_labels && preceded_by(layout_, hit, "ytd")) continue;
      const std::vector<SpanMoney> amounts = leading_money(layout_, layout_.right_of(hit, kRestOfRow), money_options_);
      if (amounts.empty()) continue;
      currency_seen(amounts.front());
      auto field = [&](const SpanMoney& m) { return form_field(layout_, m.words, format_money(m.money.cents)); };
      if (amounts.size() >= 2) {
        current.push_back(field(amounts[0]));
        ytd.push_back(field(amounts[1]));
      } else if (in_ytd_column(hit, amounts[0].words)) {
        ytd.push_back(field(amounts[0]));
      } else {
        current.push_back(field(amounts[0]));
      }
    }
    auto checked = [&](std::optional<Field> f) {
      return f ? std::optional(reread_if_unsure(context_, std::move(*f), single_amount, kStubMoneyReread)) : f;
    };
    return {checked(vote(current)), checked(vote(ytd))};
  }

  // The currency printed with the amounts ("$" read as the document's dollar:
  // CAD on Canadian stubs), else the one the document's address or print
  // names; none when nothing says.
  void currency_seen(const SpanMoney& m) {
    if (currency_ && currency_printed_) return;
    if (!m.money.currency.empty()) {
      currency_ = form_field(layout_, m.words, m.money.currency);
      currency_printed_ = true;
    } else if (!currency_ && !locale_.currency.empty()) {
      currency_ = form_field(layout_, m.words, locale_.currency);
    }
  }

  void amounts() {
    auto [gross, ytd_gross] = row_amounts(kGross, false);
    set("gross_pay", std::move(gross));
    set("ytd_gross", std::move(ytd_gross));
    set("total_deductions", row_amounts(kDeductions, false).first);
    set("net_pay", row_amounts(kNet, true).first);
    auto [ytd_net_row, ytd_net] = row_amounts(kYtdNet, false);
    set("ytd_net", ytd_net ? std::move(ytd_net) : std::move(ytd_net_row));
    set("currency", currency_);
  }

  const ExtractContext& context_;
  const FormLayout& layout_;
  FormFields fields_;
  const DocumentLocale locale_;
  const MoneyParseOptions money_options_ = locale_.money_options();
  std::optional<Field> currency_;
  bool currency_printed_ = false;
};

}  // namespace

std::optional<Extraction> read_pay_stub(const ExtractContext& context) {
  const FormLayout layout(context.pages);
  return PayStubParser(context, layout).run();
}

std::string_view PayStubReader::document_type() const {
  return document_types::kPayStub;
}

std::optional<Extraction> PayStubReader::read(const Classification& /*classification*/,
                                              const ExtractContext& context) const {
  return read_pay_stub(context);
}

}  // namespace kycx::extractors::forms
