// One batch per outbox: the lock is exclusive, names its holder, and is
// released when the holder lets go or dies.
#include "pipeline/outbox_lock.hpp"

#include <csignal>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/support/test_files.hpp"

namespace kycx::pipeline {
namespace {

TEST(OutboxLockTest, IsExclusiveNamesItsHolderAndIsFreedOnRelease) {
  kycx::testing::TempDir outbox;
  {
    auto first = OutboxLock::acquire(outbox.path());
    ASSERT_TRUE(first) << first.error().message;
    struct stat st {};
    ASSERT_EQ(::stat(outbox_lock_path(outbox.path()).c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    auto second = OutboxLock::acquire(outbox.path());  // another open file: flock refuses it
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::kConflict);
    EXPECT_EQ(second.error().message, "another kycx batch (pid " + std::to_string(::getpid()) + ") is writing to " +
                                          outbox.path().string() + "; wait for it or use another --out");
  }
  EXPECT_TRUE(OutboxLock::acquire(outbox.path()));
}

TEST(OutboxLockTest, AHolderKilledWithSigkillLeavesNoLock) {
  kycx::testing::TempDir outbox;
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t child = ::fork();
  if (child == 0) {
    auto lock = OutboxLock::acquire(outbox.path());
    const char c = lock ? 'y' : 'n';
    (void)!::write(ready[1], &c, 1);
    ::pause();  // until killed, holding the lock
    ::_exit(0);
  }
  char c = 0;
  ASSERT_EQ(::read(ready[0], &c, 1), 1);
  ASSERT_EQ(c, 'y');
  auto held = OutboxLock::acquire(outbox.path());
  ASSERT_FALSE(held);
  EXPECT_NE(held.error().message.find("(pid " + std::to_string(child) + ")"), std::string::npos)
      << held.error().message;
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  EXPECT_TRUE(OutboxLock::acquire(outbox.path()));
  ::close(ready[0]);
  ::close(ready[1]);
}

}  // namespace
}  // namespace kycx::pipeline
