// The store's versioned schema: each migration runs once, in order, inside a
// write transaction, and is recorded in schema_migrations. Not thread-safe
// (the connection's).
#pragma once

#include "core/error.hpp"
#include "store/sqlite_database.hpp"

namespace kycx::store {

inline constexpr int kSchemaVersion = 4;

// Brings the database to kSchemaVersion. Fails if the file was written by a
// newer kycx (a higher version than this program knows).
Result<void> migrate(SqliteDatabase& db);

// The database's schema version (0 for a new file).
Result<int> schema_version(SqliteDatabase& db);

}  // namespace kycx::store
