#include "extractors/mrz/mrz_alignment.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "extractors/mrz/mrz_confusions.hpp"

namespace kycx::extractors::mrz {

namespace {

constexpr double kCheckWeight = 4.0;     // fit credit for a check digit that verifies
constexpr double kFreeEditCost = 0.001;  // tie-break: edits in filler runs, later is likelier
constexpr double kEndNoiseCost = 0.5;    // dropping a non-filler character at a line end
constexpr double kAnywhereCost = 1.5;    // inserting or dropping a character inside the data

double char_fit(char c, MrzCharClass cls) {
  if (fits_class(c, cls)) return 1.0;
  if (coerce_to_class(c, cls) != c) return 0.6;
  if (cls == MrzCharClass::kDigit && c == '<') return 0.1;
  return cls == MrzCharClass::kSex ? 0.3 : 0.0;
}

// Fit of a full-length line: per-character class fit plus credit for the check
// digits that lie entirely on this line and verify after digit coercion.
double line_fit(const std::string& text, const MrzLayout& layout, int line_index) {
  double fit = 0;
  std::string coerced = text;
  for (int i = 0; i < static_cast<int>(text.size()); ++i) {
    const MrzCharClass cls = layout.class_at(line_index, i);
    fit += char_fit(text[static_cast<size_t>(i)], cls);
    if (cls == MrzCharClass::kDigit || cls == MrzCharClass::kDigitOrFiller) {
      coerced[static_cast<size_t>(i)] = coerce_to_class(text[static_cast<size_t>(i)], cls);
    }
  }
  std::vector<std::string> lines(static_cast<size_t>(layout.line_count),
                                 std::string(static_cast<size_t>(layout.line_length), '<'));
  lines[static_cast<size_t>(line_index)] = coerced;
  for (const MrzCheckDef& check : layout.checks) {
    const bool on_line =
        check.digit.line == line_index &&
        std::all_of(check.covered.begin(), check.covered.end(), [&](const MrzSpan& s) { return s.line == line_index; });
    if (on_line && mrz_check_passes(check, lines)) fit += kCheckWeight;
  }
  return fit;
}

struct Candidate {
  std::string text;
  double cost = 0;
  int edits = 0;
};

bool filler_at(const std::string& s, int i) {
  return i >= 0 && i < static_cast<int>(s.size()) && s[size_t(i)] == '<';
}

double insert_cost(const std::string& s, int p) {
  const int n = static_cast<int>(s.size());
  if (p == n || filler_at(s, p - 1) || filler_at(s, p)) return kFreeEditCost * (n - p + 1) / (n + 1);
  return kAnywhereCost;
}

double delete_cost(const std::string& s, int p) {
  const int n = static_cast<int>(s.size());
  if (s[size_t(p)] == '<' && (filler_at(s, p - 1) || filler_at(s, p + 1) || p == n - 1)) {
    return kFreeEditCost * (n - p) / n;
  }
  if (p == 0 || p == n - 1) return kEndNoiseCost;
  return kAnywhereCost;
}

// Every way of making `delta` single-character edits anywhere (insertions of
// '<' when delta > 0, deletions when delta < 0).
void edits_anywhere(const Candidate& c, int delta, std::vector<Candidate>& out) {
  if (delta == 0) {
    out.push_back(c);
    return;
  }
  const int n = static_cast<int>(c.text.size());
  if (delta > 0) {
    for (int p = 0; p <= n; ++p) {
      Candidate next{c.text, c.cost + insert_cost(c.text, p), c.edits + 1};
      next.text.insert(size_t(p), 1, '<');
      edits_anywhere(next, delta - 1, out);
    }
  } else {
    for (int p = 0; p < n; ++p) {
      Candidate next{c.text, c.cost + delete_cost(c.text, p), c.edits + 1};
      next.text.erase(size_t(p), 1);
      edits_anywhere(next, delta + 1, out);
    }
  }
}

// Runs of fillers as [start, end), plus the line end as an empty run.
std::vector<std::pair<int, int>> filler_sites(const std::string& s) {
  std::vector<std::pair<int, int>> sites;
  const int n = static_cast<int>(s.size());
  for (int i = 0; i < n;) {
    if (s[size_t(i)] != '<') {
      ++i;
      continue;
    }
    int j = i;
    while (j < n && s[size_t(j)] == '<') ++j;
    sites.emplace_back(i, j);
    i = j;
  }
  if (sites.empty() || sites.back().second != n) sites.emplace_back(n, n);
  return sites;
}

// Applies `k` fillers (k < 0: removes) at site `site`, if the site can absorb it.
bool shift_site(std::string& s, std::pair<int, int> site, int k) {
  if (k >= 0) {
    s.insert(size_t(site.second), size_t(k), '<');
    return true;
  }
  const int len = site.second - site.first;
  const bool at_end = site.second == static_cast<int>(s.size());
  if (-k > len - (at_end ? 0 : 1)) return false;  // keep one filler inside a separator
  s.erase(size_t(site.second + k), size_t(-k));
  return true;
}

// Length fixes that only move fillers: the difference spread over one or two
// filler runs (an OCR engine miscounts long filler runs, not data).
void filler_shifts(const std::string& text, int delta, std::vector<Candidate>& out) {
  const auto sites = filler_sites(text);
  const int n = static_cast<int>(text.size());
  for (size_t a = 0; a < sites.size(); ++a) {
    for (size_t b = a; b < sites.size(); ++b) {
      // Site a takes k, site b takes delta - k; with delta == 0 a and b trade one filler.
      const int lo = delta == 0 ? -1 : std::min(0, delta);
      const int hi = delta == 0 ? 1 : std::max(0, delta);
      for (int k = lo; k <= hi; ++k) {
        const int rest = delta - k;
        if ((a == b && rest != 0) || (k == 0 && rest == 0)) continue;
        std::string s = text;
        // Apply the later site first so the earlier one's offsets stay valid.
        if (!shift_site(s, sites[b], rest) || !shift_site(s, sites[a], k)) continue;
        const double cost = kFreeEditCost * ((n - sites[a].second) + (n - sites[b].second) + 2) / (n + 1);
        out.push_back({std::move(s), cost, std::abs(k) + std::abs(rest)});
      }
    }
  }
}

}  // namespace

std::string clean_mrz_text(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xAB) {  // «
      out += "<<";
      ++i;
    } else if (c == 0xE2 && i + 2 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0x80 &&
               static_cast<unsigned char>(raw[i + 2]) == 0xB9) {  // ‹
      out += '<';
      i += 2;
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<') {
      out += static_cast<char>(c);
    } else if (c >= 'a' && c <= 'z') {
      // Chevron runs come out of untrained OCR as "kkk" or "sss"; MRZ has no lower case.
      const bool chevron = c == 'k' || c == 's' || c == 'c' || c == 'x' || c == 'y' || c == 'z';
      out += chevron ? '<' : static_cast<char>(c - 'a' + 'A');
    }
  }
  return out;
}

