// Writes a file so that readers see either the old content or the new, never
// a part: temporary file in the same folder, fsync, rename, fsync the folder.
// Thread-safe for distinct paths.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kycx {

// Creates missing parent folders. The temporary file is hidden
// (".name.tmp-PID-N@HOST") so folder watchers ignore it, and is removed if
// anything fails.
Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Who is writing a temporary file of write_file_atomically: its process and
// machine, so that a writer killed mid-write can be told from one still
// running (on a shared folder, possibly on another machine).
struct TemporaryWriter {
  long pid = 0;
  std::string host;  // empty for names written before hosts were recorded
};

// The writer of `file_name` when it is such a temporary file, else nullopt.
std::optional<TemporaryWriter> temporary_writer(std::string_view file_name);

// This machine's name as temporary files record it.
const std::string& this_host();

// Removes temporary files of write_file_atomically under `folder`, down to
// `max_depth` folder levels, that no writer will finish: this machine's whose
// process is gone, at once (a live process's are never touched); another
// machine's (a shared folder) or unnamed ones once older than
// `other_hosts_age`. Returns how many. Safe to run beside live writers.
int remove_stale_temporaries(const std::filesystem::path& folder, std::chrono::seconds other_hosts_age, int max_depth);

}  // namespace kycx
