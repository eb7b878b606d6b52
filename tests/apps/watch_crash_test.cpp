// Crashes and stalls of `kycx watch` workers: kill -9 at random moments and
// restarts lose and duplicate nothing; a file that kills its worker every
// time is quarantined; a worker paused past its lease cannot commit. Runs on
// SQLite, and on PostgreSQL when KYCX_TEST_PG_URL names a server.
#include <random>
#include <set>

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

class WatchCrashTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!fs::exists(kycx::testing::kycx_binary())) GTEST_SKIP() << "kycx binary not built";
    backend_ = std::make_unique<kycx::testing::JobStoreBackend>(GetParam());
    if (!backend_->available()) GTEST_SKIP() << backend_->skip_reason();
    fs::create_directories(inbox());
  }
  const kycx::testing::TempDir& dir() const { return backend_->dir(); }
  fs::path inbox() const { return dir().path() / "in"; }
  fs::path outbox() const { return dir().path() / "out"; }
  fs::path log(const std::string& name) const { return dir().path() / (name + ".log"); }
  std::vector<std::string> args(std::vector<std::string> extra = {}) const {
    extra.insert(extra.end(), {"--store", backend_->location()});
    return kycx::testing::watch_args(inbox(), outbox(), extra);
  }
  std::unique_ptr<store::JobStore> store() const {
    auto s = store::open_job_store(backend_->location());
    EXPECT_TRUE(s) << (s ? "" : s.error().message);
    return s ? std::move(*s) : nullptr;
  }
  bool queue_idle() const {
    auto s = store()->status();
    return s && s->queued == 0 && s->processing == 0;
  }
  std::unique_ptr<kycx::testing::JobStoreBackend> backend_;
};

TEST_P(WatchCrashTest, KillNineAtRandomMomentsLosesAndDuplicatesNothing) {
  constexpr int kFiles = 300;
  for (int i = 0; i < kFiles; ++i) {
    dir().write("in/batch/" + std::to_string(i % 7) + "/file" + std::to_string(i) + ".txt",
                "synthetic document " + std::to_string(i));
  }
  std::mt19937 random(20261123);
  std::uniform_int_distribution<int> moment_ms(30, 700);
  for (int round = 0; round < 10; ++round) {
    KycxProcess worker(args(), log("worker"));
    std::this_thread::sleep_for(std::chrono::milliseconds(moment_ms(random)));
    worker.signal(SIGKILL);
    worker.wait();
  }
  KycxProcess last(args(), log("last"));
  // Earlier rounds may have finished everything: SIGTERM only once it listens.
  ASSERT_TRUE(wait_until([&] { return last.count("watch.started") == 1; }, 60s));
  ASSERT_TRUE(wait_until([&] { return read_envelopes(outbox()).size() == kFiles && queue_idle(); }, 180s));
  last.signal(SIGTERM);
  EXPECT_EQ(last.wait(), 0);

  const auto envelopes = read_envelopes(outbox());
  ASSERT_EQ(envelopes.size(), static_cast<size_t>(kFiles));
  for (const auto& [path, envelope] : envelopes) {
    EXPECT_EQ(envelope["document_id"], kycx::testing::file_sha256(inbox() / path)) << path;
  }
  EXPECT_TRUE(kycx::testing::temporaries(outbox()).empty());
  auto jobs = store()->jobs();
  ASSERT_TRUE(jobs);
  EXPECT_EQ(jobs->size(), static_cast<size_t>(kFiles));  // no file queued twice
  for (const auto& job : *jobs) EXPECT_EQ(job.state, store::JobState::kRejected) << job.relative_path;
  auto audit = store()->verify_audit();
  ASSERT_TRUE(audit);
  EXPECT_TRUE(audit->intact) << audit->problem;
  EXPECT_EQ(audit->records, kFiles);  // each finished exactly once
}

