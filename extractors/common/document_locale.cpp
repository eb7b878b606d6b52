#include "extractors/common/document_locale.hpp"

#include <array>
#include <string_view>

#include <re2/re2.h>

#include "core/ascii.hpp"
#include "extractors/common/text_match.hpp"

namespace kycx::extractors {

namespace {

struct Votes {
  int first = 0;   // day first / decimal comma
  int second = 0;  // month first / decimal point
};

// Numeric dates "a/b/yyyy" or "a-b-yy" with one of a and b over 12: the one
// over 12 is the day. Dotted dates are European (day first) by convention.
void count_date_orders(std::string_view line, Votes& votes) {
  static const RE2 kNumeric(R"((?:^|[^0-9])([0-9]{1,2})[/-]([0-9]{1,2})[/-]((?:19|20)?[0-9]{2})(?:[^0-9]|$))");
  static const RE2 kDotted(R"((?:^|[^0-9.])([0-9]{1,2})\.([0-9]{1,2})\.((?:19|20)[0-9]{2})(?:[^0-9]|$))");
  re2::StringPiece input(line.data(), line.size());
  std::string a, b, y;
  while (RE2::FindAndConsume(&input, kNumeric, &a, &b, &y)) {
    const int x = std::stoi(a), z = std::stoi(b);
    if (x > 12 && x <= 31 && z <= 12) ++votes.first;
    if (z > 12 && z <= 31 && x <= 12) ++votes.second;
  }
  re2::StringPiece dotted(line.data(), line.size());
  while (RE2::FindAndConsume(&dotted, kDotted, &a, &b, &y)) ++votes.first;
}

// Amounts with cents: "1.234,56" and "12,50" vote comma, "1,234.56" and
// "12.50" vote point.
void count_decimal_marks(std::string_view line, Votes& votes) {
  static const RE2 kAmount(
      R"((?:^|[^0-9.,])([0-9]{1,3}(?:[., '][0-9]{3})*([.,])[0-9]{2})(?:$|[^0-9.,]|[.,](?:$|[^0-9])))");
  re2::StringPiece input(line.data(), line.size());
  std::string amount, mark;
  while (RE2::FindAndConsume(&input, kAmount, &amount, &mark)) {
    (mark == "," ? votes.first : votes.second) += 1;
  }
}

// Whether a word holding a currency symbol prints an amount with it (cents
// shown, or the symbol alone): OCR reads "E81742" as "£81742".
bool symbol_with_amount(std::string_view text) {
  static const RE2 kAmountOrSymbol(R"(^[^0-9]*$|.*[0-9][.,][0-9]{2}[^0-9]*$)");
  return RE2::FullMatch(text, kAmountOrSymbol);
}

// The currency a word names: a symbol (£, €, C$, US$) printed with an amount
// or alone, or an ISO code.
std::string_view currency_of_word(std::string_view text) {
  const bool symbol_counts = symbol_with_amount(text);
  if (text.find("\xC2\xA3") != std::string_view::npos) return symbol_counts ? "GBP" : "";
  if (text.find("\xE2\x82\xAC") != std::string_view::npos) return symbol_counts ? "EUR" : "";
  const std::string upper = ascii_upper(text);
  if (symbol_counts && (upper.find("C$") != std::string::npos || upper.find("CA$") != std::string::npos)) return "CAD";
  if (symbol_counts && upper.find("US$") != std::string::npos) return "USD";
  const std::string word = fold(text);
  if (word == "usd") return "USD";
  if (word == "gbp") return "GBP";
  if (word == "eur") return "EUR";
  if (word == "cad" || word == "cdn") return "CAD";
  return {};
}

}  // namespace

DocumentLocale infer_locale(const std::vector<ocr::Page>& pages, const LocaleOptions& options) {
  DocumentLocale out;
  Votes orders, marks;
  std::array<int, 4> currencies{};  // USD, GBP, EUR, CAD
  constexpr std::array<std::string_view, 4> kCodes{"USD", "GBP", "EUR", "CAD"};
  bool uk_postcode = false, us_zip = false, canadian = false, dollar = false;
  static const RE2 kUkPostcode(R"(\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b)");
  static const RE2 kUsZip(R"(\b[A-Z]{2},? +[0-9]{5}(-[0-9]{4})?\b)");
  static const RE2 kCaPostal(R"(\b[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]\b)");
  for (const ocr::Page& page : pages) {
    for (size_t l = 0; l < page.text.lines.size(); ++l) {
      const std::string line = page.text.line_text(l);
      count_date_orders(line, orders);
      count_decimal_marks(line, marks);
      uk_postcode = uk_postcode || RE2::PartialMatch(line, kUkPostcode);
      us_zip = us_zip || RE2::PartialMatch(line, kUsZip);
      canadian = canadian || RE2::PartialMatch(line, kCaPostal);
    }
    for (const ocr::Word& w : page.text.words) {
      const std::string_view code = currency_of_word(w.text);
      dollar = dollar || (code.empty() && w.text.find('$') != std::string::npos && symbol_with_amount(w.text));
      for (size_t k = 0; k < kCodes.size(); ++k) currencies[k] += !code.empty() && kCodes[k] == code ? 1 : 0;
    }
  }
  // Currency: the one named most, if any.
  size_t best = 0;
  for (size_t k = 1; k < kCodes.size(); ++k) {
    if (currencies[k] > currencies[best]) best = k;
  }
  if (currencies[best] > 0) {
    out.currency = std::string(kCodes[best]);
    out.evidence.push_back("currency:" + out.currency);
  }
  if (out.currency == "CAD" || (out.currency.empty() && canadian && !us_zip)) out.dollar_currency = "CAD";
  // No code or unambiguous symbol: a bare dollar sign is the country's dollar;
  // without any symbol, the address's country decides.
  if (out.currency.empty() && dollar && (canadian != us_zip)) {
    out.currency = out.dollar_currency;
    out.evidence.push_back("currency:dollar_" + out.currency);
  } else if (out.currency.empty() && !dollar && int(uk_postcode) + int(us_zip) + int(canadian) == 1) {
    out.currency = uk_postcode ? "GBP" : us_zip ? "USD" : "CAD";
    out.evidence.push_back("currency:address_" + out.currency);
  }
  // Day order: dates that can only be read one way, else the country.
  const int total = orders.first + orders.second;
  if (total >= options.min_votes && orders.first >= options.min_share * total) {
    out.day_order = DayOrder::kDayFirst;
    out.evidence.emplace_back("dates:day_first");
  } else if (total >= options.min_votes && orders.second >= options.min_share * total) {
    out.day_order = DayOrder::kMonthFirst;
    out.evidence.emplace_back("dates:month_first");
  } else if (total == 0) {
    if (out.currency == "GBP" || out.currency == "EUR" || (uk_postcode && !us_zip)) {
      out.day_order = DayOrder::kDayFirst;
      out.evidence.emplace_back(uk_postcode ? "address:uk" : "currency:day_first");
    } else if (out.currency == "USD" || (us_zip && !uk_postcode && !canadian)) {
      out.day_order = DayOrder::kMonthFirst;
      out.evidence.emplace_back(us_zip ? "address:us" : "currency:month_first");
    }
  }
  const int mark_total = marks.first + marks.second;
  if (mark_total > 0 && marks.first >= options.min_share * mark_total) {
    out.decimal_mark = DecimalMark::kComma;
    out.evidence.emplace_back("amounts:decimal_comma");
  } else if (mark_total > 0 && marks.second >= options.min_share * mark_total) {
    out.decimal_mark = DecimalMark::kPoint;
    out.evidence.emplace_back("amounts:decimal_point");
  }
  return out;
}

}  // namespace kycx::extractors
