#include "core/envelope.hpp"

#include <cmath>

#include "core/path_text.hpp"

namespace kycx {

namespace {

double round_to(double v, double scale) {
  return std::round(v * scale) / scale;
}

Json source_to_json(const SourceRef& s) {
  const BBox b = rounded(s.bbox);
  return Json{{"page", s.page}, {"bbox", {b.x0, b.y0, b.x1, b.y1}}, {"text", s.text}};
}

Json review_to_json(const ReviewState& r) {
  return Json{{"required", r.required}, {"reasons", r.reasons}};
}

ReviewState review_from_json(const Json& j) {
  ReviewState r;
  r.required = j.value("required", false);
  if (j.contains("reasons")) r.reasons = j.at("reasons").get<std::vector<std::string>>();
  return r;
}

SourceRef source_from_json(const Json& j) {
  SourceRef s;
  s.page = j.value("page", 1);
  const auto& b = j.at("bbox");
  s.bbox = {b.at(0).get<double>(), b.at(1).get<double>(), b.at(2).get<double>(), b.at(3).get<double>()};
  s.text = j.value("text", "");
  return s;
}

// A file name is bytes; JSON carries a valid UTF-8 rendering and, when that
// differs from the bytes, the exact bytes as base64 beside it.
void put_name(Json& out, const char* key, const std::string& bytes) {
  const std::string shown = printable_utf8(bytes);
  out[key] = shown;
  if (shown != bytes) out[std::string(key) + "_base64"] = base64_encode(bytes);
}

std::string get_name(const Json& source, const std::string& key) {
  if (const auto b = source.find(key + "_base64"); b != source.end() && b->is_string()) {
    if (auto bytes = base64_decode(b->get<std::string>())) return *bytes;
  }
  return source.value(key, "");
}

Json source_info_to_json(const SourceInfo& source) {
  Json out = Json::object();
  put_name(out, "file_name", source.file_name);
  put_name(out, "relative_path", source.relative_path);
  out["media_type"] = source.media_type;
  out["bytes"] = source.bytes;
  out["page_count"] = source.page_count;
  return out;
}

SourceInfo source_info_from_json(const Json& s) {
  return {get_name(s, "file_name"), get_name(s, "relative_path"), s.value("media_type", ""),
          s.value("bytes", std::uint64_t{0}), s.value("page_count", 0)};
}

}  // namespace

std::string_view to_string(DocumentStatus status) {
  switch (status) {
    case DocumentStatus::kAccepted: return "accepted";
    case DocumentStatus::kNeedsReview: return "needs_review";
    case DocumentStatus::kRejected: return "rejected";
  }
  return "needs_review";
}

std::optional<DocumentStatus> status_from_string(std::string_view name) {
  if (name == "accepted") return DocumentStatus::kAccepted;
  if (name == "needs_review") return DocumentStatus::kNeedsReview;
  if (name == "rejected") return DocumentStatus::kRejected;
  return std::nullopt;
}

std::string_view to_string(CheckResult result) {
  switch (result) {
    case CheckResult::kPass: return "pass";
    case CheckResult::kFail: return "fail";
    case CheckResult::kSkipped: return "skipped";
  }
  return "skipped";
}

std::string_view to_string(TextSource source) {
  return source == TextSource::kTextLayer ? "text_layer" : "ocr";
}

Json to_json(const Field& field) {
  Json sources = Json::array();
  for (const auto& s : field.source) sources.push_back(source_to_json(s));
  return Json{{"value", field.value},
              {"confidence", round_to(field.confidence, 1e4)},
              {"method", to_string(field.method)},
              {"source", std::move(sources)},
              {"review", review_to_json(field.review)}};
}

Result<Field> field_from_json(const Json& j) {
  try {
    Field f;
    f.value = j.at("value");
    f.confidence = j.value("confidence", 0.0);
    const auto method = method_from_string(j.value("method", "ocr_rules"));
    if (!method) return fail(ErrorCode::kInvalidArgument, "unknown field method");
    f.method = *method;
    for (const auto& s : j.value("source", Json::array())) f.source.push_back(source_from_json(s));
    if (j.contains("review")) f.review = review_from_json(j.at("review"));
    return f;
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::kInvalidArgument, std::string("malformed field: ") + e.what());
  }
}

Json to_json(const PacketRef& p) {
  return Json{
      {"id", p.id}, {"index", p.index}, {"count", p.count}, {"first_page", p.first_page}, {"last_page", p.last_page}};
}

