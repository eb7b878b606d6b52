// Counts over scored fields and the rates built from them, each rate with
// its numerator and denominator so a reader sees how much it rests on.
// Plain values; thread-safe.
#pragma once

#include <cstdint>

#include "eval/document_score.hpp"

namespace kycx::eval {

// num / den; value() is 0 when den is 0 (nothing to measure), which a gate
// floor treats as a failure and a ceiling as a pass.
struct Ratio {
  std::int64_t num = 0;
  std::int64_t den = 0;

  bool defined() const { return den > 0; }
  double value() const { return den > 0 ? static_cast<double>(num) / static_cast<double>(den) : 0.0; }
};

struct FieldCounts {
  std::int64_t scored = 0;   // (document, field) pairs in truth files
  std::int64_t correct = 0;  // normalised prediction == normalised truth
  std::int64_t truth_non_null = 0;
  std::int64_t correct_truth_non_null = 0;
  std::int64_t predicted_non_null = 0;
  std::int64_t correct_predicted_non_null = 0;
  std::int64_t accepted = 0;        // went out without review
  std::int64_t accepted_wrong = 0;  // ... and were wrong: silent errors

  void add(const FieldScore& field);
  FieldCounts& operator+=(const FieldCounts& other);

  Ratio accuracy() const { return {correct, scored}; }
  Ratio recall() const { return {correct_truth_non_null, truth_non_null}; }
  Ratio precision() const { return {correct_predicted_non_null, predicted_non_null}; }
  Ratio straight_through() const { return {accepted, scored}; }
  Ratio silent_error() const { return {accepted_wrong, accepted}; }
};

}  // namespace kycx::eval
