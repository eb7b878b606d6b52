#include "extractors/common/key_values.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/ascii.hpp"
#include "core/checksums.hpp"
#include "extractors/common/layout_values.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

// A label found on the page, for one field or one range.
struct Hit {
  LabelHit at;
  int tokens = 0;  // tokens of the words it covers
  const schemas::FieldSpec* field = nullptr;
  const schemas::RangeSpec* range = nullptr;
  bool colon = false;
};

// A gap between a label and the next word narrower than this many word
// heights joins them into one phrase ("Account Summary").
constexpr double kPhraseJoin = 0.8;
// A one-word label with no other word this near on its row (page widths)
// stands alone, unlike a table's column heading.
constexpr double kLoneLabelSpan = 0.15;
// Words of one identifier OCR split apart lie closer than this.
constexpr double kSplitIdGap = 0.6;

struct Frequency {
  std::string_view folded;  // spaces and hyphens removed
  std::string_view value;
};
constexpr Frequency kFrequencies[] = {
    {"weekly", "weekly"},         {"biweekly", "biweekly"},        {"semimonthly", "semimonthly"},
    {"monthly", "monthly"},       {"everyotherweek", "biweekly"},  {"twicemonthly", "semimonthly"},
    {"fortnightly", "biweekly"},  {"everytwoweeks", "biweekly"},   {"twiceamonth", "semimonthly"},
    {"hebdomadaire", "weekly"},   {"auxdeuxsemaines", "biweekly"}, {"bimensuel", "semimonthly"},
    {"mensuel", "monthly"},       {"mensuelle", "monthly"},        {"semanal", "weekly"},
    {"quincenal", "semimonthly"}, {"catorcenal", "biweekly"},      {"mensual", "monthly"}};

const LayoutWord& word_at(const FormLayout& layout, int index) {
  return layout.words()[static_cast<size_t>(index)];
}

int row_word(const FormLayout& layout, int row, int position) {
  return layout.rows()[static_cast<size_t>(row)].words[static_cast<size_t>(position)];
}

KeyValue reading(Field field, std::string currency = {}) {
  KeyValue v;
  v.field = std::move(field);
  v.currency = std::move(currency);
  return v;
}

bool is_colon_word(const std::string& text) {
  return text == ":" || text == "-" || text == "|";
}

