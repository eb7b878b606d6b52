// Reads an input file whole, safely: regular files only, symbolic links not
// followed, size bounded. Thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/error.hpp"

namespace kycx::ingest {

// REQUIRES: max_bytes > 0.
Result<std::string> read_file_bounded(const std::filesystem::path& path, std::uint64_t max_bytes);

}  // namespace kycx::ingest
