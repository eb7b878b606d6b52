#include "tests/store/job_store_backends.hpp"

#include <atomic>
#include <cstdlib>

#include <pqxx/pqxx>
#include <unistd.h>

namespace kycx::testing {

namespace {

// `url` with its database name replaced by `database`.
std::string with_database(const std::string& url, const std::string& database) {
  const auto query = url.find('?');
  const std::string base = url.substr(0, query);
  const std::string rest = query == std::string::npos ? "" : url.substr(query);
  const auto scheme = base.find("://");
  const auto slash = base.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  return (slash == std::string::npos ? base : base.substr(0, slash)) + "/" + database + rest;
}

}  // namespace

JobStoreBackend::JobStoreBackend(const std::string& kind) {
  if (kind == "sqlite") {
    location_ = (dir_.path() / "store" / "kycx.sqlite").string();
    return;
  }
  const char* url = std::getenv("KYCX_TEST_PG_URL");
  if (!url || !*url) {
    skip_reason_ = "no PostgreSQL server: set KYCX_TEST_PG_URL (scripts/pg start prints one; scripts/test does it)";
    return;
  }
  static std::atomic<int> counter{0};
  database_ = "kycx_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  try {
    pqxx::connection admin(url);
    pqxx::nontransaction w(admin);
    w.exec("DROP DATABASE IF EXISTS " + database_);
    w.exec("CREATE DATABASE " + database_);
    admin_url_ = url;
    location_ = with_database(url, database_);
  } catch (const std::exception& e) {
    skip_reason_ = std::string("PostgreSQL at KYCX_TEST_PG_URL is not reachable: ") + e.what();
  }
}

JobStoreBackend::~JobStoreBackend() {
  if (admin_url_.empty()) return;
  try {
    pqxx::connection admin(admin_url_);
    pqxx::nontransaction w(admin);
    w.exec("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
  } catch (const std::exception&) {
    // Left for the next scripts/pg clean.
  }
}

store::JobOutcome done_outcome(const std::string& document_id, const std::string& envelope_json) {
  store::JobOutcome outcome;
  outcome.document_id = document_id;
  outcome.status = "accepted";
  outcome.envelope_json = envelope_json;
  store::AuditEntry audit;
  audit.actor = "kycx";
  audit.action = "extract";
  audit.document_id = document_id;
  outcome.audits = {audit};
  return outcome;
}

}  // namespace kycx::testing
