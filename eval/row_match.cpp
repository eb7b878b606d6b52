#include "eval/row_match.hpp"

#include <map>
#include <string>

namespace kycx::eval {

namespace {

// The match keys of one row, joined with a separator no text contains.
std::string row_key(const Json& row) {
  std::string key;
  for (const char* name : kRowMatchKeys) {
    const Json value = row.is_object() && row.contains(name) ? row[name] : Json(nullptr);
    key += value.is_string() ? value.get<std::string>() : value.dump();
    key.push_back('\x1f');
  }
  return key;
}

}  // namespace

RowMatch& RowMatch::operator+=(const RowMatch& other) {
  truth_rows += other.truth_rows;
  predicted_rows += other.predicted_rows;
  matched_rows += other.matched_rows;
  return *this;
}

RowMatch match_rows(const Json& truth, const Json& predicted) {
  RowMatch match;
  std::map<std::string, std::int64_t> unmatched_truth;
  if (truth.is_array()) {
    for (const Json& row : truth) ++unmatched_truth[row_key(row)];
    match.truth_rows = static_cast<std::int64_t>(truth.size());
  }
  if (!predicted.is_array()) return match;
  match.predicted_rows = static_cast<std::int64_t>(predicted.size());
  for (const Json& row : predicted) {
    auto it = unmatched_truth.find(row_key(row));
    if (it == unmatched_truth.end() || it->second == 0) continue;
    --it->second;
    ++match.matched_rows;
  }
  return match;
}

}  // namespace kycx::eval
