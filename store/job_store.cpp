#include "store/job_store.hpp"

#include <array>
#include <filesystem>
#include <random>

#include <unistd.h>

#include "store/job_store_sqlite.hpp"
#include "store/pg_job_store.hpp"

namespace kycx::store {

namespace {
constexpr std::array<std::pair<JobState, std::string_view>, 4> kStateNames{{
    {JobState::kQueued, "queued"},
    {JobState::kProcessing, "processing"},
    {JobState::kDone, "done"},
    {JobState::kRejected, "rejected"},
}};
}  // namespace

std::string_view to_string(JobState state) {
  for (const auto& [s, name] : kStateNames) {
    if (s == state) return name;
  }
  return "queued";
}

std::optional<JobState> job_state_from_string(std::string_view name) {
  for (const auto& [s, n] : kStateNames) {
    if (n == name) return s;
  }
  return std::nullopt;
}

bool is_hash_prefix(const std::string& key) {
  return key.size() >= 8 && key.size() <= 64 && key.find_first_not_of("0123456789abcdef") == std::string::npos;
}

bool is_postgres_url(std::string_view location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

Result<std::unique_ptr<JobStore>> open_job_store(const std::string& location, bool must_exist) {
  std::error_code ec;
  if (must_exist && !is_postgres_url(location) && !std::filesystem::exists(location, ec)) {
    return fail(ErrorCode::kNotFound, "no store at " + location + " (kycx watch or batch creates it)");
  }
  if (is_postgres_url(location)) {
    auto store = PgJobStore::open(location);
    if (!store) return tl::unexpected(store.error());
    return std::unique_ptr<JobStore>(std::move(*store));
  }
  auto store = SqliteJobStore::open(location);
  if (!store) return tl::unexpected(store.error());
  return std::unique_ptr<JobStore>(std::move(*store));
}

std::string make_worker_id() {
  std::array<char, 256> host{};
  if (::gethostname(host.data(), host.size() - 1) != 0) host[0] = '\0';
  std::random_device random;
  return std::string(host.data()) + ":" + std::to_string(::getpid()) + ":" + std::to_string(random() % 100000);
}

}  // namespace kycx::store
