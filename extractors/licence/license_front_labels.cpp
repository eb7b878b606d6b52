#include "extractors/licence/license_front_labels.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "core/ascii.hpp"
#include "extractors/common/text_match.hpp"
#include "extractors/licence/license_front_values.hpp"

namespace kycx::extractors::licence {

namespace {

struct LabelName {
  std::string_view text;
  FrontLabel label;
};

// Labels that are also words of values ("LN" for lane, "NO", "DL") count
// only at the start of a line or right after another label ("4d DL").
bool start_only(std::string_view t) {
  for (std::string_view w : {"ln", "fn", "no", "nom", "dl", "dln", "lic", "given", "surname", "addr", "address",
                             "adresse", "prenom", "number", "license", "licence", "end", "donor", "veteran"}) {
    if (t == w) return true;
  }
  return false;
}

constexpr std::array<LabelName, 46> kLabels{{
    {"dl", FrontLabel::kNumber},
    {"dln", FrontLabel::kNumber},
    {"lic", FrontLabel::kNumber},
    {"no", FrontLabel::kNumber},
    {"number", FrontLabel::kNumber},
    {"number/numero", FrontLabel::kNumber},
    {"number/numéro", FrontLabel::kNumber},
    {"4d", FrontLabel::kNumber},
    {"license", FrontLabel::kNumber},
    {"licence", FrontLabel::kNumber},
    {"ln", FrontLabel::kSurname},
    {"surname", FrontLabel::kSurname},
    {"nom", FrontLabel::kSurname},
    {"fn", FrontLabel::kGiven},
    {"given", FrontLabel::kGiven},
    {"prenom", FrontLabel::kGiven},
    {"addr", FrontLabel::kAddress},
    {"address", FrontLabel::kAddress},
    {"adresse", FrontLabel::kAddress},
    {"dob", FrontLabel::kBirth},
    {"birth", FrontLabel::kBirth},
    {"ddn", FrontLabel::kBirth},
    {"iss", FrontLabel::kIssue},
    {"4a", FrontLabel::kIssue},
    {"issued", FrontLabel::kIssue},
    {"exp", FrontLabel::kExpiry},
    {"4b", FrontLabel::kExpiry},
    {"expires", FrontLabel::kExpiry},
    {"sex", FrontLabel::kSex},
    {"sexe", FrontLabel::kSex},
    {"dd", FrontLabel::kDiscriminator},
    {"class", FrontLabel::kOther},
    {"9a", FrontLabel::kOther},
    {"hgt", FrontLabel::kOther},
    {"wgt", FrontLabel::kOther},
    {"eyes", FrontLabel::kOther},
    {"hair", FrontLabel::kOther},
    {"rstr", FrontLabel::kOther},
    {"end", FrontLabel::kOther},
    {"height", FrontLabel::kOther},
    {"weight", FrontLabel::kOther},
    {"donor", FrontLabel::kOther},
    {"veteran", FrontLabel::kOther},
    {"restr", FrontLabel::kOther},
    {"endorsements", FrontLabel::kOther},
    {"restrictions", FrontLabel::kOther},
}};

// AAMVA card design field numbers printed before the labels (1 family name,
// 2 given names, 3 birth, 5 discriminator, 8 address, 15 sex, ...).
std::optional<FrontLabel> numbered_label(std::string_view t) {
  if (t == "1") return FrontLabel::kSurname;
  if (t == "2") return FrontLabel::kGiven;
  if (t == "3") return FrontLabel::kBirth;
  if (t == "5") return FrontLabel::kDiscriminator;
  if (t == "8") return FrontLabel::kAddress;
  if (t == "15") return FrontLabel::kSex;
  if (t == "9" || t == "12" || t == "16" || t == "17" || t == "18" || t == "19") return FrontLabel::kOther;
  return std::nullopt;
}

}  // namespace

FrontLabel front_label(std::string_view token) {
  const std::string t = ascii_lower(strip_stray_marks(token));
  if (t.empty()) return FrontLabel::kNone;
  for (const auto& l : kLabels) {
    if (l.text == t) return l.label;
  }
  // Labels of three letters or more survive one OCR slip ("1ss", "exd"); only
  // tokens with lower case qualify, so a printed value such as "DOE" stays a value.
  if (t.size() >= 3 && has_ascii_lower(token)) {
    for (const auto& l : kLabels) {
      if (l.text.size() >= 3 && l.text.size() <= 5 && edit_distance(l.text, t, 1) <= 1 &&
          l.label != FrontLabel::kNumber) {
        return l.label;
      }
    }
  }
  return FrontLabel::kNone;
}

std::vector<FrontSegment> segment_front_line(const std::vector<std::string>& w) {
  std::vector<FrontSegment> out(1);
  for (int i = 0; i < static_cast<int>(w.size()); ++i) {
    const std::string_view t = strip_stray_marks(w[static_cast<size_t>(i)]);
    FrontLabel label = front_label(t);
    const bool after_label = i > 0 && out.back().words.empty() && out.back().label != FrontLabel::kNone;
    if (label != FrontLabel::kNone && i > 0 && !after_label && start_only(ascii_lower(t))) label = FrontLabel::kNone;
    if (label == FrontLabel::kNone) {
      if (auto numbered = numbered_label(t)) {
        const bool before_label =
            i + 1 < static_cast<int>(w.size()) && front_label(w[static_cast<size_t>(i) + 1]) != FrontLabel::kNone;
        if (i == 0 || before_label) label = *numbered;
      }
    }
    // A short lower-case token at the start of a line is a label OCR misread ("in", "rn", "pos").
    if (label == FrontLabel::kNone && i == 0 && t.size() <= 4 && has_ascii_lower(t) && w.size() > 1) {
      label = FrontLabel::kNoise;
    }
    if (label != FrontLabel::kNone) {
      out.push_back(FrontSegment{label, {}});  // "3 DOB" leaves an empty "3" segment: harmless
      continue;
    }
    out.back().words.push_back(i);
  }
  return out;
}

}  // namespace kycx::extractors::licence
