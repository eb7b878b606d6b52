// Checks shared by the renderer tests: no output may show a document's values.
#pragma once

#include <string>

#include <gtest/gtest.h>

namespace kycx::eval::testing {

// The distinctive values of known_scores(), in any case.
inline void expect_no_values(const std::string& output) {
  for (const char* value : {"ZANZIBAR", "Zanzibar", "zanzibar", "98765", "1900.00", "1800.00", "2026-01-15"}) {
    EXPECT_EQ(output.find(value), std::string::npos) << "output shows the value " << value;
  }
}

}  // namespace kycx::eval::testing
