// Which produced document each true document of a packet is scored against
// (docs/EVAL.md, "Packets"): the one with exactly its pages, else the one
// sharing most of its pages, else none. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "eval/page_range.hpp"

namespace kycx::eval {

enum class PartMatch {
  kExact,    // a produced document has exactly the part's pages
  kOverlap,  // none has; the one sharing most of its pages stands in
  kNone,     // no produced document holds any of its pages
};
std::string_view to_string(PartMatch match);

struct PartAssignment {
  PartMatch match = PartMatch::kNone;
  std::optional<size_t> produced;  // index into the produced ranges; none for kNone
};

struct PacketMatch {
  std::vector<PartAssignment> parts;            // per true part
  std::vector<std::optional<size_t>> exact_of;  // per produced document: the true part it matches exactly
  std::vector<bool> labelled;                   // per produced document: it shares a page with a true part
};

// Each produced document matches at most one part exactly and each part at
// most one produced document (the first in `produced` order with its pages).
// A part without an exact match takes the produced document sharing most of
// its pages; ties go to the one starting earliest, then to the first listed.
// REQUIRES: `truth` ascending and apart (as load_dataset guarantees).
PacketMatch match_pages(const std::vector<PageRange>& truth, const std::vector<PageRange>& produced);

}  // namespace kycx::eval
