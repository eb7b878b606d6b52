// Aligned plain-text tables for the terminal: the leading text columns
// left-aligned, the numbers after them right-aligned. Not synchronised.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kycx::eval {

class TextTable {
 public:
  // The first `text_columns` columns are left-aligned.
  explicit TextTable(std::vector<std::string> header, size_t text_columns = 1) : text_columns_(text_columns) {
    rows_.push_back(std::move(header));
  }
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // Every line indented by `indent` spaces, columns two spaces apart.
  std::string render(int indent = 2) const;

 private:
  std::vector<std::vector<std::string>> rows_;
  size_t text_columns_;
};

// "85.7%", or "-" when nothing was measured (den == 0).
std::string percent(std::int64_t num, std::int64_t den);
// "30/35"
std::string fraction(std::int64_t num, std::int64_t den);
// Fixed decimals: fixed(0.12345, 3) == "0.123".
std::string fixed(double value, int decimals);

}  // namespace kycx::eval
