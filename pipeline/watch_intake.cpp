#include "pipeline/watch_intake.hpp"

#include <algorithm>

#include <fnmatch.h>
#include <sys/stat.h>

#include "core/sha256.hpp"
#include "ingest/file_reader.hpp"
#include "pipeline/inbox_scan.hpp"
#include "pipeline/watch_folder.hpp"

namespace kycx::pipeline {

namespace fs = std::filesystem;

namespace {

constexpr size_t kBatch = 500;  // files per enqueue transaction

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Modification time in ns, or -1 when the path is gone.
std::int64_t mtime_ns(const fs::path& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return -1;
  return std::int64_t{st.st_mtim.tv_sec} * 1'000'000'000 + st.st_mtim.tv_nsec;
}

}  // namespace

Intake::Intake(fs::path root, std::unique_ptr<store::JobStore> store, IntakeOptions options, JobLog& log,
               std::function<void()> on_added)
    : root_(std::move(root)),
      store_(std::move(store)),
      options_(std::move(options)),
      log_(log),
      on_added_(std::move(on_added)) {}

bool Intake::wanted(const fs::path& path) const {
  const std::string name = path.filename().string();
  if (is_ignored_name(name)) return false;
  for (const auto& glob : options_.exclude_names) {
    if (::fnmatch(glob.c_str(), name.c_str(), 0) == 0) return false;
  }
  return std::none_of(options_.excluded_dirs.begin(), options_.excluded_dirs.end(),
                      [&](const fs::path& dir) { return path_within(path, dir); });
}

void Intake::add(const std::vector<fs::path>& files) {
  std::vector<store::NewJob> jobs;
  for (const auto& path : files) {
    if (!wanted(path)) continue;
    settling_.erase(path);
    auto bytes = ingest::read_file_bounded(path, options_.max_file_bytes);
    if (!bytes && bytes.error().code == ErrorCode::kNotFound) continue;  // gone again (renamed, deleted)
    jobs.push_back({path.lexically_relative(root_).generic_string(), bytes ? sha256_hex(*bytes) : std::string()});
    if (jobs.size() >= kBatch) enqueue(std::exchange(jobs, {}));
  }
  enqueue(std::move(jobs));
}

void Intake::scan(const fs::path& top, const std::string& reason) {
  auto found = scan_inbox(top, std::nullopt, options_.exclude_names);
  if (!found) {
    log_.event("watch.scan_failed", {{"reason", reason}, {"error", to_string(found.error().code)}});
    return;
  }
  std::vector<fs::path> ready;
  const std::int64_t young = now_ns() - std::int64_t{options_.settle.count()} * 1'000'000;
  size_t settling = 0;
  for (const auto& input : found->inputs) {
    if (!wanted(input.path)) continue;
    const std::int64_t mtime = mtime_ns(input.path);
    if (mtime > young) {
      settling_[input.path] = mtime;
      ++settling;
    } else {
      ready.push_back(input.path);
    }
  }
  Json fields = {{"reason", reason}, {"files", ready.size() + settling}, {"settling", settling}};
  std::uint64_t too_deep = 0;
  for (const auto& folder : found->too_deep) too_deep += folder.files;
  if (too_deep > 0) fields["too_deep"] = too_deep;  // files under folders past kMaxInboxDepth, not taken
  log_.event("watch.scan", fields);
  add(ready);
}

void Intake::tick() {
  if (!unsent_.empty()) enqueue({});
  std::vector<fs::path> ready;
  const std::int64_t young = now_ns() - std::int64_t{options_.settle.count()} * 1'000'000;
  for (auto it = settling_.begin(); it != settling_.end();) {
    const std::int64_t mtime = mtime_ns(it->first);
    if (mtime < 0) {
      it = settling_.erase(it);
    } else if (mtime != it->second || mtime > young) {
      it->second = mtime;
      ++it;
    } else {
      ready.push_back(it->first);
      it = settling_.erase(it);
    }
  }
  add(ready);
}

void Intake::enqueue(std::vector<store::NewJob> jobs) {
  jobs.insert(jobs.begin(), std::make_move_iterator(unsent_.begin()), std::make_move_iterator(unsent_.end()));
  unsent_.clear();
  if (jobs.empty()) return;
  auto added = store_->enqueue(jobs);
  if (!added) {
    log_.event("store.error",
               {{"operation", "enqueue"}, {"error", to_string(added.error().code)}, {"files", jobs.size()}});
    unsent_ = std::move(jobs);
    last_error_ = added.error().message;
    return;
  }
  last_error_.clear();
  for (const auto& job : *added) log_.job("job.queued", job);
  if (!added->empty() && on_added_) on_added_();
}

}  // namespace kycx::pipeline
