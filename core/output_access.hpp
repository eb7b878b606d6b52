// Who may read what kycx writes. Envelopes, stores and page images hold
// personal data, so by default everything kycx creates is readable by its own
// user only (files 0600, folders 0700). A consuming service in another
// account is given a group (`--group`): files become 0640 and folders 02750
// (new files inside inherit the group), owned by that group.
// Set once at start-up, before any thread runs; read-only afterwards.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <sys/types.h>

#include "core/error.hpp"

namespace kycx {

// Applies the policy to this process: the umask, and the group to give
// what it creates. An empty `group` means private to the user. Fails on a
// group that does not exist or that this user cannot give files to.
Result<void> set_output_access(const std::string& group);

// The group set by set_output_access, if any.
std::optional<gid_t> output_group();

// Creates `dir` and its missing parents; each folder created gets the output
// group (and the set-group-id bit) when one is set.
Result<void> create_output_directories(const std::filesystem::path& dir);

// Gives an existing file or folder the output group, if one is set.
Result<void> apply_output_group(const std::filesystem::path& path);

}  // namespace kycx
