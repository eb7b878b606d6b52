#include "store/audit_seal.hpp"

#include <cstdlib>
#include <string>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/support/test_files.hpp"

namespace kycx::store {
namespace {

namespace fs = std::filesystem;

class AuditSealTest : public ::testing::Test {
 protected:
  void SetUp() override { ::setenv("KYCX_AUDIT_KEY", (dir_.path() / "keys" / "audit.key").c_str(), 1); }
  void TearDown() override { ::unsetenv("KYCX_AUDIT_KEY"); }
  const AuditKey& key() {
    auto k = AuditKey::current(/*create=*/true);
    EXPECT_TRUE(k) << (k ? "" : k.error().message);
    return **k;
  }
  kycx::testing::TempDir dir_;
};

TEST_F(AuditSealTest, CheckpointsChainAndSkipARepeat) {
  const fs::path file = dir_.path() / "s.checkpoints";
  ASSERT_TRUE(write_checkpoint(key(), file, 1, "mac1"));
  ASSERT_TRUE(write_checkpoint(key(), file, 2, "mac2"));
  ASSERT_TRUE(write_checkpoint(key(), file, 2, "mac2"));  // nothing new: not written again
  auto read = read_checkpoints(key(), file);
  ASSERT_TRUE(read) << read.error().message;
  ASSERT_EQ(read->size(), 2u);
  EXPECT_EQ((*read)[1].records, 2);
  EXPECT_EQ((*read)[1].head_mac, "mac2");
}

// Found by the ThreadSanitizer run of the watch tests (four workers sharing a
// PostgreSQL queue): the last line was read through a second descriptor, and
// closing it dropped the process's lockf lock, so another process could read
// the same last line and both chained a checkpoint to it; verify then called
// the file forged. Two processes append at once here.
TEST_F(AuditSealTest, ProcessesAppendingAtOnceKeepOneChain) {
  const fs::path file = dir_.path() / "shared.checkpoints";
  const AuditKey& k = key();  // created before the fork: both processes use it
  constexpr int kEach = 150;
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  // The child writes odd lengths, the parent even ones, so none is skipped as a repeat.
  const int first = child == 0 ? 1 : 2;
  bool all_written = true;
  for (int i = 0; i < kEach; ++i) {
    const std::int64_t records = first + 2 * i;
    all_written = write_checkpoint(k, file, records, "mac" + std::to_string(records)).has_value() && all_written;
  }
  if (child == 0) std::_Exit(all_written ? 0 : 1);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_TRUE(all_written);
  auto read = read_checkpoints(k, file);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->size(), static_cast<size_t>(2 * kEach));
}

}  // namespace
}  // namespace kycx::store
