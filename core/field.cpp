#include "core/field.hpp"

#include <algorithm>

namespace kycx {

namespace {
constexpr std::pair<Method, std::string_view> kMethodNames[] = {
    {Method::kMrz, "mrz"},
    {Method::kBarcode, "barcode"},
    {Method::kTextLayer, "text_layer"},
    {Method::kOcrRules, "ocr_rules"},
    {Method::kLlm, "llm"},
    {Method::kReview, "review"},
};
}  // namespace

std::string_view to_string(Method method) {
  for (const auto& [m, name] : kMethodNames) {
    if (m == method) return name;
  }
  return "ocr_rules";
}

std::optional<Method> method_from_string(std::string_view name) {
  for (const auto& [m, n] : kMethodNames) {
    if (n == name) return m;
  }
  return std::nullopt;
}

void ReviewState::add(std::string reason) {
  required = true;
  if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end()) {
    reasons.push_back(std::move(reason));
  }
}

void FieldSet::set(const std::string& name, Field field) {
  if (Field* existing = find(name)) {
    *existing = std::move(field);
    return;
  }
  entries_.emplace_back(name, std::move(field));
}

Field* FieldSet::find(std::string_view name) {
  for (auto& [n, f] : entries_) {
    if (n == name) return &f;
  }
  return nullptr;
}

const Field* FieldSet::find(std::string_view name) const {
  for (const auto& [n, f] : entries_) {
    if (n == name) return &f;
  }
  return nullptr;
}

}  // namespace kycx
