#include "eval/text_table.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace kycx::eval {

namespace {

// Display width of UTF-8 text: code points, not bytes.
size_t width(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

std::string TextTable::render(int indent) const {
  std::vector<size_t> widths;
  for (const auto& row : rows_) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], width(row[i]));
  }
  std::string out;
  for (const auto& row : rows_) {
    std::string line(static_cast<size_t>(indent), ' ');
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string pad(widths[i] - width(row[i]), ' ');
      if (i > 0) line += "  ";
      line += i < text_columns_ ? row[i] + pad : pad + row[i];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string percent(std::int64_t num, std::int64_t den) {
  if (den <= 0) return "-";
  return fixed(100.0 * static_cast<double>(num) / static_cast<double>(den), 1) + "%";
}

std::string fraction(std::int64_t num, std::int64_t den) {
  return std::to_string(num) + "/" + std::to_string(den);
}

std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

}  // namespace kycx::eval
