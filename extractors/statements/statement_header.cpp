#include "extractors/statements/statement_header.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/ascii.hpp"
#include "core/checksums.hpp"
#include "extractors/common/confusions.hpp"
#include "extractors/common/printed_money.hpp"
#include "extractors/common/text_match.hpp"
#include "extractors/statements/statement_labels.hpp"

namespace kycx::extractors::statements {

namespace {

namespace labels = statement_labels;

bool has_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}
// The value printed right of a label: the words after it up to a column gap.
struct ValueSpan {
  const PageRows* page = nullptr;
  const TextRow* row = nullptr;
  size_t first = 0;
  size_t last = 0;
};

// Each place a label of `names` is followed by words at most `gap_em` em to
// its right, pages in order. Values whose format checks them (an IBAN's
// mod-97, a sort code's three pairs) may sit further off, in a column of
// values aligned after labels of different lengths.
constexpr double kValueGapEm = 4;
constexpr double kCheckedValueGapEm = 14;
std::vector<ValueSpan> values_after(std::span<const PageRows> pages, std::span<const std::string_view> names,
                                    double gap_em = kValueGapEm) {
  std::vector<ValueSpan> out;
  for (const PageRows& page : pages) {
    for (const StatementLabelHit& hit : find_label(page, names)) {
      if (auto run = run_right_of(page, hit.row, hit.span.first, hit.span.last, gap_em * page.em))
        out.push_back({&page, &page.rows[run->row], run->first, run->last});
    }
  }
  return out;
}

// The first word of a value whose OCR-tolerant digits are all digits, of
// `min`..`max` of them (punctuation around it ignored).
std::optional<std::pair<std::string, size_t>> number_in(const ValueSpan& v, size_t min, size_t max) {
  for (size_t k = v.first; k < v.last; ++k) {
    const std::string key = number_key(strip_stray_marks(v.row->words[k].word->text));
    if (all_ascii_digits(key) && key.size() >= min && key.size() <= max && has_ascii_digit(v.row->words[k].word->text))
      return std::pair{key, k};
  }
  return std::nullopt;
}

std::optional<Field> read_number_field(std::span<const PageRows> pages, std::span<const std::string_view> names,
                                       size_t min, size_t max) {
  // Next to the label first; then in a value column further off ("Acct #:"
  // and its number 7 em apart), where only a number of the right length counts.
  for (const double gap : {kValueGapEm, kCheckedValueGapEm}) {
    for (const ValueSpan& v : values_after(pages, names, gap)) {
      if (auto n = number_in(v, min, max)) return row_field(n->first, *v.page, *v.row, n->second, n->second + 1);
    }
  }
  return std::nullopt;
}

std::optional<Field> read_sort_code(std::span<const PageRows> pages) {
  for (const ValueSpan& v : values_after(pages, labels::kSortCode, kCheckedValueGapEm)) {
    // "11-81-52", or OCR's "11 - 81-52": six digits over at most three words.
    std::string digits;
    for (size_t k = v.first; k < v.last && k < v.first + 3 && digits.size() < 6; ++k) {
      const std::string key = number_key(strip_stray_marks(v.row->words[k].word->text));
      if (!all_ascii_digits(key)) break;
      digits += key;
      if (digits.size() == 6) {
        const std::string code = digits.substr(0, 2) + "-" + digits.substr(2, 2) + "-" + digits.substr(4, 2);
        return row_field(code, *v.page, *v.row, v.first, k + 1);
      }
    }
  }
  return std::nullopt;
}

// IBAN length by country, and where its BBAN holds letters (a bank code).
struct IbanFormat {
  std::string_view country;
  size_t length;
  size_t letters_from, letters_to;  // BBAN letter positions in the IBAN, [from, to)
};
// clang-format off
constexpr std::array<IbanFormat, 14> kIbanFormats = {{
    {"GB", 22, 4, 8}, {"IE", 22, 4, 8}, {"NL", 18, 4, 8}, {"DE", 22, 0, 0}, {"FR", 27, 0, 0}, {"AT", 20, 0, 0},
    {"BE", 16, 0, 0}, {"ES", 24, 0, 0}, {"IT", 27, 4, 5}, {"LU", 20, 0, 0}, {"PT", 25, 0, 0}, {"CH", 21, 0, 0},
    {"FI", 18, 0, 0}, {"DK", 18, 0, 0}}};
// clang-format on

char as_letter(char c) {
  const char letter = letter_lookalike(c, ConfusionUse::kIban);
  return letter != 0 ? letter : c;
}

// One character changed to its OCR twin, where that alone passes mod-97.
std::optional<std::string> repaired_iban(const std::string& iban) {
  std::optional<std::string> found;
  for (size_t i = 4; i < iban.size(); ++i) {
    for (const Confusion& twin : confusions()) {
      if (!twin.letter_to_digit_in(ConfusionUse::kIban)) continue;
      const char digit = twin.digit, letter = twin.letter;
      const char other = iban[i] == digit ? letter : iban[i] == letter ? digit : 0;
      if (other == 0) continue;
      std::string candidate = iban;
      candidate[i] = other;
      if (!iban_mod97_valid(candidate)) continue;
      if (found && *found != candidate) return std::nullopt;  // two repairs: refuse to guess
      found = std::move(candidate);
    }
  }
  return found;
}

}  // namespace

