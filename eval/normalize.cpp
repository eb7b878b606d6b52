#include "eval/normalize.hpp"

#include <cmath>

#include "core/value_format.hpp"

namespace kycx::eval {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// Numbers and booleans where a string was expected, as their JSON text.
std::string as_text(const Json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

constexpr int kMaxMoneyDigits = 15;      // keeps cents inside int64 with room to spare
constexpr double kMaxMoneyUnits = 1e15;  // the same bound for JSON numbers

}  // namespace

std::string normalize_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : trim(text)) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

std::optional<std::int64_t> parse_money_cents(std::string_view text) {
  text = trim(text);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  std::int64_t units = 0;
  int digits = 0;
  size_t i = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) units = units * 10 + (text[i] - '0');
  std::int64_t cents = 0;
  int decimals = 0;
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++decimals) {
      if (decimals < 2) {
        cents = cents * 10 + (text[i] - '0');
      } else if (text[i] != '0') {
        return std::nullopt;  // a fraction of a cent is not money
      }
    }
  }
  if (i != text.size() || digits + decimals == 0 || digits > kMaxMoneyDigits) return std::nullopt;
  if (decimals == 1) cents *= 10;
  const std::int64_t total = units * 100 + cents;
  return negative ? -total : total;
}

Json normalize_scalar(const Json& value, ValueKind kind) {
  if (value.is_null()) return nullptr;
  if (kind == ValueKind::kMoney) {
    if (value.is_number() && std::fabs(value.get<double>()) < kMaxMoneyUnits) {
      return format_money(std::llround(value.get<double>() * 100));
    }
    if (auto cents = parse_money_cents(as_text(value))) return format_money(*cents);
  }
  if (kind == ValueKind::kDate) {
    if (auto date = parse_canonical_date(trim(as_text(value)))) return format_date(*date);
  }
  return normalize_text(as_text(value));
}

Json normalize_value(const Json& value, const FieldRule& rule) {
  if (value.is_null()) return nullptr;
  const bool list = rule.kind == ValueKind::kList || rule.kind == ValueKind::kRows;
  if (!list) return normalize_scalar(value, rule.kind);
  if (!value.is_array()) return normalize_scalar(value, ValueKind::kText);
  Json out = Json::array();
  for (const Json& item : value) {
    if (rule.kind == ValueKind::kList || !item.is_object()) {
      out.push_back(normalize_scalar(item, rule.kind == ValueKind::kList ? rule.item_kind : ValueKind::kText));
      continue;
    }
    Json row = Json::object();
    for (const auto& [key, kind] : rule.row_keys) {
      row[key] = item.contains(key) ? normalize_scalar(item[key], kind) : Json(nullptr);
    }
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace kycx::eval
