#include "eval/field_counts.hpp"

namespace kycx::eval {

void FieldCounts::add(const FieldScore& field) {
  ++scored;
  correct += field.correct ? 1 : 0;
  if (!field.truth_null) {
    ++truth_non_null;
    correct_truth_non_null += field.correct ? 1 : 0;
  }
  if (!field.predicted_null) {
    ++predicted_non_null;
    correct_predicted_non_null += field.correct ? 1 : 0;
  }
  if (field.accepted) {
    ++accepted;
    accepted_wrong += field.correct ? 0 : 1;
  }
}

FieldCounts& FieldCounts::operator+=(const FieldCounts& other) {
  scored += other.scored;
  correct += other.correct;
  truth_non_null += other.truth_non_null;
  correct_truth_non_null += other.correct_truth_non_null;
  predicted_non_null += other.predicted_non_null;
  correct_predicted_non_null += other.correct_predicted_non_null;
  accepted += other.accepted;
  accepted_wrong += other.accepted_wrong;
  return *this;
}

}  // namespace kycx::eval