bool money_start(std::string_view text) {
  if (text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(text.front());
  return std::isdigit(c) != 0 || c == '$' || c == '(' || c == '-' || c == '+' || c >= 0x80;
}

// Whether the hit stands as a phrase of its own: nothing printed tight
// before it, and after it a colon, a gap, or a value.
bool stands_alone(const FormLayout& layout, Hit& hit) {
  const LayoutRow& row = layout.rows()[static_cast<size_t>(hit.at.row)];
  const double h = row.height;
  if (hit.at.first > 0) {
    const LayoutWord& prev = word_at(layout, row.words[static_cast<size_t>(hit.at.first - 1)]);
    const std::string& t = prev.word->text;
    if (hit.at.box.x0 - prev.box.x1 < kPhraseJoin * h && t.back() != ':' && !is_colon_word(t)) return false;
  }
  const std::string& last = word_at(layout, row.words[static_cast<size_t>(hit.at.last)]).word->text;
  hit.colon = last.back() == ':';
  const size_t next = static_cast<size_t>(hit.at.last) + 1;
  if (next >= row.words.size() || hit.colon) return true;
  const LayoutWord& w = word_at(layout, row.words[next]);
  if (is_colon_word(w.word->text)) {
    hit.colon = w.word->text == ":";
    return true;
  }
  if (w.word->text == "/") return true;  // a bilingual label: "Account / Compte"
  if (w.box.x0 - hit.at.box.x1 >= kPhraseJoin * h) return true;
  return has_ascii_digit(w.word->text) || money_start(w.word->text);
}

bool overlaps(const LabelHit& a, const LabelHit& b) {
  return a.row == b.row && a.first <= b.last && b.first <= a.last;
}

int token_count(const FormLayout& layout, const LabelHit& hit) {
  int n = 0;
  for (int pos = hit.first; pos <= hit.last; ++pos) {
    n += static_cast<int>(word_at(layout, row_word(layout, hit.row, pos)).tokens.size());
  }
  return n;
}

std::vector<Hit> find_hits(const FormLayout& layout, const schemas::DocumentSchema& schema) {
  std::vector<Hit> all;
  auto add = [&](const std::vector<std::string>& labels, const schemas::FieldSpec* field,
                 const schemas::RangeSpec* range) {
    std::vector<std::string_view> views(labels.begin(), labels.end());
    for (const LabelHit& at : layout.find_label(views)) {
      all.push_back({.at = at, .tokens = token_count(layout, at), .field = field, .range = range});
    }
  };
  for (const schemas::FieldSpec& f : schema.fields()) {
    if (!f.labels.empty()) add(f.labels, &f, nullptr);
  }
  for (const schemas::RangeSpec& r : schema.ranges()) add(r.labels, nullptr, &r);
  // Longer labels first; on equal length the wider match (fewer fuzzy
  // joins), then the one printed exactly: "Employee:" is the label
  // "Employee", not "Employeur" read with two slips.
  std::stable_sort(all.begin(), all.end(), [](const Hit& a, const Hit& b) {
    return a.tokens != b.tokens ? a.tokens > b.tokens : a.at.edits < b.at.edits;
  });
  std::vector<Hit> kept;
  for (Hit& h : all) {
    if (std::any_of(kept.begin(), kept.end(), [&](const Hit& k) { return overlaps(k.at, h.at); })) continue;
    kept.push_back(h);
  }
  std::vector<Hit> out;
  for (Hit& h : kept) {
    if (stands_alone(layout, h)) out.push_back(h);
  }
  return out;
}

class Reader {
 public:
  Reader(const FormLayout& layout, const schemas::DocumentSchema& schema, const DocumentLocale& locale,
         const KeyValueOptions& options)
      : layout_(layout), schema_(schema), locale_(locale), options_(options), hits_(find_hits(layout, schema)) {
    label_word_.assign(layout.words().size(), false);
    for (const Hit& h : hits_) {
      for (int pos = h.at.first; pos <= h.at.last; ++pos) {
        label_word_[static_cast<size_t>(row_word(layout, h.at.row, pos))] = true;
      }
    }
  }

  std::map<std::string, KeyValue> run() {
    std::map<std::string, std::vector<KeyValue>> readings;
    for (const Hit& h : hits_) {
      if (h.field != nullptr) {
        if (auto v = read_field(h, *h.field)) readings[h.field->name].push_back(std::move(*v));
      } else {
        read_range(h, readings);
      }
    }
    std::map<std::string, KeyValue> out;
    for (auto& [name, list] : readings) {
      std::vector<Field> fields;
      for (const KeyValue& kv : list) fields.push_back(kv.field);
      std::optional<Field> voted = vote(fields);
      if (!voted) continue;
      for (KeyValue& kv : list) {
        if (kv.field.value != voted->value) continue;
        kv.field = std::move(*voted);
        out.emplace(name, std::move(kv));
        break;
      }
    }
    add_currency(out);
    return out;
  }

 private:
  bool is_value_kind(std::string_view kind) const {
    return kind == "date" || kind == "money" || kind == "money_magnitude";
  }

  // The words right of the label on its row, up to the next label.
  LayoutSpan right_span(const Hit& h, bool value_kind) const {
    const LayoutRow& row = layout_.rows()[static_cast<size_t>(h.at.row)];
    LayoutSpan out;
    double last_x1 = h.at.box.x1;
    size_t start = static_cast<size_t>(h.at.last) + 1;
    // The label's translation after a slash ("Period / Période"): part of the label.
    if (start < row.words.size() && word_at(layout_, row.words[start]).word->text == "/") {
      last_x1 = word_at(layout_, row.words[start]).box.x1;
      for (++start; start < row.words.size(); ++start) {
        const LayoutWord& w = word_at(layout_, row.words[start]);
        if (w.box.x0 - last_x1 >= kPhraseJoin * row.height) break;
        last_x1 = w.box.x1;
      }
    }
    for (size_t pos = start; pos < row.words.size(); ++pos) {
      const int index = row.words[pos];
      const LayoutWord& w = word_at(layout_, index);
      if (label_word_[static_cast<size_t>(index)]) break;
      if (out.empty() && is_colon_word(w.word->text)) continue;
      const double gap = w.box.x0 - last_x1;
      if (out.empty() && gap > (value_kind ? options_.max_value_lead : options_.max_text_lead)) break;
      if (!out.empty() && !value_kind && gap > options_.phrase_gap * row.height) break;
      out.push_back(index);
      last_x1 = w.box.x1;
    }
    return out;
  }

  // The phrase under the label: the nearest row below on its page with words
  // in the label's column, those words and the ones joined to them.
  LayoutSpan below_span(const Hit& h) const {
    const LayoutRow& label_row = layout_.rows()[static_cast<size_t>(h.at.row)];
    const double lh = std::max(h.at.box.height(), 1e-6);
    const double x0 = h.at.box.x0 - options_.column_slack * lh, x1 = h.at.box.x1 + options_.column_slack * lh;
    int best = -1;
    for (size_t r = 0; r < layout_.rows().size(); ++r) {
      const LayoutRow& row = layout_.rows()[r];
      if (row.page != label_row.page || static_cast<int>(r) == h.at.row) continue;
      if (row.box.center_y() <= h.at.box.y1 || row.box.y0 - h.at.box.y1 > options_.max_drop * lh) continue;
      if (layout_.in_column(static_cast<int>(r), x0, x1).empty()) continue;
      if (best < 0 || row.box.y0 < layout_.rows()[static_cast<size_t>(best)].box.y0) best = static_cast<int>(r);
    }
    if (best < 0) return {};
    const LayoutRow& row = layout_.rows()[static_cast<size_t>(best)];
    const LayoutSpan seed = layout_.in_column(best, x0, x1);
    for (int i : seed) {
      if (label_word_[static_cast<size_t>(i)]) return {};  // a row of labels: a table's header
    }
    // Extend the seed to the words joined to it on either side.
    auto pos_of = [&](int index) {
      return static_cast<size_t>(std::find(row.words.begin(), row.words.end(), index) - row.words.begin());
    };
    size_t first = pos_of(seed.front()), last = pos_of(seed.back());
    const double gap = options_.phrase_gap * row.height;
    while (first > 0) {
      const LayoutWord& a = word_at(layout_, row.words[first - 1]);
      if (label_word_[static_cast<size_t>(row.words[first - 1])] ||
          word_at(layout_, row.words[first]).box.x0 - a.box.x1 > gap)
        break;
      --first;
    }
    while (last + 1 < row.words.size()) {
      const LayoutWord& b = word_at(layout_, row.words[last + 1]);
      if (label_word_[static_cast<size_t>(row.words[last + 1])] ||
          b.box.x0 - word_at(layout_, row.words[last]).box.x1 > gap)
        break;
      ++last;
    }
    return LayoutSpan(row.words.begin() + static_cast<std::ptrdiff_t>(first),
                      row.words.begin() + static_cast<std::ptrdiff_t>(last) + 1);
  }

  std::optional<KeyValue> read_field(const Hit& h, const schemas::FieldSpec& spec) const {
    const bool value_kind = is_value_kind(spec.kind);
    if (auto v = parse(spec, right_span(h, value_kind))) return finish(std::move(*v), h, Placement::kRight);
    // One-word labels without a colon look like table headers: nothing below
    // them, unless the label stands alone on its row.
    if (h.tokens < 2 && !h.colon && !alone_on_row(h)) return std::nullopt;
    if (auto v = parse(spec, below_span(h))) return finish(std::move(*v), h, Placement::kBelow);
    return std::nullopt;
  }

  // No other word on the label's row within kLoneLabelSpan page widths.
  bool alone_on_row(const Hit& h) const {
    const LayoutRow& row = layout_.rows()[static_cast<size_t>(h.at.row)];
    for (size_t pos = 0; pos < row.words.size(); ++pos) {
      if (static_cast<int>(pos) >= h.at.first && static_cast<int>(pos) <= h.at.last) continue;
      const BBox& b = word_at(layout_, row.words[pos]).box;
      if (b.x1 > h.at.box.x0 - kLoneLabelSpan && b.x0 < h.at.box.x1 + kLoneLabelSpan) return false;
    }
    return true;
  }

  static KeyValue finish(KeyValue v, const Hit& h, Placement placement) {
    v.placement = placement;
    v.colon = h.colon;
    v.label_tokens = h.tokens;
    return v;
  }

  std::optional<KeyValue> parse(const schemas::FieldSpec& spec, const LayoutSpan& span) const {
    if (span.empty()) return std::nullopt;
    const std::string& kind = spec.kind;
    if (kind == "date") return date_value(span);
    if (kind == "money" || kind == "money_magnitude") return money_value(span, kind == "money_magnitude");
    if (kind == "person_name" || kind == "organisation_name") return name_value(span, kind == "person_name");
    if (kind == "identifier") return identifier_value(span);
    if (kind == "frequency") {
      if (auto f = printed_frequency(layout_.text(span))) return reading(form_field(layout_, span, *f));
      return std::nullopt;
    }
    if (kind == "currency") return currency_value(span);
    if (kind == "iban") return iban_value(span);
    if (kind == "sort_code") return sort_code_value(span);
    if (kind == "aba_routing_number") return routing_value(span);
    return std::nullopt;
  }

  std::optional<KeyValue> date_value(const LayoutSpan& span) const {
    const std::vector<SpanDate> dates = dates_in(layout_, span, locale_.date_options());
    if (dates.empty()) return std::nullopt;
    KeyValue v = reading(form_field(layout_, dates.front().words, format_date(dates.front().date)));
    if (dates.front().ambiguous) v.field.review.add("ambiguous_date");
    return v;
  }

  std::optional<KeyValue> money_value(const LayoutSpan& span, bool magnitude) const {
    const std::vector<SpanMoney> amounts = money_in(layout_, span, locale_.money_options());
    if (amounts.empty()) return std::nullopt;
    const SpanMoney& m = amounts.front();
    const std::int64_t cents = magnitude ? std::llabs(m.money.cents) : m.money.cents;
    return reading(form_field(layout_, m.words, format_money(cents)), m.money.currency);
  }

  std::optional<KeyValue> name_value(const LayoutSpan& span, bool person) const {
    LayoutSpan head(span.begin(), span.begin() + std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(span.size()),
                                                                          options_.max_name_words));
    auto name = name_in(layout_, head);
    if (!name) return std::nullopt;
    int words = 0, letters = 0;
    for (int i : name->words) {
      const std::string& t = word_at(layout_, i).word->text;
      const auto n = std::count_if(t.begin(), t.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) & 0x80) != 0;
      });
      letters += static_cast<int>(n);
      if (n >= 1) ++words;
    }
    if (letters < 3 || (person && words < 2)) return std::nullopt;
    return reading(form_field(layout_, name->words, name->text));
  }

  // An identifier: one token of letters, digits and dashes holding digits;
  // digit groups printed with spaces ("1234 5678") or split by OCR joined.
  std::optional<KeyValue> identifier_value(const LayoutSpan& span) const {
    std::string id;
    LayoutSpan words;
    for (size_t k = 0; k < span.size(); ++k) {
      const LayoutWord& w = word_at(layout_, span[k]);
      std::string t(trim_punctuation(w.word->text));
      const bool id_like = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '*' || c == 'x' || c == 'X';
      });
      if (!id_like) break;
      if (k > 0) {
        const LayoutWord& prev = word_at(layout_, span[k - 1]);
        const bool groups = all_ascii_digits(t) && !id.empty() && std::isdigit(static_cast<unsigned char>(id.back()));
        const double h = std::max(prev.box.height(), w.box.height());
        if (!(w.box.x0 - prev.box.x1 < kSplitIdGap * h || (groups && w.box.x0 - prev.box.x1 < 1.2 * h))) break;
      }
      id += t;
      words.push_back(span[k]);
    }
    const auto digits =
        std::count_if(id.begin(), id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (id.size() < 4 || digits < 2) return std::nullopt;
    return reading(form_field(layout_, words, id));
  }

  std::optional<KeyValue> currency_value(const LayoutSpan& span) const {
    for (int i : span) {
      const std::string t(trim_punctuation(word_at(layout_, i).word->text));
      if (t.size() != 3 ||
          !std::all_of(t.begin(), t.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
        continue;
      const std::string code = currency_from_printed(t, locale_.dollar_currency);
      if (!code.empty()) return reading(form_field(layout_, LayoutSpan{i}, code));
    }
    return std::nullopt;
  }

  std::optional<KeyValue> iban_value(const LayoutSpan& span) const {
    std::string compact;
    LayoutSpan words;
    std::optional<KeyValue> best;
    for (int i : span) {
      for (char c : word_at(layout_, i).word->text) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0)
          compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
      }
      words.push_back(i);
      if (compact.size() >= 15 && compact.size() <= 34 && iban_mod97_valid(compact)) {
        best = reading(form_field(layout_, words, compact));
      }
      if (compact.size() > 34) break;
    }
    if (best) best->field.evidence.self_checked = true;
    return best;
  }

  std::optional<KeyValue> sort_code_value(const LayoutSpan& span) const {
    for (int i : span) {
      std::string digits;
      for (char c : word_at(layout_, i).word->text) {
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) digits.push_back(c);
      }
      if (digits.size() == 6) {
        const std::string code = digits.substr(0, 2) + "-" + digits.substr(2, 2) + "-" + digits.substr(4, 2);
        return reading(form_field(layout_, LayoutSpan{i}, code));
      }
    }
    return std::nullopt;
  }

  std::optional<KeyValue> routing_value(const LayoutSpan& span) const {
    for (int i : span) {
      const std::string t(trim_punctuation(word_at(layout_, i).word->text));
      if (t.size() == 9 && all_ascii_digits(t) && aba_routing_valid(t)) {
        KeyValue v = reading(form_field(layout_, LayoutSpan{i}, t));
        v.field.evidence.self_checked = true;
        return v;
      }
    }
    return std::nullopt;
  }

  // A range label's two dates ("1 Jul - 31 Jul 2026": the first takes the
  // second's year), right of it or under it.
  void read_range(const Hit& h, std::map<std::string, std::vector<KeyValue>>& readings) const {
    const LayoutSpan right = right_span(h, true);
    const LayoutSpan below = (h.tokens >= 2 || h.colon) ? below_span(h) : LayoutSpan{};
    for (const auto& [span, placement] : {std::pair{right, Placement::kRight}, std::pair{below, Placement::kBelow}}) {
      if (span.empty()) continue;
      std::vector<SpanDate> dates = dates_in(layout_, span, locale_.date_options());
      if (dates.empty()) continue;
      DateParseOptions hinted = locale_.date_options();
      hinted.year_hint = dates.back().date;
      dates = dates_in(layout_, span, hinted, true);
      if (dates.size() < 2 || dates[1].date < dates[0].date) continue;
      for (size_t k = 0; k < 2; ++k) {
        KeyValue v = reading(form_field(layout_, dates[k].words, format_date(dates[k].date)));
        if (dates[k].ambiguous) v.field.review.add("ambiguous_date");
        readings[k == 0 ? h.range->start : h.range->end].push_back(finish(std::move(v), h, placement));
      }
      return;
    }
  }

  // The currency, when no label names it: the code or symbol printed with
  // the labelled amounts.
  void add_currency(std::map<std::string, KeyValue>& out) const {
    const schemas::FieldSpec* spec = schema_.field("currency");
    if (spec == nullptr || out.contains("currency")) return;
    for (const auto& [name, kv] : out) {
      if (kv.currency.empty()) continue;
      KeyValue v = kv;
      v.field.value = kv.currency;
      out.emplace("currency", std::move(v));
      return;
    }
  }

  const FormLayout& layout_;
  const schemas::DocumentSchema& schema_;
  const DocumentLocale& locale_;
  const KeyValueOptions& options_;
  std::vector<Hit> hits_;
  std::vector<bool> label_word_;
};

}  // namespace