TEST_P(WatchCrashTest, AFileThatCrashesItsWorkerEveryTimeIsQuarantined) {
  dir().write("in/poison.png", kycx::testing::slow_page_png());
  for (int attempt = 1; attempt <= 2; ++attempt) {
    KycxProcess worker(args({"--max-attempts", "2"}), log("worker" + std::to_string(attempt)));
    ASSERT_TRUE(wait_until([&] { return worker.count("job.claimed") == 1; }, 60s)) << attempt;
    worker.signal(SIGABRT);  // as if the file made a decoder fail an assertion
    worker.wait();
  }
  KycxProcess last(args({"--max-attempts", "2"}), log("worker3"));
  ASSERT_TRUE(wait_until([&] { return read_envelopes(outbox()).size() == 1; }, 60s));
  last.signal(SIGTERM);
  EXPECT_EQ(last.wait(), 0);
  const Json envelope = read_envelopes(outbox()).at("poison.png");
  EXPECT_EQ(envelope["status"], "rejected");
  EXPECT_EQ(envelope["errors"][0]["code"], "internal");
  EXPECT_EQ(envelope["errors"][0]["stage"], "queue");
  EXPECT_EQ(envelope["document_id"], kycx::testing::file_sha256(inbox() / "poison.png"));
  EXPECT_EQ(last.count("job.orphan_reclaimed"), 1);

  // Once the cause is dealt with, an operator queues it again.
  std::string out;
  const std::string requeue =
      kycx::testing::kycx_binary().string() + " requeue poison.png --store '" + backend_->location() + "'";
  EXPECT_EQ(kycx::testing::run_command(requeue, &out), 0) << out;
  auto jobs = store()->jobs();
  ASSERT_TRUE(jobs);
  EXPECT_EQ(jobs->back().state, store::JobState::kQueued);
  EXPECT_EQ(jobs->back().attempts, 0);
  EXPECT_EQ(kycx::testing::run_command(requeue + " 2>/dev/null"), 3);  // nothing set aside any more
}

// kill -9 (an operator, the OOM killer, a reboot) says nothing against the
// documents in flight: a good file killed under three times as many times
// as --max-attempts is still extracted, not set aside.
TEST_P(WatchCrashTest, KillNineIsNotCountedAgainstTheDocumentInFlight) {
  dir().write("in/good.png", kycx::testing::slow_page_png());
  for (int round = 1; round <= 3; ++round) {
    KycxProcess worker(args({"--max-attempts", "1"}), log("worker" + std::to_string(round)));
    ASSERT_TRUE(wait_until([&] { return worker.count("job.claimed") == 1; }, 60s)) << round;
    worker.signal(SIGKILL);
    worker.wait();
  }
  KycxProcess last(args({"--max-attempts", "1"}), log("last"));
  ASSERT_TRUE(wait_until([&] { return read_envelopes(outbox()).size() == 1; }, 120s));
  last.signal(SIGTERM);
  EXPECT_EQ(last.wait(), 0);
  const Json envelope = read_envelopes(outbox()).at("good.png");
  EXPECT_FALSE(envelope["errors"].size() == 1 && envelope["errors"][0]["stage"] == "queue") << envelope.dump();
}

TEST_P(WatchCrashTest, AWorkerPausedPastItsLeaseCannotCommitAndOneResultRemains) {
  KycxProcess stalled(args({"--lease-seconds", "1"}), log("stalled"));
  ASSERT_TRUE(wait_until([&] { return stalled.count("watch.started") == 1; }, 60s));
  dir().write("in/page.png", kycx::testing::slow_page_png());
  ASSERT_TRUE(wait_until([&] { return stalled.count("job.claimed") == 1; }, 60s));
  stalled.signal(SIGSTOP);
  KycxProcess rescuer(args({"--lease-seconds", "1", "--role", "worker"}), log("rescuer"));
  ASSERT_TRUE(wait_until([&] { return rescuer.count("job.done") + rescuer.count("job.rejected") == 1; }, 120s));
  stalled.signal(SIGCONT);
  ASSERT_TRUE(
      wait_until([&] { return stalled.count("job.lease_lost") + stalled.count("job.unheld_result") >= 1; }, 120s));
  stalled.signal(SIGTERM);
  rescuer.signal(SIGTERM);
  EXPECT_EQ(stalled.wait(), 0);
  EXPECT_EQ(rescuer.wait(), 0);
  EXPECT_EQ(stalled.count("job.done") + stalled.count("job.rejected"), 0);
  auto audit = store()->verify_audit();
  ASSERT_TRUE(audit);
  EXPECT_EQ(audit->records, 1);
  auto jobs = store()->jobs();
  ASSERT_TRUE(jobs);
  ASSERT_EQ(jobs->size(), 1u);
  EXPECT_EQ(jobs->front().attempts, 2);
  EXPECT_EQ(read_envelopes(outbox()).size(), 1u);
  EXPECT_TRUE(kycx::testing::temporaries(outbox()).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, WatchCrashTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace kycx
