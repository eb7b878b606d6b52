// Temporary envelope files left by writers killed mid-write: which ones a
// starting watcher may delete on a folder other machines may share.
#include "pipeline/watch_service.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/atomic_file.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::pipeline {
namespace {

namespace fs = std::filesystem;

// The id of a process that has just ended (and been reaped).
long ended_process() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

TEST(StaleTemporariesTest, OnlyWritersThatCannotFinishAreCleanedUp) {
  testing::TempDir dir;
  const std::string here = this_host();
  const std::string dead = std::to_string(ended_process());
  const std::string alive = std::to_string(::getpid());
  const auto gone_here = dir.write("a/.x.json.tmp-" + dead + "-0@" + here, "{");
  const auto running_here = dir.write("a/.y.json.tmp-" + alive + "-1@" + here, "{");
  const auto fresh_elsewhere = dir.write(".z.json.tmp-" + dead + "-2@another-host", "{");
  const auto old_elsewhere = dir.write(".w.json.tmp-" + dead + "-3@another-host", "{");
  const auto envelope = dir.write("a/x.json", "{}");
  fs::last_write_time(old_elsewhere, fs::file_time_type::clock::now() - std::chrono::hours(2));

  EXPECT_EQ(remove_stale_temporaries(dir.path(), std::chrono::hours(1)), 2);
  EXPECT_FALSE(fs::exists(gone_here));
  EXPECT_FALSE(fs::exists(old_elsewhere));
  EXPECT_TRUE(fs::exists(running_here));
  EXPECT_TRUE(fs::exists(fresh_elsewhere));
  EXPECT_TRUE(fs::exists(envelope));
}

}  // namespace
}  // namespace kycx::pipeline
