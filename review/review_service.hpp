// What reviewers do to a document that needs review: approve a field as read,
// correct a field's value, reject the document. Each action re-checks the
// document, recomputes its status, appends to the audit trail and rewrites the
// outbox envelope atomically, all while holding the store's write lock, so
// concurrent reviewers never lose each other's work. One service per thread.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "store/audit_log.hpp"
#include "store/review_repository.hpp"
#include "store/sqlite_database.hpp"
#include "validators/validation_options.hpp"

namespace kycx::review {

struct Reviewer {
  std::string name;    // who: an authenticated identity (the OS account, a service token's name)
  std::string reason;  // why, optional
};

struct DocumentHistory {
  store::ReviewDocument document;
  std::vector<store::AuditEntry> audit;
};

class ReviewService {
 public:
  // Opens (and migrates, unless read_only) the store at `path`.
  static Result<ReviewService> open(const std::filesystem::path& path, bool read_only = false);

  Result<std::vector<store::ReviewDocument>> list(const std::string& status);
  // kNotFound when no document matches `key`.
  Result<DocumentHistory> show(const std::string& key);

  // kNotFound for an unknown document; kInvalidArgument for a field not in
  // the document's type, a value that breaks the field's format or a rule
  // over it, or a reviewer identity that is not valid text; kConflict for a
  // document that already left review (accepted or rejected). Nothing is
  // changed then.
  Result<store::ReviewDocument> approve(const std::string& key, const std::string& field, const Reviewer& who);
  Result<store::ReviewDocument> correct(const std::string& key, const std::string& field, const std::string& value,
                                        const Reviewer& who);
  Result<store::ReviewDocument> reject(const std::string& key, const Reviewer& who);

  store::SqliteDatabase& database() { return db_; }

 private:
  explicit ReviewService(store::SqliteDatabase db) : db_(std::move(db)) {}
  // Runs `change` on the current document inside one write transaction, then
  // re-validates, records `entry`, rewrites the outbox file and commits.
  template <class Change>
  Result<store::ReviewDocument> act(const std::string& key, store::AuditEntry entry, Change change);

  store::SqliteDatabase db_;
};

// kInvalidArgument unless the reviewer's name is 1-64 of [A-Za-z0-9._-@+] and
// the reason is one line of valid text: nothing a reviewer gives can forge a
// line of the history.
Result<void> check_reviewer(const Reviewer& who);

// Re-runs the rules and status over a reviewed envelope: fields a reviewer
// approved or corrected keep no review reasons.
void revalidate(Envelope& envelope, const std::vector<std::string>& approvals,
                const validators::ValidationOptions& options = {});

}  // namespace kycx::review
