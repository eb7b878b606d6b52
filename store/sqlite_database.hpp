// A SQLite connection configured for durable, concurrent use: WAL journal,
// synchronous=FULL, a busy timeout, and write transactions that take the
// write lock up front (BEGIN IMMEDIATE) so "database is locked" never
// surfaces mid-transaction. Not thread-safe: one connection per thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kycx::store {

struct SqliteOptions {
  bool read_only = false;       // open without write access (review list/show)
  int busy_timeout_ms = 10000;  // milliseconds to wait for another writer before giving up
  bool create = true;           // create the file (and its folder) when missing
};

class Statement {
 public:
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;

  Statement& bind(int index, const std::string& text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  // Next row: true with a row, false when done; an error as Error.
  Result<bool> step();
  // Runs to completion (for statements without rows).
  Result<void> run();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  friend class SqliteDatabase;
  Statement(sqlite3* db, sqlite3_stmt* stmt, std::string origin) : db_(db), stmt_(stmt), origin_(std::move(origin)) {}
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  std::string origin_;  // file name, for messages
};

class SqliteDatabase {
 public:
  static Result<SqliteDatabase> open(const std::filesystem::path& path, const SqliteOptions& options = {});
  ~SqliteDatabase();
  SqliteDatabase(SqliteDatabase&& other) noexcept;
  SqliteDatabase& operator=(SqliteDatabase&&) = delete;
  SqliteDatabase(const SqliteDatabase&) = delete;

  Result<void> exec(const std::string& sql);
  Result<Statement> prepare(const std::string& sql);
  const std::filesystem::path& path() const { return path_; }

  // A write transaction: BEGIN IMMEDIATE now, ROLLBACK on destruction unless committed.
  class Transaction {
   public:
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    Result<void> commit();

   private:
    friend class SqliteDatabase;
    explicit Transaction(SqliteDatabase* db) : db_(db) {}
    SqliteDatabase* db_;
  };
  Result<Transaction> begin_write();

 private:
  SqliteDatabase(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::filesystem::path path_;
};

// Maps a SQLite result code to an Error a person can act on.
Error sqlite_error(int code, const std::string& what, const std::string& origin);

}  // namespace kycx::store
