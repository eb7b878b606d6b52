// Writes a file so that readers see either the old content or the new, never
// a part: temporary file in the same folder, fsync, rename, fsync the folder.
// Thread-safe for distinct paths.
#pragma once

#include <filesystem>
#include <string_view>

#include "core/error.hpp"

namespace kycx {

// Creates missing parent folders. The temporary file is hidden (".name.tmp-*")
// so folder watchers ignore it, and is removed if anything fails.
Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace kycx
