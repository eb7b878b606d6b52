#include "extractors/mrz/mrz_repair.hpp"

#include <algorithm>
#include <optional>

#include "core/checksums.hpp"
#include "extractors/mrz/mrz_confusions.hpp"
#include "extractors/mrz/mrz_repairer.hpp"

namespace kycx::extractors::mrz {

namespace {

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

// The composite check of a layout (every format has one).
const MrzCheckDef* composite_check(const MrzLayout& layout) {
  for (const MrzCheckDef& def : layout.checks) {
    if (def.kind == MrzCheckKind::kComposite) return &def;
  }
  return nullptr;
}

// The checks other than the composite that fail, but a long document
// number's (its digit stands in the optional data).
std::vector<const MrzCheckDef*> failing_checks(MrzFormat format, const MrzLayout& layout, const MrzRepairer& r) {
  const bool long_number = mrz_long_document_number(format, r.lines()).has_value();
  std::vector<const MrzCheckDef*> failing;
  for (const MrzCheckDef& def : layout.checks) {
    if (def.kind == MrzCheckKind::kComposite || r.passes(def)) continue;
    if (long_number && def.kind == MrzCheckKind::kDocumentNumber) continue;
    failing.push_back(&def);
  }
  return failing;
}

// Step 1: a joint repair of the failing checks that the composite check digit
// confirms. Letter/digit confusions in the data, or one digit misread as
// another (in a date or in the check digit itself): the composite decides.
// True when the composite decided (one repair applied, or several fit and the
// checks are `ambiguous`).
bool repair_confirmed_by_composite(MrzRepairer& r, const std::vector<const MrzCheckDef*>& failing,
                                   const MrzCheckDef* composite, const MrzRepairOptions& options,
                                   std::vector<MrzCheckKind>& ambiguous) {
  if (failing.empty() || composite == nullptr || !digit_readable(*composite, r.lines())) return false;
  std::vector<std::vector<MrzSubstitutions>> per_check;
  for (const MrzCheckDef* def : failing) {
    MrzSearch s = r.search(*def, r.slots(*def, false, false), options.max_substitutions);
    const MrzSearch weak = r.search(*def, r.slots(*def, true, false), 1);
    s.found.insert(s.found.end(), weak.found.begin(), weak.found.end());
    if (s.found.empty() || s.overflow || weak.overflow || static_cast<int>(s.found.size()) > options.max_candidates) {
      return false;
    }
    per_check.push_back(std::move(s.found));
  }
  const auto confirmed = confirmed_by_composite(r, *composite, per_check, options.max_combinations);
  if (confirmed.size() == 1) {
    r.apply(confirmed.front());
    return true;
  }
  if (confirmed.size() > 1) {
    for (const MrzCheckDef* def : failing) ambiguous.push_back(def->kind);
    return true;
  }
  return false;
}

// Step 2, when the composite could not decide: a unique letter/digit
// correction per failing check, unconfirmed.
void repair_unique_corrections(MrzRepairer& r, const std::vector<const MrzCheckDef*>& failing,
                               const MrzRepairOptions& options, std::vector<MrzCheckKind>& ambiguous) {
  for (const MrzCheckDef* def : failing) {
    const MrzSearch s = r.search(*def, r.slots(*def, false, false), options.max_substitutions);
    if (s.found.size() == 1 && !s.overflow)
      r.apply(s.found.front());
    else if (!s.found.empty())
      ambiguous.push_back(def->kind);
  }
}

// Step 3: everything else verifies but the composite does not, so the error
// lies in what only the composite covers (optional data).
void repair_what_only_the_composite_covers(MrzRepairer& r, const MrzLayout& layout, const MrzCheckDef* composite,
                                           const MrzRepairOptions& options, std::vector<MrzCheckKind>& ambiguous) {
  if (composite == nullptr || r.passes(*composite) || !digit_readable(*composite, r.lines())) return;
  const bool others_pass = std::all_of(layout.checks.begin(), layout.checks.end(), [&](const MrzCheckDef& d) {
    return d.kind == MrzCheckKind::kComposite || r.passes(d);
  });
  if (!others_pass) return;
  const MrzSearch s = r.search(*composite, r.slots(*composite, false, true), options.max_substitutions);
  if (s.found.size() == 1 && !s.overflow)
    r.apply(s.found.front());
  else if (!s.found.empty())
    ambiguous.push_back(MrzCheckKind::kComposite);
}

int changed_characters(const std::vector<std::string>& before, const std::vector<std::string>& after) {
  int changes = 0;
  for (size_t l = 0; l < before.size(); ++l) {
    for (size_t p = 0; p < before[l].size(); ++p) changes += before[l][p] != after[l][p];
  }
  return changes;
}

// The passing checks that prove little, because a close runner-up reading
// would pass them too (letter/digit pairs can cancel out in the weighted sum).
std::vector<MrzCheckKind> checks_a_runner_up_would_pass(MrzFormat format, const std::vector<std::string>& lines,
                                                        const MrzRepairOptions& options,
                                                        const MrzCandidates& candidates, const MrzCheckDef* composite) {
  std::vector<MrzCheckKind> uncertain;
  MrzRepairer close(format, lines, options, &candidates.close);
  for (const MrzCheckDef& def : mrz_layout(format).checks) {
    if (def.kind == MrzCheckKind::kComposite || !close.passes(def)) continue;
    const bool composite_ok = composite && close.passes(*composite);
    const int violations = close.padding_violations();
    const std::vector<std::string> saved = close.lines();
    const MrzSearch s = close.search_with(def, close.slots(def, false, false), 2, [&] {
      return (!composite_ok || close.passes(*composite)) && close.padding_violations() <= violations;
    });
    close.lines() = saved;
    if (!s.found.empty()) uncertain.push_back(def.kind);
  }
  return uncertain;
}

// Each check's outcome told: repaired, uncertain or ambiguous, and why.
void describe_outcomes(const MrzLayout& layout, const std::vector<std::string>& original, MrzRepair& out,
                       const std::vector<MrzCheckKind>& ambiguous, const std::vector<MrzCheckKind>& uncertain) {
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
  const MrzLayout& layout = mrz_layout(format);
  const std::vector<std::string> original = aligned;
  MrzRepairer r(format, std::move(aligned), options, candidates ? &candidates->repair : nullptr);
  r.coerce();
  const std::vector<std::string> coerced = r.lines();
  const MrzCheckDef* composite = composite_check(layout);
  const std::vector<const MrzCheckDef*> failing = failing_checks(format, layout, r);

  std::vector<MrzCheckKind> ambiguous;
  if (!repair_confirmed_by_composite(r, failing, composite, options, ambiguous)) {
    repair_unique_corrections(r, failing, options, ambiguous);
  }
  repair_what_only_the_composite_covers(r, layout, composite, options, ambiguous);
  if (changed_characters(coerced, r.lines()) > options.max_total_substitutions) {
    // Many changes mean a misread band, where check digits are satisfied by
    // chance: keep only the class coercion.
    r.lines() = coerced;
    ambiguous.clear();
  }

  MrzRepair out;
  out.lines = r.lines();
  const std::vector<MrzCheckKind> uncertain =
      candidates ? checks_a_runner_up_would_pass(format, out.lines, options, *candidates, composite)
                 : std::vector<MrzCheckKind>{};
  out.checks = evaluate_mrz_checks(format, out.lines);
  describe_outcomes(layout, original, out, ambiguous, uncertain);
  return out;
}

}  // namespace kycx::extractors::mrz
