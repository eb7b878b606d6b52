#include "llm/answer_fields.hpp"

#include <algorithm>

#include "llm/grounding.hpp"

namespace kycx::llm {

namespace {

struct Cited {
  std::vector<LineRef> refs;
  int unknown = 0;
};

Cited cited_lines(const Json& ids, const DocumentLines& lines) {
  Cited c;
  if (!ids.is_array()) return c;
  for (const auto& id : ids) {
    if (!id.is_string()) continue;
    if (auto ref = lines.find(id.get<std::string>())) {
      c.refs.push_back(*ref);
    } else {
      ++c.unknown;
    }
  }
  return c;
}

// A number that came back through a placeholder keeps the document's print
// form ("123 45 6789"); the schema may want it written another way.
Json conform(const Json& restored, const std::string& name, const schemas::DocumentSchema& schema) {
  if (!restored.is_string()) return restored;
  const std::string s = restored.get<std::string>();
  std::string no_spaces, dashed, bare;
  for (char c : s) {
    if (c != ' ') no_spaces.push_back(c);
    dashed.push_back(c == ' ' ? '-' : c);
    if (c != ' ' && c != '-') bare.push_back(c);
  }
  for (const std::string& candidate : {s, no_spaces, dashed, bare}) {
    const auto violations = schema.validate_values(Json{{name, candidate}});
    const bool ok = std::none_of(violations.begin(), violations.end(),
                                 [&](const schemas::Violation& v) { return v.field == name; });
    if (ok) return candidate;
  }
  return restored;
}

Json sources_json(const std::vector<SourceRef>& sources) {
  Json out = Json::array();
  for (const auto& s : sources) {
    const BBox b = rounded(s.bbox);
    out.push_back(Json{{"page", s.page}, {"bbox", {b.x0, b.y0, b.x1, b.y1}}, {"text", s.text}});
  }
  return out;
}

struct Grounded {
  bool all_found = true;
  double min_confidence = 1.0;
  std::vector<SourceRef> sources;

  void add(const Grounding& g) {
    all_found = all_found && g.found;
    min_confidence = std::min(min_confidence, g.found ? g.min_confidence : 0.0);
    sources.insert(sources.end(), g.sources.begin(), g.sources.end());
  }
};

// One row of an array of objects: each member grounded in the row's lines.
Json ground_row(Json item, const std::vector<LineRef>& fallback, const DocumentLines& lines,
                const std::vector<ocr::Page>& pages, Grounded& field, int& unknown) {
  Cited cited = cited_lines(item.value("lines", Json::array()), lines);
  unknown += cited.unknown;
  if (cited.refs.empty()) cited.refs = fallback;
  item.erase("lines");
  Grounded row;
  for (const auto& [key, member] : item.items()) {
    if (member.is_null()) continue;
    row.add(ground_value(member, pages, cited.refs));
  }
  item["source"] = sources_json(row.sources);
  item["confidence"] = row.all_found ? row.min_confidence : 0.0;
  field.all_found = field.all_found && row.all_found;
  field.min_confidence = std::min(field.min_confidence, row.all_found ? row.min_confidence : 0.0);
  return item;
}

}  // namespace

AnswerFields answer_fields(const Json& answer, const schemas::DocumentSchema& schema, const DocumentLines& lines,
                           const Redactor& redactor, const std::vector<ocr::Page>& pages) {
  AnswerFields out;
  for (const auto& spec : schema.fields()) {
    if (!answer.contains(spec.name)) continue;
    const Json& entry = answer[spec.name];
    if (!entry.is_object() || !entry.contains("value") || entry["value"].is_null()) continue;
    if (entry["value"].is_array() && entry["value"].empty()) continue;
    const Cited cited = cited_lines(entry.value("lines", Json::array()), lines);
    out.unknown_line_ids += cited.unknown;
    Json value = redactor.restore_values(entry["value"]);
    if (redactor.restore(entry["value"].dump()) != entry["value"].dump()) value = conform(value, spec.name, schema);

    Grounded g;
    if (value.is_array()) {
      for (auto& item : value) {
        if (item.is_object()) {
          item = ground_row(std::move(item), cited.refs, lines, pages, g, out.unknown_line_ids);
        } else {
          g.add(ground_value(item, pages, cited.refs));
        }
      }
    } else {
      g.add(ground_value(value, pages, cited.refs));
    }
    Field f;
    f.value = std::move(value);
    f.method = Method::kLlm;
    f.source = std::move(g.sources);
    f.evidence.ocr_confidence = g.all_found ? g.min_confidence : 0.0;
    if (g.all_found) {
      ++out.grounded;
    } else {
      ++out.ungrounded;
      f.review.add("ungrounded");
    }
    out.fields.set(spec.name, std::move(f));
  }
  return out;
}

}  // namespace kycx::llm
