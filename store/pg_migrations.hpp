// The PostgreSQL store's versioned schema: each step runs once, in order, in
// one transaction that holds an advisory lock (workers starting together
// migrate one at a time), recorded in kycx_schema_migrations.
#pragma once

#include <optional>
#include <string>

#include <pqxx/pqxx>

namespace kycx::store {

inline constexpr int kPgSchemaVersion = 1;

// Brings the database to kPgSchemaVersion inside `work`. Returns a message
// (and changes nothing) for a database written by a newer kycx.
std::optional<std::string> pg_migrate(pqxx::work& work);

}  // namespace kycx::store
