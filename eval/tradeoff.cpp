#include "eval/tradeoff.hpp"

namespace kycx::eval {

std::vector<TradeoffPoint> tradeoff_curve(const std::vector<DocumentScore>& documents, const TradeoffOptions& options) {
  std::vector<TradeoffPoint> curve;
  const int step = options.step_percent > 0 ? options.step_percent : 1;
  for (int percent = options.first_percent; percent <= options.last_percent; percent += step) {
    TradeoffPoint point;
    point.threshold = percent / 100.0;
    for (const DocumentScore& doc : documents) {
      for (const FieldScore& field : doc.fields) {
        ++point.scored;
        if (!field.accepted_at(point.threshold)) continue;
        ++point.accepted;
        point.accepted_wrong += field.correct ? 0 : 1;
      }
    }
    curve.push_back(point);
  }
  return curve;
}

}  // namespace kycx::eval
