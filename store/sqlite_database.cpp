#include "store/sqlite_database.hpp"

#include <sqlite3.h>

#include "core/output_access.hpp"

namespace kycx::store {

Error sqlite_error(int code, const std::string& what, const std::string& origin) {
  const int primary = code & 0xFF;
  const std::string where = " (" + origin + ")";
  switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return {ErrorCode::kUnavailable, "the database is locked by another process" + where +
                                           "; it stayed locked longer than the busy timeout, try again"};
    case SQLITE_READONLY:
      return {ErrorCode::kPermissionDenied,
              "the database is read-only" + where + "; check the file's permissions or the disk's mount"};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return {ErrorCode::kCorruptFile,
              "the database file is damaged or is not a kycx database" + where + "; restore it from backup"};
    case SQLITE_CANTOPEN:
      return {ErrorCode::kIoError, "the database cannot be opened" + where + "; check the path and permissions"};
    case SQLITE_FULL: return {ErrorCode::kIoError, "the disk holding the database is full" + where};
    case SQLITE_PERM:
    case SQLITE_AUTH: return {ErrorCode::kPermissionDenied, "access to the database was denied" + where};
    case SQLITE_CONSTRAINT: return {ErrorCode::kConflict, what + where};
    default: return {ErrorCode::kIoError, what + ": " + sqlite3_errstr(code) + where};
  }
}

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_), origin_(std::move(other.origin_)) {
  other.stmt_ = nullptr;
}

Statement& Statement::bind(int index, const std::string& text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}
Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Result<bool> Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return tl::unexpected(sqlite_error(rc, sqlite3_errmsg(db_), origin_));
}

Result<void> Statement::run() {
  for (;;) {
    auto more = step();
    if (!more) return tl::unexpected(more.error());
    if (!*more) return {};
  }
}

std::string Statement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string();
}
std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(stmt_, column);
}
double Statement::real(int column) const {
  return sqlite3_column_double(stmt_, column);
}
bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Result<SqliteDatabase> SqliteDatabase::open(const std::filesystem::path& path, const SqliteOptions& options) {
  if (options.create && !options.read_only && path.has_parent_path()) {
    (void)create_output_directories(path.parent_path());  // a failure shows in the open below
  }
  int flags = SQLITE_OPEN_NOMUTEX;
  flags |= options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (options.create && !options.read_only) flags |= SQLITE_OPEN_CREATE;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  SqliteDatabase db(raw, path);
  if (rc != SQLITE_OK) return tl::unexpected(sqlite_error(rc, "cannot open the database", path.string()));
  // Its -wal and -shm files follow the database file's owner and mode.
  if (!options.read_only) (void)apply_output_group(path);
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  sqlite3_extended_result_codes(raw, 1);
  // Reading the schema proves the file is a database at all.
  if (auto probe = db.exec("SELECT count(*) FROM sqlite_master"); !probe) return tl::unexpected(probe.error());
  if (!options.read_only) {
    if (auto r = db.exec("PRAGMA journal_mode=WAL"); !r) return tl::unexpected(r.error());
    if (auto r = db.exec("PRAGMA synchronous=FULL"); !r) return tl::unexpected(r.error());
  }
  if (auto r = db.exec("PRAGMA foreign_keys=ON"); !r) return tl::unexpected(r.error());
  return db;
}

SqliteDatabase::~SqliteDatabase() {
  if (db_) sqlite3_close_v2(db_);
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept : db_(other.db_), path_(std::move(other.path_)) {
  other.db_ = nullptr;
}

Result<void> SqliteDatabase::exec(const std::string& sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return {};
  const std::string what = message ? message : "SQL failed";
  sqlite3_free(message);
  return tl::unexpected(sqlite_error(rc, what, path_.string()));
}

Result<Statement> SqliteDatabase::prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return tl::unexpected(sqlite_error(rc, sqlite3_errmsg(db_), path_.string()));
  return Statement(db_, stmt, path_.string());
}

Result<SqliteDatabase::Transaction> SqliteDatabase::begin_write() {
  if (auto r = exec("BEGIN IMMEDIATE"); !r) return tl::unexpected(r.error());
  return Transaction(this);
}

SqliteDatabase::Transaction::~Transaction() {
  if (db_) (void)db_->exec("ROLLBACK");
}

SqliteDatabase::Transaction::Transaction(Transaction&& other) noexcept : db_(other.db_) {
  other.db_ = nullptr;
}

Result<void> SqliteDatabase::Transaction::commit() {
  SqliteDatabase* db = db_;
  db_ = nullptr;
  auto committed = db->exec("COMMIT");
  if (!committed) (void)db->exec("ROLLBACK");
  return committed;
}

}  // namespace kycx::store
