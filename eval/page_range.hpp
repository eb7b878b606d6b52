// A run of a file's pages, 1-based and inclusive (contract section 7): the
// pages of one document in a packet, true or produced. Plain value; thread-safe.
#pragma once

#include <algorithm>
#include <string>

namespace kycx::eval {

struct PageRange {
  int first = 1;
  int last = 1;

  int pages() const { return last - first + 1; }
  // Pages both ranges hold; 0 when they are apart.
  int overlap(const PageRange& other) const {
    return std::max(0, std::min(last, other.last) - std::max(first, other.first) + 1);
  }
  // "3" or "3-4", as reports show it.
  std::string text() const {
    return first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last);
  }

  friend bool operator==(const PageRange&, const PageRange&) = default;
};

}  // namespace kycx::eval
