#include "extractors/barcode/aamva_record.hpp"

#include <algorithm>

namespace kycx::extractors::barcode {

const AamvaValue* AamvaRecord::field(std::string_view name) const {
  auto it = fields.find(std::string(name));
  return it == fields.end() ? nullptr : &it->second;
}

const std::string* AamvaRecord::element(std::string_view id) const {
  auto it = elements.find(std::string(id));
  return it == elements.end() ? nullptr : &it->second;
}

bool AamvaRecord::needs_review() const {
  return std::any_of(problems.begin(), problems.end(), [](const AamvaProblem& p) { return p.review; });
}

}  // namespace kycx::extractors::barcode
