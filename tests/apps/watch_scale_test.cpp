// `kycx watch` under load (label slow): 2,000 files dropped while it runs,
// some copied slowly, some renamed from temporary names, some duplicates;
// the inotify queue overflowing while the watcher is stopped; and several
// workers sharing one PostgreSQL queue, one of them killed mid-job.
#include <fstream>
#include <set>
#include <thread>

#include <gtest/gtest.h>
#include <signal.h>

#include "store/job_store.hpp"
#include "tests/apps/watch_test_support.hpp"
#include "tests/store/job_store_backends.hpp"
#include "tests/support/test_files.hpp"

namespace kycx {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using kycx::testing::KycxProcess;
using kycx::testing::read_envelopes;
using kycx::testing::wait_until;

std::unique_ptr<store::JobStore> open_store(const std::string& location) {
  auto s = store::open_job_store(location);
  EXPECT_TRUE(s) << (s ? "" : s.error().message);
  return s ? std::move(*s) : nullptr;
}

bool idle(const std::string& location) {
  auto s = open_store(location)->status();
  return s && s->queued == 0 && s->processing == 0;
}

TEST(WatchScaleTest, TwoThousandFilesDroppedWhileWatchingGetOneEnvelopeEach) {
  if (!fs::exists(kycx::testing::kycx_binary())) GTEST_SKIP() << "kycx binary not built";
  kycx::testing::TempDir dir;
  const fs::path inbox = dir.path() / "in", outbox = dir.path() / "out";
  fs::create_directories(inbox);
  KycxProcess watch(kycx::testing::watch_args(inbox, outbox), dir.path() / "watch.log");
  ASSERT_TRUE(wait_until([&] { return watch.count("watch.started") == 1; }, 60s));

  // 1,700 plain writes, 100 slow chunked copies, 100 temp-then-rename, 100 duplicates under new names.
  auto content = [](int i) { return "synthetic dropped document number " + std::to_string(i); };
  std::vector<std::thread> writers;
  for (int t = 0; t < 4; ++t) {
    writers.emplace_back([&, t] {
      fs::create_directories(inbox / ("drop" + std::to_string(t)));
      for (int i = t; i < 1900; i += 4) {
        const fs::path path = inbox / ("drop" + std::to_string(t)) / ("doc" + std::to_string(i) + ".txt");
        if (i % 19 == 0) {
          kycx::testing::write_slowly(path, content(i) + std::string(3000, 'x'), 3, 10ms);
        } else if (i % 19 == 1) {
          kycx::testing::write_then_rename(path, content(i));
        } else {
          std::ofstream(path) << content(i);
        }
      }
    });
  }
  for (auto& w : writers) w.join();
  for (int i = 0; i < 100; ++i) {
    const int original = i * 17 % 1900;
    const fs::path from = inbox / ("drop" + std::to_string(original % 4)) / ("doc" + std::to_string(original) + ".txt");
    fs::copy_file(from, inbox / ("duplicate" + std::to_string(i) + ".txt"));
  }
  ASSERT_TRUE(wait_until([&] { return read_envelopes(outbox).size() == 2000; }, 300s))
      << read_envelopes(outbox).size() << " envelopes";
  watch.signal(SIGTERM);
  EXPECT_EQ(watch.wait(), 0);

  for (const auto& [path, envelope] : read_envelopes(outbox)) {
    ASSERT_EQ(envelope["document_id"], kycx::testing::file_sha256(inbox / path)) << path << " is partial";
  }
  int extracted = 0, reused = 0;
  for (const auto& line : watch.log_lines()) {
    extracted += line.value("action", "") == "extract";
    reused += line.value("action", "") == "reuse";
  }
  EXPECT_EQ(extracted, 1900);
  EXPECT_EQ(reused, 100);
  EXPECT_TRUE(kycx::testing::temporaries(outbox).empty());
}

TEST(WatchScaleTest, AnInotifyOverflowIsFollowedByARescanThatFindsEveryFile) {
  if (!fs::exists(kycx::testing::kycx_binary())) GTEST_SKIP() << "kycx binary not built";
  constexpr int kFiles = 20000;
  kycx::testing::TempDir dir;
  const fs::path inbox = dir.path() / "in", outbox = dir.path() / "out";
  fs::create_directories(inbox);
  KycxProcess intake(kycx::testing::watch_args(inbox, outbox, {"--role", "intake"}), dir.path() / "intake.log");
  ASSERT_TRUE(wait_until([&] { return intake.count("watch.started") == 1; }, 60s));
  intake.signal(SIGSTOP);
  for (int i = 0; i < kFiles; ++i) std::ofstream(inbox / ("file" + std::to_string(i) + ".txt")) << i;
  intake.signal(SIGCONT);
  const std::string store = (outbox / ".kycx" / "kycx.sqlite").string();
  ASSERT_TRUE(wait_until(
      [&] {
        auto j = open_store(store)->status();
        return j && j->queued == kFiles;
      },
      300s));
  EXPECT_GE(intake.count("watch.overflow"), 1);
  intake.signal(SIGTERM);
  EXPECT_EQ(intake.wait(), 0);
}

class WatchWorkersTest : public ::testing::TestWithParam<int> {};

TEST_P(WatchWorkersTest, WorkersSharingAPostgresQueueDoEveryJobOnceEvenWhenOneIsKilled) {
  if (!fs::exists(kycx::testing::kycx_binary())) GTEST_SKIP() << "kycx binary not built";
  kycx::testing::JobStoreBackend backend("postgresql");
  if (!backend.available()) GTEST_SKIP() << backend.skip_reason();
  const int workers = GetParam();
  const fs::path inbox = backend.dir().path() / "in", outbox = backend.dir().path() / "out";
  constexpr int kFiles = 200;
  for (int i = 0; i < kFiles; ++i) backend.dir().write("in/f" + std::to_string(i) + ".txt", "doc " + std::to_string(i));
  backend.dir().write("in/slow.png", kycx::testing::slow_page_png(workers));
  const std::string slow_id = kycx::testing::file_sha256(inbox / "slow.png");

  std::vector<std::unique_ptr<KycxProcess>> running;
  for (int w = 0; w < workers; ++w) {
    running.push_back(std::make_unique<KycxProcess>(
        kycx::testing::watch_args(inbox, outbox, {"--store", backend.location(), "--lease-seconds", "2"}),
        backend.dir().path() / ("worker" + std::to_string(w) + ".log")));
  }
  // Kill -9 whichever worker claims the slow page, while it works on it.
  int victim = -1;
  ASSERT_TRUE(wait_until(
      [&] {
        for (int w = 0; w < workers; ++w) {
          for (const auto& line : running[static_cast<size_t>(w)]->log_lines()) {
            if (line.value("event", "") == "job.claimed" && line.value("document_id", "") == slow_id) victim = w;
          }
        }
        return victim >= 0;
      },
      120s));
  running[static_cast<size_t>(victim)]->signal(SIGKILL);
  running[static_cast<size_t>(victim)]->wait();
  ASSERT_TRUE(
      wait_until([&] { return read_envelopes(outbox).size() == kFiles + 1 && idle(backend.location()); }, 300s));
  for (int w = 0; w < workers; ++w) {
    if (w == victim) continue;
    running[static_cast<size_t>(w)]->signal(SIGTERM);
    EXPECT_EQ(running[static_cast<size_t>(w)]->wait(), 0);
  }

  auto store = open_store(backend.location());
  auto jobs = store->jobs();
  ASSERT_TRUE(jobs);
  EXPECT_EQ(jobs->size(), static_cast<size_t>(kFiles + 1));  // every worker scanned; each file queued once
  int finished_by_survivors = 0;
  for (const auto& job : *jobs) {
    EXPECT_TRUE(job.state == store::JobState::kDone || job.state == store::JobState::kRejected);
    if (job.content_hash == slow_id) {
      EXPECT_EQ(job.attempts, 2);  // the killed worker's claim, then a survivor's
      finished_by_survivors = 1;
    }
  }
  EXPECT_EQ(finished_by_survivors, 1);
  auto audit = store->verify_audit();
  ASSERT_TRUE(audit);
  EXPECT_TRUE(audit->intact);
  EXPECT_EQ(audit->records, kFiles + 1);  // every job finished exactly once
  std::set<std::string> by_whom;
  for (int w = 0; w < workers; ++w) {
    if (running[static_cast<size_t>(w)]->count("job.rejected") + running[static_cast<size_t>(w)]->count("job.done") >
        0) {
      by_whom.insert(std::to_string(w));
    }
  }
  EXPECT_GE(by_whom.size(), 2u);  // the work was shared
}

INSTANTIATE_TEST_SUITE_P(Workers, WatchWorkersTest, ::testing::Values(2, 4));

}  // namespace
}  // namespace kycx
