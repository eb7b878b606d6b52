#include "extractors/licence/license_front_reader.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/ascii.hpp"
#include "core/regions.hpp"
#include "extractors/licence/license_front_labels.hpp"
#include "extractors/licence/license_front_values.hpp"

namespace kycx::extractors::licence {

namespace {

using Label = FrontLabel;
using Segment = FrontSegment;

std::vector<Segment> segments_of(const FrontLine& line) {
  std::vector<std::string> texts;
  texts.reserve(line.words.size());
  for (const auto& w : line.words) texts.push_back(w.text);
  return segment_front_line(texts);
}

class FrontParser {
 public:
  FrontParser(std::vector<FrontLine> lines, std::string country)
      : lines_(std::move(lines)), country_(std::move(country)) {
    for (const auto& line : lines_) segments_.push_back(segments_of(line));
  }

  LicenseFront run() && {
    if (country_.empty()) country_ = guess_country();
    address();
    labelled();
    dates();
    number_by_layout();
    names_by_layout();
    LicenseFront out;
    out.fields = std::move(fields_);
    out.country = country_;
    out.lines = std::move(lines_);
    return out;
  }

 private:
  const FrontWord& word(size_t line, int index) const { return lines_[line].words[static_cast<size_t>(index)]; }

  void set(const std::string& name, std::string value, size_t line, const std::vector<int>& words, bool labelled) {
    if (fields_.count(name) != 0 || words.empty() || value.empty()) return;
    FrontValue v;
    v.value = std::move(value);
    v.labelled = labelled;
    v.source.page = lines_[line].page;
    v.confidence = 1.0;
    for (int i : words) {
      const FrontWord& w = word(line, i);
      v.source.bbox = united(v.source.bbox, w.box);
      if (!v.source.text.empty()) v.source.text.push_back(' ');
      v.source.text += w.text;
      v.confidence = std::min(v.confidence, w.confidence);
    }
    fields_[name] = std::move(v);
    used_lines_.push_back(line);
  }

  std::string joined(size_t line, const std::vector<int>& words) const {
    std::string out;
    for (int i : words) {
      if (!out.empty()) out.push_back(' ');
      out += trim_punctuation(word(line, i).text);
    }
    return out;
  }

  std::string guess_country() const {
    for (const auto& line : lines_) {
      const std::string t = line.text();
      if (t.find("LICENCE") != std::string::npos || t.find("PERMIS") != std::string::npos) return "CAN";
    }
    return "";
  }

  // "EDMONTON, AB T2T 1T6" / "LANSING, MI 48993": city, state, postal code;
  // the street is the line above.
  void address() {
    for (size_t l = 0; l < lines_.size(); ++l) {
      const auto& w = lines_[l].words;
      const int n = static_cast<int>(w.size());
      if (n < 3) continue;
      std::vector<int> postal;
      std::string code;
      int state_at = -1;
      const std::string last(strip_stray_marks(w[static_cast<size_t>(n - 1)].text));
      const std::string before(strip_stray_marks(w[static_cast<size_t>(n - 2)].text));
      auto zip = [](const std::string& s) {
        return (s.size() == 5 && all_ascii_digits(s)) ||
               (s.size() == 10 && all_ascii_digits(s.substr(0, 5)) && s[5] == '-' && all_ascii_digits(s.substr(6)));
      };
      // Canadian postal codes: "A1A" then "1A1".
      auto ca_half = [](const std::string& s, bool first) {
        if (s.size() != 3) return false;
        auto letter = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
        auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
        return first ? letter(s[0]) && digit(s[1]) && letter(s[2]) : digit(s[0]) && letter(s[1]) && digit(s[2]);
      };
      if (zip(last)) {
        postal = {n - 1};
        code = last;
        state_at = n - 2;
      } else if (n >= 4 && ca_half(before, true) && ca_half(last, false)) {
        postal = {n - 2, n - 1};
        code = before;
        code.append(" ").append(last);
        state_at = n - 3;
      } else {
        continue;
      }
      // OCR sometimes reads the second letter of the code in lower case ("Nj").
      const std::string state = ascii_upper(strip_stray_marks(w[static_cast<size_t>(state_at)].text));
      if (!region_by_code(state)) continue;
      std::vector<int> city;
      for (int i = 0; i < state_at; ++i) {
        if (is_printed_name_word(w[static_cast<size_t>(i)].text)) city.push_back(i);
      }
      if (city.empty()) continue;
      set("address_city", joined(l, city), l, city, false);
      set("address_state", state, l, {state_at}, false);
      set("address_postal_code", code, l, postal, false);
      if (country_.empty()) country_ = postal.size() == 2 ? "CAN" : "USA";
      address_line_ = l;
      if (l > 0 && lines_[l - 1].page == lines_[l].page) street(l - 1);
      return;
    }
  }