std::optional<AlignedLine> align_mrz_line(std::string_view cleaned, MrzFormat format, int line_index,
                                          const MrzAlignOptions& options) {
  const MrzLayout& layout = mrz_layout(format);
  const std::string text(cleaned);
  const int delta = layout.line_length - static_cast<int>(text.size());
  if (std::abs(delta) > std::max(options.max_edits, options.max_filler_shift)) return std::nullopt;

  std::vector<Candidate> candidates;
  if (std::abs(delta) <= options.max_edits) edits_anywhere({text, 0.0, 0}, delta, candidates);
  if (std::abs(delta) <= options.max_filler_shift) filler_shifts(text, delta, candidates);

  std::optional<AlignedLine> best;
  std::set<std::string> seen;
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.cost < b.cost; });
  for (const Candidate& c : candidates) {
    if (static_cast<int>(c.text.size()) != layout.line_length || !seen.insert(c.text).second) continue;
    const double score = line_fit(c.text, layout, line_index) - c.cost;
    if (!best || score > best->score) best = AlignedLine{c.text, score, c.edits};
  }
  return best;
}

std::optional<MrzLineSelection> select_mrz_lines(std::span<const std::string> raw_lines,
                                                 const MrzAlignOptions& options) {
  std::vector<std::string> cleaned;
  for (const auto& raw : raw_lines) cleaned.push_back(clean_mrz_text(raw));
  const int max_shift = std::max(options.max_edits, options.max_filler_shift);

  std::optional<MrzLineSelection> best;
  for (MrzFormat format : {MrzFormat::kTd1, MrzFormat::kTd2, MrzFormat::kTd3}) {
    const MrzLayout& layout = mrz_layout(format);
    for (int first = 0; first + layout.line_count <= static_cast<int>(cleaned.size()); ++first) {
      MrzLineSelection sel{format, first, {}, 0.0, 0};
      double fit = 0;
      int fillers = 0;
      bool ok = true;
      for (int i = 0; i < layout.line_count && ok; ++i) {
        const std::string& line = cleaned[static_cast<size_t>(first + i)];
        if (std::abs(static_cast<int>(line.size()) - layout.line_length) > max_shift) {
          ok = false;
          break;
        }
        auto aligned = align_mrz_line(line, format, i, options);
        if (!aligned) {
          ok = false;
          break;
        }
        fit += aligned->score;
        sel.edits += aligned->edits;
        fillers += static_cast<int>(std::count(aligned->text.begin(), aligned->text.end(), '<'));
        sel.lines.push_back(std::move(aligned->text));
      }
      if (!ok || fillers < 3) continue;
      const int chars = layout.line_count * layout.line_length;
      // Per-character fit, less a little for every character the alignment had to invent.
      sel.score = fit / chars - 0.01 * sel.edits;
      if (!best || sel.score > best->score) best = std::move(sel);
    }
  }
  if (best && best->score < 0.6) return std::nullopt;
  return best;
}

}  // namespace kycx::extractors::mrz
