#include "extractors/mrz/mrz_repair.hpp"

#include <algorithm>
#include <optional>

#include "core/checksums.hpp"
#include "extractors/mrz/mrz_confusions.hpp"

namespace kycx::extractors::mrz {

namespace {

struct Sub {
  int line;
  int pos;
  char c;
};
using Substitutions = std::vector<Sub>;

struct Slot {
  int line;
  int pos;
  std::string_view alternatives;
};

struct Search {
  std::vector<Substitutions> found;  // all at the smallest number of substitutions that works
  bool overflow = false;             // too many to choose from
};

char& at(std::vector<std::string>& lines, int line, int pos) {
  return lines[size_t(line)][size_t(pos)];
}
char at(const std::vector<std::string>& lines, int line, int pos) {
  return lines[size_t(line)][size_t(pos)];
}

std::string_view check_name(MrzCheckKind kind) {
  switch (kind) {
    case MrzCheckKind::kDocumentNumber: return "document number";
    case MrzCheckKind::kDateOfBirth: return "date of birth";
    case MrzCheckKind::kDateOfExpiry: return "date of expiry";
    case MrzCheckKind::kOptionalData: return "personal number";
    case MrzCheckKind::kComposite: return "composite";
  }
  return "";
}

bool check_passes(MrzFormat format, const MrzCheckDef& def, const std::vector<std::string>& lines) {
  if (def.kind == MrzCheckKind::kDocumentNumber) {
    if (auto long_number = mrz_long_document_number(format, lines)) {
      const auto expected = icao_check_digit(long_number->number);
      return expected && long_number->check_digit == '0' + *expected;
    }
  }
  return mrz_check_passes(def, lines);
}

bool digit_readable(const MrzCheckDef& def, const std::vector<std::string>& lines) {
  const char d = at(lines, def.digit.line, def.digit.start);
  return (d >= '0' && d <= '9') || (def.filler_when_empty && d == '<');
}

class Repairer {
 public:
  Repairer(MrzFormat format, std::vector<std::string> lines, const MrzRepairOptions& options,
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
  std::vector<Slot> slots(const MrzCheckDef& def, bool weak, bool exclude_other_checks) const {
    std::vector<Slot> out;
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
    std::erase_if(out, [](const Slot& s) { return s.alternatives.empty(); });
    return out;
  }

  // Candidates at the fewest substitutions, and among those the ones that
  // leave the fewest characters after padding.
  Search search(const MrzCheckDef& def, const std::vector<Slot>& slots, int max_subs) {
    Search result;
    for (int k = 1; k <= max_subs && result.found.empty() && !result.overflow; ++k) {
      Substitutions current;
      enumerate(def, slots, 0, k, current, result);
    }
    if (result.found.size() > 1) {
      std::vector<int> violations;
      for (const Substitutions& c : result.found) {
        const std::vector<std::string> saved = lines_;
        apply(c);
        violations.push_back(padding_violations());
        lines_ = saved;
      }
      const int least = *std::min_element(violations.begin(), violations.end());
      std::vector<Substitutions> kept;
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
  Search search_with(const MrzCheckDef& def, const std::vector<Slot>& slots, int max_subs, Accept accept) {
    Search result;
    for (int k = 1; k <= max_subs && result.found.empty(); ++k) {
      Substitutions current;
      enumerate_until(def, slots, 0, k, current, result, accept);
    }
    return result;
  }

  std::vector<std::string>& lines() { return lines_; }

  void apply(const Substitutions& c) {
    for (const Sub& s : c) at(lines_, s.line, s.pos) = s.c;
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
  void enumerate_until(const MrzCheckDef& def, const std::vector<Slot>& slots, size_t from, int left,
                       Substitutions& current, Search& result, Accept& accept) {
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

  void enumerate(const MrzCheckDef& def, const std::vector<Slot>& slots, size_t from, int left, Substitutions& current,
                 Search& result) {
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
std::vector<Substitutions> confirmed_by_composite(Repairer& r, const MrzCheckDef& composite,
                                                  const std::vector<std::vector<Substitutions>>& options,
                                                  int max_combinations) {
  size_t combos = 1;
  for (const auto& o : options) {
    combos *= o.size();
    if (combos > static_cast<size_t>(max_combinations)) return {};
  }
  std::vector<Substitutions> best;
  size_t best_size = SIZE_MAX;
  const std::vector<std::string> saved = r.lines();
  std::vector<size_t> idx(options.size(), 0);
  for (size_t n = 0; n < combos; ++n) {
    Substitutions joint;
    for (size_t f = 0, rest = n; f < options.size(); ++f) {
      idx[f] = rest % options[f].size();
      rest /= options[f].size();
      const Substitutions& c = options[f][idx[f]];
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

}  // namespace

std::vector<MrzCheckOutcome> evaluate_mrz_checks(MrzFormat format, std::span<const std::string> lines) {
  const std::vector<std::string> copy(lines.begin(), lines.end());
  std::vector<MrzCheckOutcome> out;
  for (const MrzCheckDef& def : mrz_layout(format).checks) {
    MrzCheckOutcome o;
    o.kind = def.kind;
    o.passed = check_passes(format, def, copy);
    if (!o.passed) {
      o.message = std::string("the ") + std::string(check_name(def.kind)) +
                  (digit_readable(def, copy) ? " check digit does not match the characters it covers"
                                             : " check digit is unreadable");
    }
    out.push_back(std::move(o));
  }
  return out;
}

MrzRepair repair_mrz(MrzFormat format, std::vector<std::string> aligned, const MrzRepairOptions& options,
                     const MrzCandidates* candidates) {
  const MrzAlternatives* alternatives = candidates ? &candidates->repair : nullptr;
  const MrzLayout& layout = mrz_layout(format);
  const std::vector<std::string> original = aligned;
  Repairer r(format, std::move(aligned), options, alternatives);
  r.coerce();
  const std::vector<std::string> coerced = r.lines();

  const MrzCheckDef* composite = nullptr;
  std::vector<const MrzCheckDef*> failing;
  for (const MrzCheckDef& def : layout.checks) {
    if (def.kind == MrzCheckKind::kComposite)
      composite = &def;
    else if (!r.passes(def))
      failing.push_back(&def);
  }
  const bool long_number = mrz_long_document_number(format, r.lines()).has_value();
  std::erase_if(failing, [&](const MrzCheckDef* d) { return long_number && d->kind == MrzCheckKind::kDocumentNumber; });

  std::vector<MrzCheckKind> ambiguous;
  bool resolved = false;
  // 1. Joint repair confirmed by the composite check digit.
  if (!failing.empty() && composite && digit_readable(*composite, r.lines())) {
    std::vector<std::vector<Substitutions>> per_check;
    for (const MrzCheckDef* def : failing) {
      // Letter/digit confusions in the data, or one digit misread as another
      // (in a date or in the check digit itself): the composite decides.
      Search s = r.search(*def, r.slots(*def, false, false), options.max_substitutions);
      const Search weak = r.search(*def, r.slots(*def, true, false), 1);
      s.found.insert(s.found.end(), weak.found.begin(), weak.found.end());
      if (s.found.empty() || s.overflow || weak.overflow || static_cast<int>(s.found.size()) > options.max_candidates) {
        break;
      }
      per_check.push_back(std::move(s.found));
    }
    if (per_check.size() == failing.size()) {
      const auto confirmed = confirmed_by_composite(r, *composite, per_check, options.max_combinations);
      if (confirmed.size() == 1) {
        r.apply(confirmed.front());
        resolved = true;
      } else if (confirmed.size() > 1) {
        for (const MrzCheckDef* def : failing) ambiguous.push_back(def->kind);
        resolved = true;
      }
    }
  }
  // 2. Unconfirmed repair: a unique letter/digit correction per failing check.
  if (!resolved) {
    for (const MrzCheckDef* def : failing) {
      const Search s = r.search(*def, r.slots(*def, false, false), options.max_substitutions);
      if (s.found.size() == 1 && !s.overflow)
        r.apply(s.found.front());
      else if (!s.found.empty())
        ambiguous.push_back(def->kind);
    }
  }
  // 3. Everything else verifies but the composite does not: the error lies in
  // what only the composite covers (optional data).
  if (composite && !r.passes(*composite) && digit_readable(*composite, r.lines())) {
    const bool others_pass = std::all_of(layout.checks.begin(), layout.checks.end(), [&](const MrzCheckDef& d) {
      return d.kind == MrzCheckKind::kComposite || r.passes(d);
    });
    if (others_pass) {
      const Search s = r.search(*composite, r.slots(*composite, false, true), options.max_substitutions);
      if (s.found.size() == 1 && !s.overflow)
        r.apply(s.found.front());
      else if (!s.found.empty())
        ambiguous.push_back(MrzCheckKind::kComposite);
    }
  }

  // Many changes mean a misread band, where check digits are satisfied by
  // chance: keep only the class coercion.
  int changes = 0;
  for (size_t l = 0; l < coerced.size(); ++l) {
    for (size_t p = 0; p < coerced[l].size(); ++p) changes += coerced[l][p] != r.lines()[l][p];
  }
  if (changes > options.max_total_substitutions) {
    r.lines() = coerced;
    ambiguous.clear();
  }

  MrzRepair out;
  out.lines = r.lines();
  // A passing check proves little where a close runner-up would pass too
  // (letter/digit pairs can cancel out in the weighted sum).
  std::vector<MrzCheckKind> uncertain;
  if (candidates) {
    Repairer close(format, r.lines(), options, &candidates->close);
    for (const MrzCheckDef& def : layout.checks) {
      if (def.kind == MrzCheckKind::kComposite || !close.passes(def)) continue;
      const bool composite_ok = composite && close.passes(*composite);
      const int violations = close.padding_violations();
      const std::vector<std::string> saved = close.lines();
      const Search s = close.search_with(def, close.slots(def, false, false), 2, [&] {
        return (!composite_ok || close.passes(*composite)) && close.padding_violations() <= violations;
      });
      close.lines() = saved;
      if (!s.found.empty()) uncertain.push_back(def.kind);
    }
  }
  out.checks = evaluate_mrz_checks(format, out.lines);
  const bool composite_passed = std::any_of(out.checks.begin(), out.checks.end(), [](const MrzCheckOutcome& o) {
    return o.kind == MrzCheckKind::kComposite && o.passed;
  });
  for (size_t i = 0; i < out.checks.size(); ++i) {
    MrzCheckOutcome& o = out.checks[i];
    const MrzCheckDef& def = layout.checks[i];
    bool changed = out.lines[size_t(def.digit.line)][size_t(def.digit.start)] !=
                   original[size_t(def.digit.line)][size_t(def.digit.start)];
    for (const MrzSpan& s : def.covered) {
      for (int p = s.start; p < s.start + s.length; ++p) {
        changed = changed || out.lines[size_t(s.line)][size_t(p)] != original[size_t(s.line)][size_t(p)];
      }
    }
    o.repaired = o.passed && changed;
    o.ambiguous = !o.passed && std::find(ambiguous.begin(), ambiguous.end(), o.kind) != ambiguous.end();
    o.uncertain = o.passed && std::find(uncertain.begin(), uncertain.end(), o.kind) != uncertain.end();
    if (o.repaired) {
      o.message = composite_passed
                      ? "passes after correcting OCR confusions"
                      : "passes after correcting OCR confusions; not confirmed by the composite check digit";
    } else if (o.uncertain) {
      o.message = "passes, but so would a different reading of similar-looking characters";
    } else if (o.ambiguous) {
      o.message = std::string("the ") + std::string(check_name(o.kind)) +
                  " check digit does not match; several corrections would fit, so none was applied";
    }
  }
  return out;
}

}  // namespace kycx::extractors::mrz