  void street(size_t l) {
    for (const auto& seg : segments_[l]) {
      if (seg.label != Label::kNone && seg.label != Label::kNoise && seg.label != Label::kAddress) continue;
      std::vector<int> words = seg.words;
      // "8 28096 RIVERBEND BLVD": a field number left in front of the house number.
      // OCR may run a line on into the other side of a side-by-side image:
      // a street is printed in capitals, so a lower-case word ends it.
      for (size_t k = 0; k < words.size(); ++k) {
        if (has_ascii_lower(word(l, words[k]).text)) {
          words.resize(k);
          break;
        }
      }
      if (words.size() >= 2 && all_ascii_digits(strip_stray_marks(word(l, words[0]).text)) &&
          strip_stray_marks(word(l, words[0]).text).size() <= 2 &&
          all_ascii_digits(strip_stray_marks(word(l, words[1]).text))) {
        words.erase(words.begin());
      }
      const std::string street = joined(l, words);
      const auto alnum = std::count_if(street.begin(), street.end(),
                                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
      if (alnum < 3 || std::none_of(street.begin(), street.end(),
                                    [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) {
        continue;
      }
      set("address_street", street, l, words, seg.label == Label::kAddress);
      street_line_ = l;
      return;
    }
  }

  void labelled() {
    for (size_t l = 0; l < lines_.size(); ++l) {
      for (const auto& seg : segments_[l]) {
        if (seg.words.empty()) continue;
        switch (seg.label) {
          case Label::kNumber: number(l, seg.words, true); break;
          case Label::kSurname: name("surname", l, seg.words, true); break;
          case Label::kGiven: name("given_names", l, seg.words, true); break;
          case Label::kSex: sex(l, seg.words); break;
          default: break;
        }
      }
    }
  }

  void number(size_t l, const std::vector<int>& words, bool labelled) {
    // OCR may split a number into groups of digits ("363 168408"): they are joined.
    std::string value;
    std::vector<int> used;
    for (int i : words) {
      std::string raw = word(l, i).text;
      std::replace(raw.begin(), raw.end(), '$', 'S');  // OCR's S in a licence number
      const std::string_view t = strip_stray_marks(raw);
      const bool token = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-';
      });
      // Groups of three or more digits only: a lone "0" is what OCR leaves of a label.
      const bool group = all_ascii_digits(t) && t.size() >= 3;
      if (!token || (!used.empty() && !(all_ascii_digits(value) && value.size() >= 3 && group))) break;
      value += t;
      used.push_back(i);
    }
    const auto digits =
        std::count_if(value.begin(), value.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (value.size() < (labelled ? 5u : 6u) || value.size() > 25 || digits < 4 || !card_date_readings(value).empty()) {
      return;
    }
    set("document_number", value, l, used, labelled);
    if (fields_.count("document_number")) number_line_ = l;
  }

  void name(const std::string& field, size_t l, const std::vector<int>& words, bool labelled) {
    std::vector<int> used;
    for (int i : words) {
      if (!is_printed_name_word(word(l, i).text)) return;
      used.push_back(i);
    }
    set(field, joined(l, used), l, used, labelled);
  }

  void sex(size_t l, const std::vector<int>& words) {
    const std::string t(strip_stray_marks(word(l, words[0]).text));
    if (t == "M" || t == "F" || t == "X") set("sex", t, l, {words[0]}, true);
  }

  struct DateToken {
    size_t line;
    int word;
    Date date;
    Label label;
  };

  // Labelled dates where OCR kept the labels; the others by order, since a
  // licence is issued after birth and expires after issue.
  void dates() {
    std::vector<DateToken> found;
    // A date label whose value OCR garbled blocks its slot: the date found
    // by order would be another one ("exp 1111212029" next to the issue date).
    std::vector<std::string> blocked;
    for (size_t l = 0; l < lines_.size(); ++l) {
      for (const auto& seg : segments_[l]) {
        bool dated = false;
        for (int i : seg.words) {
          auto d = card_date(strip_stray_marks(word(l, i).text), country_);
          if (!d) continue;
          found.push_back(DateToken{l, i, *d, seg.label});
          dated = true;
          break;  // one date per label
        }
        if (dated || seg.words.empty()) continue;
        if (seg.label == Label::kBirth) blocked.emplace_back("date_of_birth");
        if (seg.label == Label::kIssue) blocked.emplace_back("date_of_issue");
        if (seg.label == Label::kExpiry) blocked.emplace_back("date_of_expiry");
      }
    }
    auto put = [&](const char* field, const DateToken& t, bool labelled) {
      if (!labelled && std::find(blocked.begin(), blocked.end(), field) != blocked.end()) return;
      set(field, format_date(t.date), t.line, {t.word}, labelled);
      date_lines_.emplace(field, t.line);
    };
    std::vector<DateToken> rest;
    for (const auto& t : found) {
      if (t.label == Label::kBirth) {
        put("date_of_birth", t, true);
      } else if (t.label == Label::kIssue) {
        put("date_of_issue", t, true);
      } else if (t.label == Label::kExpiry) {
        put("date_of_expiry", t, true);
      } else {
        rest.push_back(t);
      }
    }
    std::sort(rest.begin(), rest.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    if (rest.empty()) return;
    Date latest = rest.back().date;
    for (const char* f : {"date_of_issue", "date_of_expiry"}) {
      if (auto it = fields_.find(f); it != fields_.end())
        latest = std::max(latest, *parse_canonical_date(it->second.value));
    }
    // A birth date lies years before the other dates on a licence.
    if (!fields_.count("date_of_birth") &&
        days_since_epoch(latest) - days_since_epoch(rest.front().date) > 10 * 365LL) {
      put("date_of_birth", rest.front(), false);
      rest.erase(rest.begin());
    }
    if (rest.empty()) return;
    auto after = [&](const char* field, const Date& d) {
      auto it = fields_.find(field);
      return it == fields_.end() || *parse_canonical_date(it->second.value) < d;
    };
    const bool anchored = rest.size() >= 2 || fields_.count("date_of_birth") || fields_.count("date_of_issue");
    if (!fields_.count("date_of_expiry") && anchored && after("date_of_birth", rest.back().date) &&
        after("date_of_issue", rest.back().date)) {
      put("date_of_expiry", rest.back(), false);
      rest.pop_back();
    }
    // An issue date only between a known birth and a known expiry.
    if (rest.size() == 1 && !fields_.count("date_of_issue") && fields_.count("date_of_birth") &&
        fields_.count("date_of_expiry") && after("date_of_birth", rest.front().date) &&
        rest.front().date < *parse_canonical_date(fields_.at("date_of_expiry").value)) {
      put("date_of_issue", rest.front(), false);
    }
  }

  // Without a label the licence number is the topmost alphanumeric with
  // enough digits that is neither a date, the address nor the discriminator.
  void number_by_layout() {
    if (fields_.count("document_number")) return;
    // The number is printed above the address; below it are the discriminator and other codes.
    size_t below = street_line_ != kNoLine ? street_line_ : address_line_;
    for (const char* f : {"date_of_birth", "date_of_issue", "date_of_expiry"}) {
      if (auto it = date_lines_.find(f); it != date_lines_.end()) below = std::min(below, it->second);
    }
    for (size_t l = 0; l < lines_.size() && l < below; ++l) {
      for (const auto& seg : segments_[l]) {
        if (seg.label != Label::kNone && seg.label != Label::kNoise) continue;
        for (size_t k = 0; k < seg.words.size(); ++k) {
          number(l, std::vector<int>(seg.words.begin() + static_cast<std::ptrdiff_t>(k), seg.words.end()), false);
          if (fields_.count("document_number")) return;
        }
      }
    }
  }

  // Between the number and the street: "SURNAME, GIVEN NAMES" on one line, or
  // the surname on one line and the given names on the next.
  void names_by_layout() {
    if (fields_.count("surname") && fields_.count("given_names")) return;
    if (number_line_ == kNoLine || street_line_ == kNoLine || street_line_ <= number_line_) return;
    std::vector<std::pair<size_t, std::vector<int>>> candidates;
    for (size_t l = number_line_ + 1; l < street_line_; ++l) {
      if (std::find(used_lines_.begin(), used_lines_.end(), l) != used_lines_.end()) continue;
      std::vector<int> words;
      for (const auto& seg : segments_[l]) {
        if (seg.label == Label::kNone || seg.label == Label::kNoise)
          words.insert(words.end(), seg.words.begin(), seg.words.end());
      }
      if (words.empty() ||
          !std::all_of(words.begin(), words.end(), [&](int i) { return is_printed_name_word(word(l, i).text); })) {
        continue;
      }
      candidates.emplace_back(l, words);
    }
    if (candidates.size() == 1) {
      const auto& [l, words] = candidates.front();
      for (size_t k = 0; k < words.size(); ++k) {
        if (word(l, words[k]).text.back() != ',' || k + 1 == words.size()) continue;
        name("surname", l, std::vector<int>(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k + 1)), false);
        name("given_names", l, std::vector<int>(words.begin() + static_cast<std::ptrdiff_t>(k + 1), words.end()),
             false);
        return;
      }
    } else if (candidates.size() == 2) {
      name("surname", candidates[0].first, candidates[0].second, false);
      name("given_names", candidates[1].first, candidates[1].second, false);
    }
  }

  static constexpr size_t kNoLine = static_cast<size_t>(-1);
  std::vector<FrontLine> lines_;
  std::vector<std::vector<Segment>> segments_;
  std::string country_;
  std::map<std::string, FrontValue> fields_;
  std::vector<size_t> used_lines_;
  size_t address_line_ = kNoLine;
  size_t street_line_ = kNoLine;
  size_t number_line_ = kNoLine;
  std::map<std::string, size_t> date_lines_;  // date field -> line it was read on
};

bool inside(const BBox& outer, const BBox& b) {
  return b.center_x() >= outer.x0 && b.center_x() <= outer.x1 && b.center_y() >= outer.y0 && b.center_y() <= outer.y1;
}

}  // namespace

std::string FrontLine::text() const {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w.text;
  }
  return out;
}

const FrontValue* LicenseFront::field(std::string_view name) const {
  auto it = fields.find(std::string(name));
  return it == fields.end() ? nullptr : &it->second;
}

LicenseFront read_license_front(const std::vector<ocr::Page>& pages, const LicenseFrontOptions& options) {
  std::vector<FrontLine> lines;
  const int count = std::min(static_cast<int>(pages.size()), options.max_pages);
  for (int p = 0; p < count; ++p) {
    const ocr::PageText& text = pages[static_cast<size_t>(p)].text;
    for (const auto& line : text.lines) {
      FrontLine out;
      out.page = p + 1;
      for (int i = line.first_word; i < line.first_word + line.word_count; ++i) {
        const ocr::Word& w = text.words[static_cast<size_t>(i)];
        if (p == options.exclude_page && inside(options.exclude_box, w.box)) continue;
        out.words.push_back(FrontWord{w.text, w.box, static_cast<double>(w.confidence)});
      }
      if (!out.words.empty()) lines.push_back(std::move(out));
    }
  }
  return FrontParser(std::move(lines), options.country).run();
}

}  // namespace kycx::extractors::licence
