#include "extractors/mrz_visual_zone.hpp"

#include <algorithm>
#include <optional>

#include "extractors/text_match.hpp"
#include "extractors/upright_frame.hpp"

namespace kycx::extractors {

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
  };
  return kLabels;
}

struct Placed {
  const ocr::Word* word;
  BBox up;  // box in the upright page
};

// The words of a value printed under the label at `label` (upright box):
// the nearest word below, starting about where the label starts, and the
// words that follow it on its line without a column gap.
std::vector<const ocr::Word*> value_below(const ocr::PageText& text, const BBox& label, int first_label_word,
                                          int label_words) {
  const int rotation = text.info.rotation;
  const double h = std::max(label.height(), 1e-4);
  std::optional<Placed> start;
  for (size_t w = 0; w < text.words.size(); ++w) {
    if (int(w) >= first_label_word && int(w) < first_label_word + label_words) continue;
    const BBox b = to_upright(text.words[w].box, rotation);
    if (b.y0 < label.y0 + 0.6 * h || b.y0 > label.y1 + 2.5 * h) continue;
    if (b.x0 < label.x0 - 2.5 * h || b.x0 > label.x0 + 2.0 * h) continue;
    if (!start || b.y0 < start->up.y0 - 0.3 * h ||
        (std::abs(b.y0 - start->up.y0) <= 0.3 * h && std::abs(b.x0 - label.x0) < std::abs(start->up.x0 - label.x0))) {
      start = Placed{&text.words[w], b};
    }
  }
  if (!start) return {};
  // The rest of the value: same OCR line, left to right, no column gap.
  const ocr::Line& line = text.lines[size_t(start->word->line)];
  std::vector<Placed> row;
  for (int w = line.first_word; w < line.first_word + line.word_count; ++w) {
    row.push_back({&text.words[size_t(w)], to_upright(text.words[size_t(w)].box, rotation)});
  }
  std::sort(row.begin(), row.end(), [](const Placed& a, const Placed& b) { return a.up.x0 < b.up.x0; });
  std::vector<const ocr::Word*> out;
  const auto it = std::find_if(row.begin(), row.end(), [&](const Placed& p) { return p.word == start->word; });
  for (auto cur = it; cur != row.end(); ++cur) {
    if (cur != it) {
      const Placed& prev = *(cur - 1);
      if (cur->up.x0 - prev.up.x1 > 1.2 * std::max(prev.up.height(), h)) break;
    }
    out.push_back(cur->word);
  }
  return out;
}

}  // namespace

std::vector<VisualValue> read_visual_zone(const std::vector<ocr::Page>& pages, const VisualZoneOptions& options) {
  std::vector<VisualValue> out;
  // Long documents are cut to their first pages (a copy only then).
  std::vector<ocr::Page> first_pages;
  const size_t max_pages = size_t(std::max(0, options.max_pages));
  if (pages.size() > max_pages) first_pages.assign(pages.begin(), pages.begin() + long(max_pages));
  const std::vector<ocr::Page>& searched = pages.size() > max_pages ? first_pages : pages;
  for (const FieldLabels& field : labels()) {
    std::optional<VisualValue> found;
    for (const char* phrase : field.phrases) {
      for (const PhraseHit& hit : find_phrase(searched, phrase)) {
        const ocr::PageText& text = searched[size_t(hit.page)].text;
        BBox label;
        for (int w = hit.first_word; w < hit.first_word + hit.word_count; ++w) {
          label = united(label, to_upright(text.words[size_t(w)].box, text.info.rotation));
        }
        const auto words = value_below(text, label, hit.first_word, hit.word_count);
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

}  // namespace kycx::extractors