std::map<std::string, KeyValue> read_key_values(const FormLayout& layout, const schemas::DocumentSchema& schema,
                                                const DocumentLocale& locale, const KeyValueOptions& options) {
  return Reader(layout, schema, locale, options).run();
}

bool key_value_readable(const schemas::DocumentSchema& schema, std::string_view name) {
  for (const schemas::RangeSpec& r : schema.ranges()) {
    if ((r.start == name || r.end == name) && !r.labels.empty()) return true;
  }
  static constexpr std::string_view kParsed[] = {
      "date",     "money", "money_magnitude", "person_name",       "organisation_name", "identifier", "frequency",
      "currency", "iban",  "sort_code",       "aba_routing_number"};
  for (const schemas::FieldSpec& f : schema.fields()) {
    if (f.name != name || f.labels.empty()) continue;
    return std::find(std::begin(kParsed), std::end(kParsed), f.kind) != std::end(kParsed);
  }
  return false;
}

std::optional<std::string> printed_frequency(std::string_view text) {
  std::string joined;
  for (char c : fold(text)) {
    if (c != ' ') joined.push_back(c);
  }
  const Frequency* best = nullptr;
  int best_distance = 3;
  for (const Frequency& f : kFrequencies) {
    for (size_t extra = 0; extra <= 1; ++extra) {
      const std::string_view head = std::string_view(joined).substr(0, f.folded.size() + extra);
      const int d = edit_distance(head, f.folded, 2);
      if (fuzzy_word_equal(head, f.folded) && d < best_distance) best = &f, best_distance = d;
    }
  }
  if (best == nullptr) return std::nullopt;
  return std::string(best->value);
}

}  // namespace kycx::extractors