Json Envelope::to_json() const {
  Json pages_json = Json::array();
  for (const auto& p : pages) {
    pages_json.push_back(Json{{"page", p.page},
                              {"width", round_to(p.width, 100)},
                              {"height", round_to(p.height, 100)},
                              {"unit", p.unit},
                              {"dpi", round_to(p.dpi, 100)},
                              {"text_source", kycx::to_string(p.text_source)},
                              {"rotation", p.rotation},
                              {"skew", round_to(p.skew, 100)}});
  }
  Json fields_json = Json::object();
  for (const auto& [name, field] : fields) fields_json[name] = kycx::to_json(field);
  Json checks_json = Json::array();
  for (const auto& c : checks) {
    checks_json.push_back(
        Json{{"rule", c.rule}, {"result", kycx::to_string(c.result)}, {"fields", c.fields}, {"message", c.message}});
  }
  Json errors_json = Json::array();
  for (const auto& e : errors) {
    errors_json.push_back(Json{{"code", e.code}, {"message", e.message}, {"stage", e.stage}});
  }
  Json stages = Json::object();
  for (const auto& [stage, ms] : provenance.stage_ms) stages[stage] = round_to(ms, 10);
  Json out{
      {"envelope_version", envelope_version},
      {"document_id", document_id},
      {"source", source_info_to_json(source)},
      {"pages", std::move(pages_json)},
      {"document_type", document_type},
      {"classification_confidence", round_to(classification_confidence, 1e4)},
      {"status", kycx::to_string(status)},
      {"fields", std::move(fields_json)},
      {"checks", std::move(checks_json)},
      {"review", review_to_json(review)},
      {"provenance",
       {{"kycx_version", provenance.kycx_version},
        {"extractors", provenance.extractors},
        {"llm", provenance.llm},
        {"started_at", provenance.started_at},
        {"duration_ms", provenance.duration_ms},
        {"stage_ms", std::move(stages)}}},
      {"errors", std::move(errors_json)},
  };
  if (!packet) return out;
  // A document of a packet says where it sits right after its id.
  Json with_packet;
  for (auto& [key, value] : out.items()) {
    with_packet[key] = std::move(value);
    if (key == "document_id") {
      with_packet["packet"] = kycx::to_json(*packet);
    }
  }
  return with_packet;
}

Result<Envelope> Envelope::from_json(const Json& j) {
  try {
    Envelope e;
    e.envelope_version = j.at("envelope_version").get<std::string>();
    e.document_id = j.at("document_id").get<std::string>();
    if (const auto p = j.find("packet"); p != j.end() && p->is_object()) {
      e.packet = PacketRef{p->value("id", ""), p->value("index", 1), p->value("count", 1), p->value("first_page", 1),
                           p->value("last_page", 1)};
    }
    const auto& s = j.at("source");
    e.source = source_info_from_json(s);
    for (const auto& p : j.at("pages")) {
      PageInfo info;
      info.page = p.value("page", 1);
      info.width = p.value("width", 0.0);
      info.height = p.value("height", 0.0);
      info.unit = p.value("unit", "px");
      info.dpi = p.value("dpi", 0.0);
      info.text_source = p.value("text_source", "ocr") == "text_layer" ? TextSource::kTextLayer : TextSource::kOcr;
      info.rotation = p.value("rotation", 0);
      info.skew = p.value("skew", 0.0);
      e.pages.push_back(info);
    }
    e.document_type = j.at("document_type").get<std::string>();
    e.classification_confidence = j.value("classification_confidence", 0.0);
    const auto status = status_from_string(j.at("status").get<std::string>());
    if (!status) return fail(ErrorCode::kInvalidArgument, "unknown envelope status");
    e.status = *status;
    for (const auto& [name, fj] : j.at("fields").items()) {
      auto field = field_from_json(fj);
      if (!field) return tl::unexpected(field.error());
      e.fields.set(name, std::move(*field));
    }
    for (const auto& c : j.value("checks", Json::array())) {
      Check check;
      check.rule = c.at("rule").get<std::string>();
      const auto r = c.value("result", "skipped");
      check.result = r == "pass" ? CheckResult::kPass : r == "fail" ? CheckResult::kFail : CheckResult::kSkipped;
      check.fields = c.value("fields", std::vector<std::string>{});
      check.message = c.value("message", "");
      e.checks.push_back(std::move(check));
    }
    if (j.contains("review")) e.review = review_from_json(j.at("review"));
    const auto& pv = j.at("provenance");
    e.provenance.kycx_version = pv.value("kycx_version", "");
    e.provenance.extractors = pv.value("extractors", std::vector<std::string>{});
    e.provenance.llm = pv.value("llm", Json());
    e.provenance.started_at = pv.value("started_at", "");
    e.provenance.duration_ms = pv.value("duration_ms", std::int64_t{0});
    const Json stage_ms = pv.value("stage_ms", Json::object());
    for (const auto& [stage, ms] : stage_ms.items()) {
      e.provenance.stage_ms[stage] = ms.get<double>();
    }
    for (const auto& err : j.value("errors", Json::array())) {
      e.errors.push_back({err.value("code", ""), err.value("message", ""), err.value("stage", "")});
    }
    return e;
  } catch (const nlohmann::json::exception& ex) {
    return fail(ErrorCode::kInvalidArgument, std::string("malformed envelope: ") + ex.what());
  }
}

void Envelope::reject(const Error& error, std::string stage) {
  status = DocumentStatus::kRejected;
  errors.push_back({std::string(kycx::to_string(error.code)), error.message, std::move(stage)});
}

}  // namespace kycx
