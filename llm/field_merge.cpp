#include "llm/field_merge.hpp"

#include "llm/grounding.hpp"

namespace kycx::llm {

namespace {

Json plain(const Json& v) {
  if (!v.is_object()) return v;
  Json out = v;
  out.erase("source");
  out.erase("confidence");
  out.erase("lines");
  return out;
}

// A value read from a machine-readable zone whose check digit passed, or
// decoded from a barcode (error-corrected), is better evidence than a model.
bool machine_checked(const Field& f) {
  return f.method == Method::kBarcode || (f.method == Method::kMrz && f.evidence.self_checked && !f.evidence.repaired);
}

}  // namespace

Json MergeReport::to_json() const {
  return Json{{"filled", filled}, {"agreed", agreed}, {"conflicts", conflicts}, {"overruled", overruled}};
}

bool same_value(const Json& a, const Json& b) {
  if (a.is_array() && b.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      const Json x = plain(a[i]);
      const Json y = plain(b[i]);
      if (x.is_object() && y.is_object()) {
        for (const auto& [k, v] : x.items()) {
          if (!same_value(v, y.value(k, Json()))) return false;
        }
        for (const auto& [k, v] : y.items()) {
          if (!x.contains(k) && !v.is_null()) return false;
        }
      } else if (!same_value(x, y)) {
        return false;
      }
    }
    return true;
  }
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  const std::string sa = a.is_string() ? a.get<std::string>() : a.dump();
  const std::string sb = b.is_string() ? b.get<std::string>() : b.dump();
  return alnum_key(sa) == alnum_key(sb);
}

MergeReport merge_fields(FieldSet& deterministic, const FieldSet& llm) {
  MergeReport report;
  for (const auto& [name, proposed] : llm) {
    if (proposed.missing()) continue;
    Field* existing = deterministic.find(name);
    if (existing == nullptr || existing->missing()) {
      deterministic.set(name, proposed);
      report.filled.push_back(name);
      continue;
    }
    if (same_value(existing->value, proposed.value)) {
      existing->evidence.readings += 1;
      report.agreed.push_back(name);
    } else if (machine_checked(*existing)) {
      report.overruled.push_back(name);
    } else {
      existing->evidence.readings += 1;
      existing->evidence.readings_agree = false;
      existing->review.add("conflict");
      report.conflicts.push_back(name);
    }
  }
  return report;
}

}  // namespace kycx::llm
