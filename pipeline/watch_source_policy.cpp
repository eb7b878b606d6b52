#include "pipeline/watch_source_policy.hpp"

#include <ctime>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/output_access.hpp"
#include "core/sha256.hpp"
#include "ingest/file_reader.hpp"

namespace kycx::pipeline {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kMaxVerifyBytes = std::uint64_t{1} << 30;

// Whether the file still holds the bytes the job processed.
bool unchanged(const fs::path& path, const std::string& content_hash) {
  if (content_hash.empty()) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
  }
  auto bytes = ingest::read_file_bounded(path, kMaxVerifyBytes);
  return bytes && sha256_hex(*bytes) == content_hash;
}

}  // namespace

std::optional<SourcePolicy> source_policy_from_string(const std::string& name) {
  if (name == "leave") return SourcePolicy::kLeave;
  if (name == "move") return SourcePolicy::kMove;
  if (name == "delete") return SourcePolicy::kDelete;
  return std::nullopt;
}

void SourceDisposal::after_finish(const store::Job& job) {
  if (options_.policy == SourcePolicy::kLeave) return;
  const fs::path source = inbox_ / job.relative_path;
  if (!unchanged(source, job.content_hash)) return;
  std::error_code ec;
  if (options_.policy == SourcePolicy::kDelete && options_.retention.count() == 0) {
    fs::remove(source, ec);
    log_.job("source.deleted", job, {{"ok", !ec}});
    return;
  }
  const fs::path target = options_.done_dir / job.relative_path;
  if (auto made = create_output_directories(target.parent_path()); !made)
    ec = std::make_error_code(std::errc::io_error);
  if (!ec) fs::rename(source, target, ec);
  // The retention clock starts now, not when the file was written.
  if (!ec) ::utimensat(AT_FDCWD, target.c_str(), nullptr, AT_SYMLINK_NOFOLLOW);
  log_.job("source.moved", job, {{"ok", !ec}});
}

void SourceDisposal::purge_expired() {
  if (options_.policy != SourcePolicy::kDelete || options_.retention.count() == 0) return;
  std::error_code ec;
  if (!fs::is_directory(options_.done_dir, ec)) return;
  const std::time_t cutoff = std::time(nullptr) - static_cast<std::time_t>(options_.retention.count());
  int deleted = 0;
  for (fs::recursive_directory_iterator it(options_.done_dir, ec), end; !ec && it != end; it.increment(ec)) {
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0 || S_ISDIR(st.st_mode)) continue;
    if (st.st_mtime <= cutoff && ::unlink(it->path().c_str()) == 0) ++deleted;
  }
  if (deleted > 0) log_.event("source.purged", {{"files", deleted}});
}

}  // namespace kycx::pipeline
