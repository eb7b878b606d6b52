// The search the MRZ repair runs: which positions of a check's characters
// may be OCR confusions, and the smallest sets of substitutions that make the
// check digit pass. Internal to mrz_repair.cpp (exposed for its steps, and
// kept apart so that each file reads in one sitting). Used by one thread.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/checksums.hpp"
#include "core/mrz_format.hpp"
#include "extractors/mrz/mrz_confusions.hpp"
#include "extractors/mrz/mrz_repair.hpp"

namespace kycx::extractors::mrz {

struct MrzSubstitution {
  int line;
  int pos;
  char c;
};
using MrzSubstitutions = std::vector<MrzSubstitution>;

struct MrzSlot {
  int line;
  int pos;
  std::string_view alternatives;
};

struct MrzSearch {
  std::vector<MrzSubstitutions> found;  // all at the smallest number of substitutions that works
  bool overflow = false;                // too many to choose from
};

inline char& at(std::vector<std::string>& lines, int line, int pos) {
  return lines[size_t(line)][size_t(pos)];
}
inline char at(const std::vector<std::string>& lines, int line, int pos) {
  return lines[size_t(line)][size_t(pos)];
}

inline bool check_passes(MrzFormat format, const MrzCheckDef& def, const std::vector<std::string>& lines) {
  if (def.kind == MrzCheckKind::kDocumentNumber) {
    if (auto long_number = mrz_long_document_number(format, lines)) {
      const auto expected = icao_check_digit(long_number->number);
      return expected && long_number->check_digit == '0' + *expected;
    }
  }
  return mrz_check_passes(def, lines);
}

inline bool digit_readable(const MrzCheckDef& def, const std::vector<std::string>& lines) {
  const char d = at(lines, def.digit.line, def.digit.start);
  return (d >= '0' && d <= '9') || (def.filler_when_empty && d == '<');
}

class MrzRepairer {
 public:
  MrzRepairer(MrzFormat format, std::vector<std::string> lines, const MrzRepairOptions& options,
              const MrzAlternatives* alternatives)
      : format_(format),
        layout_(mrz_layout(format)),
        lines_(std::move(lines)),
        options_(options),
        alternatives_(alternatives) {}

  void coerce() {
    for (const MrzElementDef& e : layout_.elements) {
      for (int i = 0; i < e.span.length; ++i) {
        char& c = at(lines_, e.span.line, e.span.start + i);
        c = coerce_to_class(c, e.char_class);
      }
      if (e.element != MrzElement::kName && e.char_class != MrzCharClass::kDigit) clear_padding_noise(e.span);
    }
  }

  // Data is left-aligned and padded with fillers, so a 'K' among the padding
  // is a misread filler. Check digits cannot tell: 'K' (20) weighs 0 mod 10.
  void clear_padding_noise(const MrzSpan& span) {
    std::string& line = lines_[size_t(span.line)];
    const size_t begin = size_t(span.start), end = size_t(span.start + span.length);
    const size_t first = line.find('<', begin);
    if (first == std::string::npos || first >= end) return;
    for (size_t i = first; i < end; ++i) {
      if (line[i] != '<' && line[i] != 'K') return;
    }
    for (size_t i = first; i < end; ++i) line[i] = '<';
  }

  // Characters after a filler inside an alphanumeric element: implausible data.
  int padding_violations() const {
    int n = 0;
    for (const MrzElementDef& e : layout_.elements) {
      if (e.char_class != MrzCharClass::kAlnum) continue;
      bool padded = false;
      for (int i = 0; i < e.span.length; ++i) {
        const char c = at(lines_, e.span.line, e.span.start + i);
        if (c == '<')
          padded = true;
        else if (padded)
          ++n;
      }
    }
    return n;
  }

  bool passes(const MrzCheckDef& def) const { return check_passes(format_, def, lines_); }

  // Positions a search may change for `def`: alphanumeric data by letter/digit
  // confusions (strong); dates and the check digit by digit confusions (weak).
  std::vector<MrzSlot> slots(const MrzCheckDef& def, bool weak, bool exclude_other_checks) const {
    std::vector<MrzSlot> out;
    if (alternatives_) {
      // The recogniser's runners-up replace both tables.
      if (weak) return out;
      auto add = [&](int line, int p) {
        const std::string& alts = (*alternatives_)[size_t(line)][size_t(p)];
        if (!alts.empty()) out.push_back({line, p, alts});
      };
      for (const MrzSpan& s : def.covered) {
        for (int p = s.start; p < s.start + s.length; ++p) {
          if (!exclude_other_checks || !covered_by_other(def, s.line, p)) add(s.line, p);
        }
      }
      if (!exclude_other_checks) add(def.digit.line, def.digit.start);
      return out;
    }
    for (const MrzSpan& s : def.covered) {
      for (int p = s.start; p < s.start + s.length; ++p) {
        if (exclude_other_checks && covered_by_other(def, s.line, p)) continue;
        const MrzCharClass cls = layout_.class_at(s.line, p);
        const char c = at(lines_, s.line, p);
        if (cls == MrzCharClass::kAlnum && !weak) out.push_back({s.line, p, alnum_alternatives(c)});
        if (cls == MrzCharClass::kDigit && weak) out.push_back({s.line, p, digit_alternatives(c)});
      }
    }
    if (weak)
      out.push_back({def.digit.line, def.digit.start, digit_alternatives(at(lines_, def.digit.line, def.digit.start))});
    std::erase_if(out, [](const MrzSlot& s) { return s.alternatives.empty(); });
    return out;
  }

