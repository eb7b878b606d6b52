#include "eval/packet_match.hpp"

namespace kycx::eval {

std::string_view to_string(PartMatch match) {
  switch (match) {
    case PartMatch::kExact: return "exact";
    case PartMatch::kOverlap: return "overlap";
    case PartMatch::kNone: return "none";
  }
  return "none";
}

PacketMatch match_pages(const std::vector<PageRange>& truth, const std::vector<PageRange>& produced) {
  PacketMatch out;
  out.parts.resize(truth.size());
  out.exact_of.resize(produced.size());
  out.labelled.resize(produced.size(), false);
  for (size_t t = 0; t < truth.size(); ++t) {
    for (size_t p = 0; p < produced.size(); ++p) {
      out.labelled[p] = out.labelled[p] || truth[t].overlap(produced[p]) > 0;
      if (out.parts[t].produced || produced[p] != truth[t]) continue;  // true parts are apart: p is free
      out.parts[t] = {PartMatch::kExact, p};
      out.exact_of[p] = t;
    }
  }
  for (size_t t = 0; t < truth.size(); ++t) {
    if (out.parts[t].produced) continue;
    int best = 0;
    for (size_t p = 0; p < produced.size(); ++p) {
      const int shared = truth[t].overlap(produced[p]);
      const bool better =
          shared > best || (shared == best && shared > 0 && produced[p].first < produced[*out.parts[t].produced].first);
      if (!better) continue;
      best = shared;
      out.parts[t] = {PartMatch::kOverlap, p};
    }
  }
  return out;
}

}  // namespace kycx::eval
