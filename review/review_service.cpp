#include "review/review_service.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/ascii.hpp"
#include "core/atomic_file.hpp"
#include "core/path_text.hpp"
#include "core/version.hpp"
#include "schemas/schema_registry.hpp"
#include "store/migrations.hpp"
#include "validators/rule_catalog.hpp"
#include "validators/rule_engine.hpp"
#include "validators/status_decider.hpp"

namespace kycx::review {

namespace {

Error not_found(const std::string& key) {
  return {ErrorCode::kNotFound, "no document '" + key + "' in the review store (see kycx review list)"};
}

// The value a reviewer typed, as JSON of the field's kind: arrays as JSON
// text, everything else as the string given.
Result<Json> parse_value(const schemas::FieldSpec& spec, const std::string& text) {
  if (!spec.is_array) return Json(text);
  const Json parsed = Json::parse(text, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_array()) {
    return fail(ErrorCode::kInvalidArgument, "field '" + spec.name + "' holds a list: give it as a JSON array");
  }
  return parsed;
}

store::AuditEntry audit_entry(const Reviewer& who, std::string action, std::string field) {
  store::AuditEntry entry;
  entry.actor = who.name;
  entry.action = std::move(action);
  entry.field = std::move(field);
  entry.reason = who.reason;
  return entry;
}

}  // namespace

bool is_reading_doubt(const std::string& reason) {
  static const std::vector<std::string> kDoubts = {"low_confidence", "unconfirmed",    "conflict",
                                                   "ungrounded",     "ambiguous_date", "missing"};
  return std::find(kDoubts.begin(), kDoubts.end(), reason) != kDoubts.end();
}

void revalidate(Envelope& envelope, const std::vector<std::string>& approvals,
                const validators::ValidationOptions& options) {
  validators::apply_rules(envelope, options);
  for (auto& [name, field] : envelope.fields) {
    const bool approved = std::find(approvals.begin(), approvals.end(), name) != approvals.end();
    if (field.method == Method::kReview) {
      // A reviewer's value passed the rules over it alone when it was given
      // (correct() refuses it otherwise); a rule over several fields that
      // fails is blamed on the others.
      field.review = {};
      continue;
    }
    if (!approved) continue;
    // Approving vouches that the value is what the document says; a rule the
    // value breaks (an expired document, a stale bill, a future tax year)
    // still stands, and only a rejection or a corrected value ends it.
    ReviewState kept;
    for (const auto& reason : field.review.reasons) {
      if (!is_reading_doubt(reason)) kept.add(reason);
    }
    field.review = kept;
  }
  envelope.status = DocumentStatus::kNeedsReview;  // recomputed from scratch below
  validators::decide_status(envelope);
}

Result<ReviewService> ReviewService::open(const std::filesystem::path& path, bool read_only) {
  if (read_only && !std::filesystem::exists(path)) {
    return fail(ErrorCode::kNotFound, "no review store at " + path.string() + " (run kycx batch with --out first)");
  }
  auto db = store::SqliteDatabase::open(path, {.read_only = read_only, .busy_timeout_ms = 10000, .create = !read_only});
  if (!db) return tl::unexpected(db.error());
  if (!read_only) {
    if (auto m = store::migrate(*db); !m) return tl::unexpected(m.error());
  } else {
    auto version = store::schema_version(*db);
    if (!version) return tl::unexpected(version.error());
    if (*version == 0) return fail(ErrorCode::kNotFound, path.string() + " holds no review queue yet");
  }
  return ReviewService(std::move(*db));
}

Result<std::vector<store::ReviewDocument>> ReviewService::list(const std::string& status) {
  return store::ReviewRepository(db_).list(status);
}

Result<DocumentHistory> ReviewService::show(const std::string& key) {
  auto doc = store::ReviewRepository(db_).find(key);
  if (!doc) return tl::unexpected(doc.error());
  if (!*doc) return tl::unexpected(not_found(key));
  auto audit = store::AuditLog(db_).for_document((*doc)->document_id);
  if (!audit) return tl::unexpected(audit.error());
  return DocumentHistory{std::move(**doc), std::move(*audit)};
}

namespace {

// The outbox file of a reviewed document: its envelope; for a document of a
// packet, the packet's file with that document replaced and the others kept.
Result<void> rewrite_outbox_file(const std::string& path, const Envelope& envelope) {
  if (!envelope.packet) return write_file_atomically(path, dump_json(envelope.to_json(), 2) + "\n");
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  Json file = Json::parse(text.str(), nullptr, false);
  if (!file.is_object() || !file.contains("documents") || !file["documents"].is_array()) {
    return fail(ErrorCode::kIoError, "the packet file " + path + " is missing or unreadable; its document " +
                                         envelope.document_id + " was not rewritten");
  }
  for (Json& document : file["documents"]) {
    if (document.value("document_id", "") == envelope.document_id) {
      document = envelope.to_json();
      return write_file_atomically(path, dump_json(file, 2) + "\n");
    }
  }
  return fail(ErrorCode::kIoError, "the packet file " + path + " does not hold document " + envelope.document_id);
}

}  // namespace

Result<void> check_reviewer(const Reviewer& who) {
  const auto name_char = [](char c) {
    return is_ascii_letter(c) || is_ascii_digit(c) || c == '.' || c == '_' || c == '-' || c == '@' || c == '+';
  };
  if (who.name.empty() || who.name.size() > 64 || !std::all_of(who.name.begin(), who.name.end(), name_char)) {
    return fail(ErrorCode::kInvalidArgument, "a reviewer's name is 1-64 letters, digits and . _ - @ +; '" +
                                                 printable_utf8(who.name) + "' is not, and nothing was changed");
  }
  const bool control = std::any_of(who.reason.begin(), who.reason.end(), [](char c) {
    return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f;
  });
  if (control || who.reason.size() > 1000 || !is_valid_utf8(who.reason)) {
    return fail(ErrorCode::kInvalidArgument,
                "a reason is one line of text (at most 1000 bytes, no control characters); nothing was changed");
  }
  return {};
}

template <class Change>
Result<store::ReviewDocument> ReviewService::act(const std::string& key, store::AuditEntry entry, Change change) {
  if (auto ok = check_reviewer({entry.actor, entry.reason}); !ok) return tl::unexpected(ok.error());
  auto tx = db_.begin_write();
  if (!tx) return tl::unexpected(tx.error());
  store::ReviewRepository repo(db_);
  auto found = repo.find(key);
  if (!found) return tl::unexpected(found.error());
  if (!*found) return tl::unexpected(not_found(key));
  store::ReviewDocument doc = std::move(**found);
  if (doc.envelope.status != DocumentStatus::kNeedsReview) {
    // A review ends in accepted or rejected; neither is reopened by a later action.
    return fail(ErrorCode::kConflict, "document " + doc.document_id.substr(0, 12) + " is already " +
                                          std::string(to_string(doc.envelope.status)) +
                                          "; a reviewed document is final and nothing was changed");
  }
  const Envelope before = doc.envelope;
  if (auto changed = change(doc, entry); !changed) return tl::unexpected(changed.error());
  if (doc.envelope.status != DocumentStatus::kRejected) revalidate(doc.envelope, doc.approvals);
  entry.document_id = doc.document_id;
  const auto* schema = schemas::SchemaRegistry::builtin().find(doc.envelope.document_type);
  entry.details = Json{{"revision", doc.revision + 1},
                       {"status_before", to_string(before.status)},
                       {"status_after", to_string(doc.envelope.status)},
                       {"kycx_version", kVersion},
                       {"schema_version", schema ? schema->version() : ""},
                       {"schema_hash", schema ? schema->hash() : ""}};
  if (auto updated = repo.update(doc); !updated) return tl::unexpected(updated.error());
  if (auto logged = store::AuditLog(db_).append(entry); !logged) return tl::unexpected(logged.error());
  // The outbox file is rewritten under the same lock, so two reviewers' files
  // land in the order of their commits.
  // Every outbox file holding the document (the same bytes under two names)
  // is rewritten; if one cannot be, those already rewritten are put back.
  std::vector<std::string> rewritten;
  const auto put_back = [&] {
    for (const auto& path : rewritten) (void)rewrite_outbox_file(path, before);
  };
  for (const auto& path : doc.envelope_files) {
    if (auto w = rewrite_outbox_file(path, doc.envelope); !w) {
      put_back();
      return tl::unexpected(w.error());
    }
    rewritten.push_back(path);
  }
  if (auto committed = tx->commit(); !committed) {
    put_back();
    return tl::unexpected(committed.error());
  }
  if (auto sealed = store::AuditLog(db_).seal(); !sealed) {
    return fail(sealed.error().code,
                "the review was recorded, but its audit checkpoint was not: " + sealed.error().message);
  }
  return doc;
}

Result<store::ReviewDocument> ReviewService::approve(const std::string& key, const std::string& field,
                                                     const Reviewer& who) {
  store::AuditEntry entry = audit_entry(who, "approve", field);
  return act(key, std::move(entry), [&](store::ReviewDocument& doc, store::AuditEntry& e) -> Result<void> {
    Field* f = doc.envelope.fields.find(field);
    if (f == nullptr) {
      return fail(ErrorCode::kInvalidArgument,
                  "field '" + field + "' is not a field of a " + doc.envelope.document_type + " document");
    }
    if (f->missing()) {
      return fail(ErrorCode::kInvalidArgument, "field '" + field + "' has no value to approve; use correct");
    }
    e.old_value = f->value;
    e.new_value = f->value;
    if (std::find(doc.approvals.begin(), doc.approvals.end(), field) == doc.approvals.end()) {
      doc.approvals.push_back(field);
    }
    return {};
  });
}

Result<store::ReviewDocument> ReviewService::correct(const std::string& key, const std::string& field,
                                                     const std::string& value, const Reviewer& who) {
  store::AuditEntry entry = audit_entry(who, "correct", field);
  return act(key, std::move(entry), [&](store::ReviewDocument& doc, store::AuditEntry& e) -> Result<void> {
    const auto* schema = schemas::SchemaRegistry::builtin().find(doc.envelope.document_type);
    const schemas::FieldSpec* spec = schema ? schema->field(field) : nullptr;
    Field* f = doc.envelope.fields.find(field);
    if (spec == nullptr || f == nullptr) {
      return fail(ErrorCode::kInvalidArgument,
                  "field '" + field + "' is not a field of a " + doc.envelope.document_type + " document");
    }
    auto parsed = parse_value(*spec, value);
    if (!parsed) return tl::unexpected(parsed.error());
    for (const auto& v : schema->validate_values(Json{{field, *parsed}})) {
      if (v.field == field) {
        std::string message = "'";
        message.append(value).append("' is not a valid ").append(field).append(" (").append(spec->description);
        message.append("): ").append(v.message).append("; nothing was changed");
        return fail(ErrorCode::kInvalidArgument, message);
      }
    }
    // The same rules as extraction: a value they refuse is not taken from a
    // reviewer either (an impossible SSN, a date in the future, ...).
    Envelope trial = doc.envelope;
    Field* t = trial.fields.find(field);
    t->value = *parsed;
    t->method = Method::kReview;
    validators::apply_rules(trial);
    for (const auto& check : trial.checks) {
      if (check.result != CheckResult::kFail) continue;
      if (std::find(check.fields.begin(), check.fields.end(), field) == check.fields.end()) continue;
      if (validators::rule_severity(check.rule) == validators::Severity::kWarning) continue;
      // A rule over several fields (box 4 = 6.2% of box 3) may fail because
      // of another field: the document stays in review, the value is taken.
      if (check.fields.size() > 1) continue;
      std::string message = "'";
      message.append(value).append("' is refused for ").append(field).append(": ");
      message.append(check.message.empty() ? check.rule : check.message);
      message.append(" (rule ").append(check.rule).append("); nothing was changed");
      return fail(ErrorCode::kInvalidArgument, message);
    }
    e.old_value = f->value;
    e.new_value = *parsed;
    f->value = *parsed;
    f->method = Method::kReview;
    f->confidence = 1.0;
    f->review = {};
    return {};
  });
}

Result<store::ReviewDocument> ReviewService::reject(const std::string& key, const Reviewer& who) {
  store::AuditEntry entry = audit_entry(who, "reject", "");
  return act(key, std::move(entry), [&](store::ReviewDocument& doc, store::AuditEntry& e) -> Result<void> {
    e.old_value = std::string(to_string(doc.envelope.status));
    e.new_value = "rejected";
    doc.envelope.status = DocumentStatus::kRejected;
    doc.envelope.errors.push_back(
        {"rejected_by_reviewer", who.reason.empty() ? "a reviewer rejected the document" : who.reason, "review"});
    return {};
  });
}

}  // namespace kycx::review
