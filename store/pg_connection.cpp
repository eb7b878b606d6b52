#include "store/pg_connection.hpp"

#include <thread>

namespace kycx::store {

namespace {

using std::chrono::milliseconds;

// libpq's messages may quote the connection string; keep the first line only.
std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

Error unavailable(const std::string& what) {
  return {ErrorCode::kUnavailable,
          "the PostgreSQL server cannot be reached (" + first_line(what) + "); kycx keeps retrying"};
}

}  // namespace

PgConnection::PgConnection(std::string url, std::unique_ptr<pqxx::connection> connection)
    : url_(std::move(url)), connection_(std::move(connection)) {
  description_ = "PostgreSQL database " + std::string(connection_->dbname()) + " on " +
                 (connection_->hostname() ? connection_->hostname() : "local socket") + ":" + connection_->port();
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const std::string& url) {
  try {
    auto connection = std::make_unique<pqxx::connection>(url);
    return std::unique_ptr<PgConnection>(new PgConnection(url, std::move(connection)));
  } catch (const pqxx::broken_connection& e) {
    return tl::unexpected(unavailable(e.what()));
  } catch (const std::exception& e) {
    return fail(ErrorCode::kInvalidArgument, "cannot use the PostgreSQL URL: " + first_line(e.what()));
  }
}

Result<void> PgConnection::transact(const std::function<void(pqxx::work&)>& body, milliseconds reconnect_budget) {
  const auto deadline = std::chrono::steady_clock::now() + reconnect_budget;
  milliseconds backoff(100);
  for (int conflicts = 0;;) {
    try {
      if (!connection_ || !connection_->is_open()) connection_ = std::make_unique<pqxx::connection>(url_);
      pqxx::work work(*connection_);
      body(work);
      work.commit();
      return {};
    } catch (const pqxx::in_doubt_error& e) {
      connection_.reset();
      return tl::unexpected(unavailable(std::string("the commit's outcome is unknown: ") + e.what()));
    } catch (const pqxx::broken_connection& e) {
      connection_.reset();
      if (std::chrono::steady_clock::now() + backoff > deadline) return tl::unexpected(unavailable(e.what()));
      std::this_thread::sleep_for(backoff);
      backoff = std::min(backoff * 2, milliseconds(2000));
    } catch (const pqxx::sql_error& e) {
      // 40001 serialization failure, 40P01 deadlock: the transaction is safe to run again.
      if ((e.sqlstate() == "40001" || e.sqlstate() == "40P01") && ++conflicts < 5) continue;
      // 57P01..57P03: the server is shutting down or starting up.
      if (e.sqlstate().rfind("57P", 0) == 0 || e.sqlstate().rfind("08", 0) == 0) {
        connection_.reset();
        if (std::chrono::steady_clock::now() + backoff > deadline) return tl::unexpected(unavailable(e.what()));
        std::this_thread::sleep_for(backoff);
        backoff = std::min(backoff * 2, milliseconds(2000));
        continue;
      }
      return fail(ErrorCode::kIoError, "PostgreSQL refused a query (" + e.sqlstate() + "): " + first_line(e.what()));
    } catch (const std::exception& e) {
      return fail(ErrorCode::kInternal, std::string("PostgreSQL: ") + first_line(e.what()));
    }
  }
}

}  // namespace kycx::store
