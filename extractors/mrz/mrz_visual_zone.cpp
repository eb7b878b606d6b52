#include "extractors/mrz/mrz_visual_zone.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "extractors/common/text_match.hpp"
#include "extractors/common/upright_frame.hpp"

namespace kycx::extractors::mrz {

namespace {

struct FieldLabels {
  const char* field;
  std::vector<const char*> phrases;  // English first; national wordings of ICAO 9303 documents after
};

const std::vector<FieldLabels>& labels() {
  static const std::vector<FieldLabels> kLabels = {
      {"surname", {"surname", "efternamn", "apellidos", "cognome", "nachname"}},
      {"given_names", {"given names", "prenoms", "vornamen", "voornamen", "fornamn", "nombre"}},
      {"date_of_birth",
       {"date of birth", "date de naissance", "geburtstag", "geburtsdatum", "geboortedatum", "fodelsedatum",
        "fecha de nacimiento", "data di nascita"}},
      {"date_of_expiry",
       {"date of expiry", "date d expiration", "gultig bis", "geldig tot", "giltig t o m", "fecha de caducidad",
        "scadenza"}},
      {"document_number",
       {"passport no", "document no", "passeport n", "pass nr", "documentnummer", "passnummer", "n pasaporte",
        "passaporto n", "card no"}},
      {"date_of_issue",
       {"date of issue", "date de delivrance", "ausstellungsdatum", "datum verstrekking", "utfardandedatum",
        "fecha de expedicion", "data di rilascio"}},
      {"place_of_birth",
       {"place of birth", "lieu de naissance", "geburtsort", "geboorteplaats", "fodelseort", "lugar de nacimiento",
        "luogo di nascita"}},
  };
  return kLabels;
}

struct Placed {
  const ocr::Word* word;
  BBox up;  // box in the upright page
};

// The words of a value printed under the label at `label` (upright box):
// the OCR line of the nearest word below that starts about where the label
// starts (a tilted scan makes the line's words rise or fall: the line, not
// the single highest word, decides), from its first word in that column on,
// without a column gap.
std::vector<const ocr::Word*> value_below(const ocr::PageText& text, int rotation, const BBox& label,
                                          int first_label_word, int label_words) {
  const double h = std::max(label.height(), 1e-4);
  auto in_column = [&](const BBox& b) { return b.x0 >= label.x0 - 2.5 * h && b.x0 <= label.x0 + 2.0 * h; };
  std::optional<Placed> nearest;
  for (size_t w = 0; w < text.words.size(); ++w) {
    if (int(w) >= first_label_word && int(w) < first_label_word + label_words) continue;
    const BBox b = to_upright(text.words[w].box, rotation);
    if (b.y0 < label.y0 + 0.6 * h || b.y0 > label.y1 + 2.5 * h || !in_column(b)) continue;
    if (!nearest || b.y0 < nearest->up.y0) nearest = Placed{&text.words[w], b};
  }
  if (!nearest) return {};
  const ocr::Line& line = text.lines[size_t(nearest->word->line)];
  std::vector<Placed> row;
  for (int w = line.first_word; w < line.first_word + line.word_count; ++w) {
    row.push_back({&text.words[size_t(w)], to_upright(text.words[size_t(w)].box, rotation)});
  }
  std::sort(row.begin(), row.end(), [](const Placed& a, const Placed& b) { return a.up.x0 < b.up.x0; });
  // The value starts at the first word of the column that reaches past the
  // label's start (else the column's first): OCR reads specks left of the
  // value as words ("i 23 MAY/MAI 25"), and sometimes boxes the first word
  // after them from the specks on ("10" boxed over the photo's edge).
  auto candidate = [&](const Placed& p) {
    return in_column(p.up) || (p.up.x1 >= label.x0 + h && p.up.x0 <= label.x0 + 2.0 * h);
  };
  auto first =
      std::find_if(row.begin(), row.end(), [&](const Placed& p) { return candidate(p) && p.up.x1 > label.x0; });
  if (first == row.end()) first = std::find_if(row.begin(), row.end(), candidate);
  std::vector<const ocr::Word*> out;
  for (auto cur = first; cur != row.end(); ++cur) {
    if (cur != first) {
      const Placed& prev = *(cur - 1);
      if (cur->up.x0 - prev.up.x1 > 1.2 * std::max(prev.up.height(), h)) break;
    }
    out.push_back(cur->word);
  }
  return out;
}

bool has_alnum(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

// The label's words extended to the left over the words printed with it
// ("Data di nascita/" before "Date of birth", a "1." field number): the value
// is aligned with the label's start. Not over marks without a letter or
// digit ("\\", "—"): specks and rules of the page OCR read as words.
std::pair<int, int> whole_label(const ocr::PageText& text, int rotation, const PhraseHit& hit) {
  const ocr::Line& line = text.lines[size_t(hit.line)];
  int first = hit.first_word;
  BBox cur = to_upright(text.words[size_t(first)].box, rotation);
  while (first > line.first_word) {
    const BBox prev = to_upright(text.words[size_t(first - 1)].box, rotation);
    if (!has_alnum(text.words[size_t(first - 1)].text)) break;
    if (cur.x0 - prev.x1 > 1.2 * std::max(prev.height(), cur.height()) || prev.x0 > cur.x0) break;
    --first;
    cur = prev;
  }
  return {first, hit.first_word + hit.word_count - first};
}

}  // namespace

std::vector<VisualValue> read_visual_zone(const std::vector<ocr::Page>& pages, const VisualZoneOptions& options) {
  std::vector<VisualValue> out;
  // Long documents are cut to their first pages (a copy only then).
  std::vector<ocr::Page> first_pages;
  const size_t max_pages = size_t(std::max(0, options.max_pages));
  if (pages.size() > max_pages) first_pages.assign(pages.begin(), pages.begin() + long(max_pages));
  const std::vector<ocr::Page>& searched = pages.size() > max_pages ? first_pages : pages;
  std::vector<int> rotations;
  rotations.reserve(searched.size());
  for (const ocr::Page& page : searched) rotations.push_back(reading_rotation(page.text));
  for (const FieldLabels& field : labels()) {
    std::optional<VisualValue> found;
    for (const char* phrase : field.phrases) {
      for (const PhraseHit& hit : find_phrase(searched, phrase)) {
        const ocr::PageText& text = searched[size_t(hit.page)].text;
        const int rotation = rotations[size_t(hit.page)];
        const auto [first, count] = whole_label(text, rotation, hit);
        BBox label;
        for (int w = first; w < first + count; ++w)
          label = united(label, to_upright(text.words[size_t(w)].box, rotation));
        const auto words = value_below(text, rotation, label, first, count);
        if (words.empty()) continue;
        VisualValue v;
        v.field = field.field;
        v.confidence = 1.0;
        v.source.page = hit.page + 1;
        for (const ocr::Word* w : words) {
          v.source.bbox = united(v.source.bbox, w->box);
          if (!v.text.empty()) v.text += ' ';
          v.text += w->text;
          v.confidence = std::min(v.confidence, double(w->confidence));
        }
        v.source.text = v.text;
        found = std::move(v);
        break;
      }
      if (found) break;
    }
    if (found) out.push_back(std::move(*found));
  }
  return out;
}

}  // namespace kycx::extractors::mrz