  // Candidates at the fewest substitutions, and among those the ones that
  // leave the fewest characters after padding.
  MrzSearch search(const MrzCheckDef& def, const std::vector<MrzSlot>& slots, int max_subs) {
    MrzSearch result;
    for (int k = 1; k <= max_subs && result.found.empty() && !result.overflow; ++k) {
      MrzSubstitutions current;
      enumerate(def, slots, 0, k, current, result);
    }
    if (result.found.size() > 1) {
      std::vector<int> violations;
      for (const MrzSubstitutions& c : result.found) {
        const std::vector<std::string> saved = lines_;
        apply(c);
        violations.push_back(padding_violations());
        lines_ = saved;
      }
      const int least = *std::min_element(violations.begin(), violations.end());
      std::vector<MrzSubstitutions> kept;
      for (size_t i = 0; i < result.found.size(); ++i) {
        if (violations[i] == least) kept.push_back(std::move(result.found[i]));
      }
      result.found = std::move(kept);
    }
    return result;
  }

  // Variants with up to `max_subs` changes that keep `def` passing and
  // satisfy `accept` (first one found only).
  template <class Accept>
  MrzSearch search_with(const MrzCheckDef& def, const std::vector<MrzSlot>& slots, int max_subs, Accept accept) {
    MrzSearch result;
    for (int k = 1; k <= max_subs && result.found.empty(); ++k) {
      MrzSubstitutions current;
      enumerate_until(def, slots, 0, k, current, result, accept);
    }
    return result;
  }

  std::vector<std::string>& lines() { return lines_; }
  const std::vector<std::string>& lines() const { return lines_; }

  void apply(const MrzSubstitutions& c) {
    for (const MrzSubstitution& s : c) at(lines_, s.line, s.pos) = s.c;
  }

 private:
  bool covered_by_other(const MrzCheckDef& self, int line, int pos) const {
    for (const MrzCheckDef& other : layout_.checks) {
      if (&other == &self) continue;
      if (other.digit.line == line && other.digit.start == pos) return true;
      for (const MrzSpan& s : other.covered) {
        if (s.line == line && pos >= s.start && pos < s.start + s.length) return true;
      }
    }
    return false;
  }

  template <class Accept>
  void enumerate_until(const MrzCheckDef& def, const std::vector<MrzSlot>& slots, size_t from, int left,
                       MrzSubstitutions& current, MrzSearch& result, Accept& accept) {
    if (!result.found.empty()) return;
    if (left == 0) {
      if (passes(def) && accept()) result.found.push_back(current);
      return;
    }
    for (size_t i = from; i < slots.size() && result.found.empty(); ++i) {
      char& c = at(lines_, slots[i].line, slots[i].pos);
      const char original = c;
      for (char alt : slots[i].alternatives) {
        c = alt;
        current.push_back({slots[i].line, slots[i].pos, alt});
        enumerate_until(def, slots, i + 1, left - 1, current, result, accept);
        current.pop_back();
        if (!result.found.empty()) break;
      }
      c = original;
    }
  }

  void enumerate(const MrzCheckDef& def, const std::vector<MrzSlot>& slots, size_t from, int left,
                 MrzSubstitutions& current, MrzSearch& result) {
    if (result.overflow) return;
    if (left == 0) {
      if (passes(def)) {
        result.found.push_back(current);
        if (static_cast<int>(result.found.size()) > options_.max_candidates) result.overflow = true;
      }
      return;
    }
    for (size_t i = from; i < slots.size(); ++i) {
      char& c = at(lines_, slots[i].line, slots[i].pos);
      const char original = c;
      for (char alt : slots[i].alternatives) {
        c = alt;
        current.push_back({slots[i].line, slots[i].pos, alt});
        enumerate(def, slots, i + 1, left - 1, current, result);
        current.pop_back();
      }
      c = original;
    }
  }

  MrzFormat format_;
  const MrzLayout& layout_;
  std::vector<std::string> lines_;
  MrzRepairOptions options_;
  const MrzAlternatives* alternatives_;
};

// Among all joint choices (one candidate per failing check), those that make
// the composite check digit pass, with the fewest substitutions.
inline std::vector<MrzSubstitutions> confirmed_by_composite(MrzRepairer& r, const MrzCheckDef& composite,
                                                            const std::vector<std::vector<MrzSubstitutions>>& options,
                                                            int max_combinations) {
  size_t combos = 1;
  for (const auto& o : options) {
    combos *= o.size();
    if (combos > static_cast<size_t>(max_combinations)) return {};
  }
  std::vector<MrzSubstitutions> best;
  size_t best_size = SIZE_MAX;
  const std::vector<std::string> saved = r.lines();
  std::vector<size_t> idx(options.size(), 0);
  for (size_t n = 0; n < combos; ++n) {
    MrzSubstitutions joint;
    for (size_t f = 0, rest = n; f < options.size(); ++f) {
      idx[f] = rest % options[f].size();
      rest /= options[f].size();
      const MrzSubstitutions& c = options[f][idx[f]];
      joint.insert(joint.end(), c.begin(), c.end());
    }
    r.apply(joint);
    if (r.passes(composite)) {
      if (joint.size() < best_size) {
        best.clear();
        best_size = joint.size();
      }
      if (joint.size() == best_size) best.push_back(joint);
    }
    r.lines() = saved;
  }
  return best;
}

}  // namespace kycx::extractors::mrz
