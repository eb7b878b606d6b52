// A fresh, empty job store per test: a SQLite file in a temporary folder, or
// a new database on the PostgreSQL server named by KYCX_TEST_PG_URL (dropped
// afterwards). Not thread-safe.
#pragma once

#include <memory>
#include <string>

#include "store/job_store.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::testing {

class JobStoreBackend {
 public:
  // `kind`: "sqlite" or "postgresql".
  explicit JobStoreBackend(const std::string& kind);
  ~JobStoreBackend();
  JobStoreBackend(const JobStoreBackend&) = delete;
  JobStoreBackend& operator=(const JobStoreBackend&) = delete;

  bool available() const { return !location_.empty(); }
  const std::string& skip_reason() const { return skip_reason_; }
  // What `--store` takes: a file path or a postgresql:// URL.
  const std::string& location() const { return location_; }
  // A scratch folder for the test's files.
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
  std::string location_;
  std::string skip_reason_;
  std::string admin_url_;  // PostgreSQL: where to drop the database from
  std::string database_;
};

// A done outcome for `document_id`: an "accepted" result and an "extract" audit entry.
store::JobOutcome done_outcome(const std::string& document_id, const std::string& envelope_json = "{\"x\":1}");

}  // namespace kycx::testing