std::optional<std::pair<std::string, size_t>> read_iban(const TextRow& row, size_t first) {
  std::string compact;
  size_t end = first;
  const IbanFormat* format = nullptr;
  for (; end < row.words.size(); ++end) {
    std::string piece;
    for (char c : strip_stray_marks(row.words[end].word->text)) {
      if (std::isalnum(static_cast<unsigned char>(c)) == 0) return std::nullopt;
      piece.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    if (end > first && row.words[end].x0 - row.words[end - 1].x1 > 2 * row.height) break;
    compact += piece;
    if (compact.size() >= 2 && !format) {
      const std::string country{as_letter(compact[0]), as_letter(compact[1])};
      for (const IbanFormat& f : kIbanFormats) {
        if (f.country == country) format = &f;
      }
    }
    if ((format && compact.size() >= format->length) || compact.size() >= 34) {
      ++end;
      break;
    }
  }
  if (compact.size() < 15 || (format && compact.size() != format->length)) return std::nullopt;
  // Letters where letters belong, digits where digits belong.
  for (size_t i = 0; i < compact.size(); ++i) {
    const bool letter = i < 2 || (format && i >= format->letters_from && i < format->letters_to);
    const bool digit = (i >= 2 && i < 4) || (format && !letter);
    if (letter) compact[i] = as_letter(compact[i]);
    if (digit) compact[i] = number_key(std::string(1, compact[i]))[0];
  }
  if (!iban_mod97_valid(compact)) {
    if (auto fixed = repaired_iban(compact)) compact = std::move(*fixed);
  }
  return std::pair{compact, end};
}

namespace {

std::optional<Field> read_iban_field(std::span<const PageRows> pages) {
  for (const ValueSpan& v : values_after(pages, labels::kIban, kCheckedValueGapEm)) {
    if (auto iban = read_iban(*v.row, v.first)) return row_field(iban->first, *v.page, *v.row, v.first, iban->second);
  }
  return std::nullopt;
}

// The statement period: the first two dates after its label, at most
// `gap_em` em to its right. True when found.
bool read_period_within(std::span<const PageRows> pages, double gap_em, StatementHeader& out) {
  for (const ValueSpan& v : values_after(pages, labels::kPeriod, gap_em)) {
    std::string text;
    std::vector<size_t> starts;  // offset of each word in `text`
    for (size_t k = v.first; k < v.last; ++k) {
      if (!text.empty()) text.push_back(' ');
      starts.push_back(text.size());
      text += v.row->words[k].word->text;
    }
    auto dates = find_printed_dates(text, {.order = out.order});
    if (dates.size() >= 2 && dates[0].date > dates[1].date) {
      const DayOrder other = out.order == DayOrder::kDayFirst ? DayOrder::kMonthFirst : DayOrder::kDayFirst;
      if (auto again = find_printed_dates(text, {.order = other});
          again.size() >= 2 && again[0].date <= again[1].date) {
        dates = std::move(again);
        out.order = other;
      }
    }
    if (dates.size() < 2) continue;
    auto field_of = [&](const DateMatch& d) {
      size_t first = v.first, last = v.first;
      for (size_t k = 0; k < starts.size(); ++k) {
        const size_t end = starts[k] + v.row->words[v.first + k].word->text.size();
        if (end <= d.begin) first = v.first + k + 1;
        if (starts[k] < d.end) last = v.first + k + 1;
      }
      return row_field(format_date(d.date), *v.page, *v.row, first, std::max(last, first + 1));
    };
    out.period_start = dates[0].date, out.period_end = dates[1].date;
    out.fields.set("statement_period_start", field_of(dates[0]));
    out.fields.set("statement_period_end", field_of(dates[1]));
    return true;
  }
  return false;
}

void read_period(std::span<const PageRows> pages, StatementHeader& out) {
  // Next to the label first; then two dates in a value column further off.
  for (const double gap : {kValueGapEm, kCheckedValueGapEm}) {
    if (read_period_within(pages, gap, out)) return;
  }
}

std::optional<Field> read_printed_currency(std::span<const PageRows> pages) {
  for (const ValueSpan& v : values_after(pages, labels::kCurrency)) {
    for (size_t k = v.first; k < v.last; ++k) {
      const std::string code = currency_from_printed(strip_stray_marks(v.row->words[k].word->text));
      if (!code.empty()) return row_field(code, *v.page, *v.row, k, k + 1);
    }
  }
  return std::nullopt;
}

// A run of words that reads as a name: letters, no digits.
bool is_name_like(const TextRow& row, size_t first, size_t last) {
  if (last <= first) return false;
  for (size_t k = first; k < last; ++k) {
    const std::string& t = row.words[k].word->text;
    if (has_ascii_digit(t) || !has_letter(t)) return false;
  }
  return true;
}

// The bank's name: the largest writing in the top left of the first page.
// The holder: the first name-like line in the left column well below it.
void read_names(const PageRows& page, StatementHeader& out) {
  const TextRow* bank_row = nullptr;
  std::pair<size_t, size_t> bank_cell;
  double tallest = 0;
  for (const TextRow& row : page.rows) {
    if (row.y > 0.11 * page.height) break;
    // Mastheads space their words widely ("Summit Peak Bank,  N.A."): a
    // cell ends at a gap of 1.6 of its row's height, not of body text.
    for (const auto& cell : cells_of_row(row, std::max(2.5 * page.em, 1.6 * row.height))) {
      if (row.words[cell.first].x0 > 0.55 * page.width) break;
      // A logo read as letters: a short or unsure cell.
      size_t first = cell.first, letters = 0;
      while (first < cell.second && !has_letter(row.words[first].word->text)) ++first;
      for (size_t k = first; k < cell.second; ++k) {
        for (char c : row.words[k].word->text) letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
      }
      if (letters < 4 || row.confidence(first, cell.second) < 0.5) continue;
      std::vector<double> hs;
      for (size_t k = first; k < cell.second; ++k) hs.push_back(row.words[k].height);
      std::nth_element(hs.begin(), hs.begin() + static_cast<std::ptrdiff_t>(hs.size() / 2), hs.end());
      const double h = hs[hs.size() / 2];
      if (h > tallest) tallest = h, bank_row = &row, bank_cell = {first, cell.second};
      break;  // the leftmost name-like cell of the row only
    }
  }
  if (!bank_row) return;
  // Both names are found by where they stand; no label names them.
  Field bank =
      row_field(bank_row->text(bank_cell.first, bank_cell.second), page, *bank_row, bank_cell.first, bank_cell.second);
  bank.evidence.by_position = true;
  out.fields.set("bank_name", std::move(bank));
  for (const TextRow& row : page.rows) {
    if (row.y < bank_row->y + 3.5 * page.em) continue;
    if (row.y > 0.35 * page.height) break;
    const auto cells = cells_of_row(row, 2.5 * page.em);
    const auto& cell = cells.front();
    if (row.words[cell.first].x0 > 0.45 * page.width) continue;
    if (!is_name_like(row, cell.first, cell.second)) break;
    Field holder = row_field(row.text(cell.first, cell.second), page, row, cell.first, cell.second);
    holder.evidence.by_position = true;
    out.fields.set("account_holder_name", std::move(holder));
    return;
  }
}

}  // namespace

StatementHeader read_statement_header(std::span<const PageRows> pages, bool dollar_region) {
  StatementHeader out;
  if (pages.empty()) return out;
  read_names(pages.front(), out);
  if (auto f = read_number_field(pages, labels::kAccountNumber, 4, 20)) out.fields.set("account_number", *f);
  auto routing = read_number_field(pages, labels::kRoutingNumber, 9, 9);
  if (routing) out.fields.set("routing_number", *routing);
  if (auto f = read_sort_code(pages)) out.fields.set("sort_code", *f);
  if (auto f = read_iban_field(pages)) out.fields.set("iban", *f);
  if (auto f = read_printed_currency(pages)) out.fields.set("currency", *f);
  out.order = dollar_region || routing ? DayOrder::kMonthFirst : DayOrder::kDayFirst;
  read_period(pages, out);
  return out;
}

}  // namespace kycx::extractors::statements
