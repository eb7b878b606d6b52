#include "validators/rule.hpp"

#include <cmath>

namespace kycx::validators {

std::string_view to_string(Severity severity) {
  return severity == Severity::kWarning ? "warning" : "error";
}

RuleOutcome passed() {
  return {CheckResult::kPass, {}, {}};
}

RuleOutcome failed(MessageDetails details) {
  return {CheckResult::kFail, std::move(details), {}};
}

RuleOutcome skipped(std::string why) {
  return {CheckResult::kSkipped, {}, std::move(why)};
}

RuleInput::RuleInput(const FieldSet& fields, std::span<const std::string> covered, std::string_view document_type,
                     Date today, const ValidationOptions& options)
    : fields_(&fields), covered_(covered), document_type_(document_type), today_(today), options_(&options) {}

std::string_view RuleInput::name(size_t i) const {
  return i < covered_.size() ? std::string_view(covered_[i]) : "";
}

const Json* RuleInput::value(size_t i) const {
  if (i >= covered_.size()) return nullptr;
  const Field* field = fields_->find(covered_[i]);
  if (field == nullptr || field->missing()) return nullptr;
  return &field->value;
}

std::optional<std::string> RuleInput::text(size_t i) const {
  const Json* v = value(i);
  if (v == nullptr || !v->is_string()) return std::nullopt;
  return v->get<std::string>();
}

std::optional<Date> RuleInput::date(size_t i) const {
  const auto t = text(i);
  return t ? parse_canonical_date(*t) : std::nullopt;
}

std::optional<std::int64_t> RuleInput::money(size_t i) const {
  const auto t = text(i);
  return t ? parse_canonical_money(*t) : std::nullopt;
}

RuleOutcome RuleInput::unusable(size_t i) const {
  const std::string field(name(i));
  if (value(i) == nullptr) return skipped(field + " is missing");
  return skipped(field + " is not in canonical form");
}

std::string render_message(std::string_view message_template, const MessageDetails& details) {
  std::string out;
  out.reserve(message_template.size());
  size_t pos = 0;
  while (pos < message_template.size()) {
    const size_t open = message_template.find('{', pos);
    if (open == std::string_view::npos) break;
    const size_t close = message_template.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(message_template.substr(pos, open - pos));
    const std::string_view key = message_template.substr(open + 1, close - open - 1);
    bool replaced = false;
    for (const auto& [k, v] : details) {
      if (k == key) {
        out += v;
        replaced = true;
        break;
      }
    }
    if (!replaced) out.append(message_template.substr(open, close - open + 1));
    pos = close + 1;
  }
  if (pos < message_template.size()) out.append(message_template.substr(pos));
  return out;
}

std::int64_t to_cents(double amount) {
  return std::llround(amount * 100.0);
}

}  // namespace kycx::validators
