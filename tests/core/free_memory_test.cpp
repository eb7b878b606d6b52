#include "core/free_memory.hpp"

#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace kycx {
namespace {

// Each child process trims for the first time from several threads released
// at once, as two OCR workers do on their first pages. Under AddressSanitizer
// that used to crash inside glibc's mtrim now and then (CI, test 555).
TEST(FreeMemoryTest, FirstTrimsFromManyThreadsAtOnceNeverCrash) {
  constexpr int kChildren = 40;
  constexpr int kThreads = 8;
  int crashed = 0;
  for (int c = 0; c < kChildren; ++c) {
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      std::atomic<int> waiting{kThreads};
      std::vector<std::thread> threads;
      for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
          --waiting;
          while (waiting.load() > 0) {
          }
          return_free_memory_to_system();
        });
      }
      for (auto& t : threads) t.join();
      _exit(0);
    }
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++crashed;
  }
  EXPECT_EQ(crashed, 0) << "of " << kChildren << " processes";
}

}  // namespace
}  // namespace kycx
