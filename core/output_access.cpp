#include "core/output_access.hpp"

#include <cerrno>
#include <cstring>
#include <vector>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kycx {
namespace {

std::optional<gid_t>& group_slot() {
  static std::optional<gid_t> group;
  return group;
}

}  // namespace

Result<void> set_output_access(const std::string& group) {
  if (group.empty()) {
    ::umask(077);
    group_slot().reset();
    return {};
  }
  std::vector<char> buffer(16384);
  struct group entry {};
  struct group* found = nullptr;
  if (::getgrnam_r(group.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr) {
    return fail(ErrorCode::kInvalidArgument, "--group: no group named '" + group + "' on this machine");
  }
  const gid_t gid = found->gr_gid;
  if (gid != ::getegid()) {
    // A user may give files only to a group it belongs to (root to any).
    std::vector<gid_t> groups(static_cast<size_t>(std::max(::getgroups(0, nullptr), 0)));
    const int n = ::getgroups(static_cast<int>(groups.size()), groups.data());
    bool member = ::geteuid() == 0;
    for (int i = 0; i < n && !member; ++i) member = groups[static_cast<size_t>(i)] == gid;
    if (!member) {
      return fail(ErrorCode::kInvalidArgument,
                  "--group: this user is not a member of group '" + group + "', so cannot give files to it");
    }
  }
  ::umask(027);
  group_slot() = gid;
  return {};
}

std::optional<gid_t> output_group() {
  return group_slot();
}

Result<void> apply_output_group(const std::filesystem::path& path) {
  const auto gid = output_group();
  if (!gid) return {};
  if (::chown(path.c_str(), static_cast<uid_t>(-1), *gid) != 0) {
    return fail(ErrorCode::kIoError,
                "cannot give " + path.string() + " to the output group: " + std::string(std::strerror(errno)));
  }
  return {};
}

Result<void> create_output_directories(const std::filesystem::path& dir) {
  if (dir.empty()) return {};
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return {};
  if (dir.has_parent_path() && dir.parent_path() != dir) {
    if (auto parent = create_output_directories(dir.parent_path()); !parent) return parent;
  }
  if (::mkdir(dir.c_str(), 0777) != 0) {
    if (errno == EEXIST && std::filesystem::is_directory(dir, ec)) return {};  // made meanwhile
    return fail(ErrorCode::kIoError, "cannot create folder " + dir.string() + ": " + std::strerror(errno));
  }
  if (output_group()) {
    if (auto given = apply_output_group(dir); !given) return given;
    ::chmod(dir.c_str(), 02750);
  }
  return {};
}

}  // namespace kycx
