// The job queue's contract on every backend: dedupe by path and bytes,
// committed attempts, leases and fencing, quarantine, result reuse, status.
// PostgreSQL cases skip when no server is reachable (KYCX_TEST_PG_URL).
#include "store/job_store.hpp"

#include <thread>

#include <gtest/gtest.h>

#include "tests/store/job_store_backends.hpp"

namespace kycx::store {
namespace {

using std::chrono::milliseconds;

class JobStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    backend_ = std::make_unique<kycx::testing::JobStoreBackend>(GetParam());
    if (!backend_->available()) GTEST_SKIP() << backend_->skip_reason();
    store_ = open();
    ASSERT_NE(store_, nullptr);
  }
  std::unique_ptr<JobStore> open() {
    auto s = open_job_store(backend_->location());
    EXPECT_TRUE(s) << (s ? "" : s.error().message);
    return s ? std::move(*s) : nullptr;
  }
  std::optional<Claim> claim(const std::string& owner = "w1", milliseconds lease = milliseconds(60000),
                             int max_attempts = 3) {
    auto c = store_->claim({.owner = owner, .lease = lease, .max_attempts = max_attempts});
    EXPECT_TRUE(c) << (c ? "" : c.error().message);
    return c ? *c : std::nullopt;
  }
  static JobOutcome done(const std::string& document_id, const std::string& envelope = "{\"x\":1}") {
    return kycx::testing::done_outcome(document_id, envelope);
  }
  std::unique_ptr<kycx::testing::JobStoreBackend> backend_;
  std::unique_ptr<JobStore> store_;
};

TEST_P(JobStoreTest, EnqueueAddsAFileOnceAndAgainOnlyWhenItsBytesChange) {
  auto first = store_->enqueue({{"a/x.png", "h1"}, {"a/x.png", "h1"}, {"b.png", "h2"}});
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->size(), 2u);
  EXPECT_EQ(store_->enqueue({{"a/x.png", "h1"}})->size(), 0u);  // a rescan
  EXPECT_EQ(store_->enqueue({{"a/x.png", "h3"}})->size(), 1u);  // replaced with new bytes
  EXPECT_EQ(store_->enqueue({{"a/x.png", "h1"}})->size(), 1u);  // and back: the latest bytes count
  EXPECT_EQ(store_->jobs()->size(), 4u);
}

TEST_P(JobStoreTest, ANameThatIsNotUtf8IsQueuedAndClaimedWithItsExactBytes) {
  const std::string latin1 = "app-17/M\xFCller.pdf";  // from a Windows zip
  auto queued = store_->enqueue({{latin1, "h1"}, {"b.png", "h2"}});
  ASSERT_TRUE(queued) << queued.error().message;
  EXPECT_EQ(queued->size(), 2u);
  EXPECT_EQ(store_->enqueue({{latin1, "h1"}})->size(), 0u);  // a rescan finds it already queued
  auto c = claim();
  ASSERT_TRUE(c);
  EXPECT_EQ(c->job.relative_path, latin1);
  EXPECT_TRUE(store_->finish(c->job, done("h1")));
  auto jobs = store_->jobs();
  ASSERT_TRUE(jobs);
  EXPECT_EQ(jobs->front().relative_path, latin1);
}

TEST_P(JobStoreTest, TheAttemptIsCommittedWhenTheJobIsClaimed) {
  ASSERT_TRUE(store_->enqueue({{"x.png", "h1"}}));
  auto c = claim();
  ASSERT_TRUE(c);
  EXPECT_EQ(c->job.attempts, 1);
  EXPECT_EQ(c->job.state, JobState::kProcessing);
  EXPECT_FALSE(claim("w2"));  // held
  auto reopened = open();     // what a restarted worker sees
  auto jobs = reopened->jobs();
  ASSERT_TRUE(jobs);
  ASSERT_EQ(jobs->size(), 1u);
  EXPECT_EQ(jobs->front().attempts, 1);
  EXPECT_EQ(jobs->front().state, JobState::kProcessing);
  EXPECT_EQ(jobs->front().lease_owner, "w1");
}

TEST_P(JobStoreTest, JobsForOnePathRunOneAfterTheOther) {
  ASSERT_TRUE(store_->enqueue({{"x.png", "old"}}));
  ASSERT_TRUE(store_->enqueue({{"x.png", "new"}, {"y.png", "h2"}}));
  auto first = claim();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->job.content_hash, "old");
  auto second = claim();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->job.relative_path, "y.png");  // x.png's new bytes wait for the old
  EXPECT_FALSE(claim());
  ASSERT_TRUE(store_->finish(first->job, done("old")));
  auto third = claim();
  ASSERT_TRUE(third);
  EXPECT_EQ(third->job.content_hash, "new");
}

TEST_P(JobStoreTest, SameBytesUnderAnotherNameWaitThenReuseTheResult) {
  ASSERT_TRUE(store_->enqueue({{"a.png", "same"}, {"copy of a.png", "same"}}));
  auto first = claim();
  ASSERT_TRUE(first);
  EXPECT_FALSE(first->stored_envelope);
  EXPECT_FALSE(claim("w2"));  // not extracted twice at once
  ASSERT_TRUE(store_->finish(first->job, done("same", "{\"document_id\":\"same\"}")));
  auto second = claim("w2");
  ASSERT_TRUE(second);
  ASSERT_TRUE(second->stored_envelope);
  EXPECT_EQ(*second->stored_envelope, "{\"document_id\":\"same\"}");
}

TEST_P(JobStoreTest, AnExpiredLeaseIsTakenOverAndTheStaleWorkerIsFencedOut) {
  ASSERT_TRUE(store_->enqueue({{"x.png", "h1"}}));
  auto stale = claim("w1", milliseconds(1));
  ASSERT_TRUE(stale);
  std::this_thread::sleep_for(milliseconds(20));
  auto fresh = claim("w2");
  ASSERT_TRUE(fresh);
  EXPECT_EQ(fresh->job.attempts, 2);
  EXPECT_FALSE(*store_->renew(stale->job, milliseconds(60000)));
  auto late = store_->finish(stale->job, done("h1"));
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
  ASSERT_TRUE(store_->finish(fresh->job, done("h1")));
  EXPECT_TRUE(store_->finish(fresh->job, done("h1")));  // a retried commit is not an error
  auto audit = store_->verify_audit();
  ASSERT_TRUE(audit);
  EXPECT_EQ(audit->records, 1);  // one result, one audit entry
  EXPECT_TRUE(audit->intact);
}

TEST_P(JobStoreTest, RenewingKeepsTheLease) {
  ASSERT_TRUE(store_->enqueue({{"x.png", "h1"}}));
  auto held = claim("w1", milliseconds(300));
  ASSERT_TRUE(held);
  for (int i = 0; i < 4; ++i) {
    std::this_thread::sleep_for(milliseconds(100));
    ASSERT_TRUE(*store_->renew(held->job, milliseconds(300)));
  }
  EXPECT_FALSE(claim("w2"));
}

TEST_P(JobStoreTest, AJobThatKeepsKillingItsWorkerIsQuarantined) {
  ASSERT_TRUE(store_->enqueue({{"poison.pdf", "bad"}}));
  for (int attempt = 1; attempt <= 2; ++attempt) {
    auto c = claim("w", milliseconds(1), 2);
    ASSERT_TRUE(c);
    EXPECT_FALSE(c->quarantined) << attempt;
    std::this_thread::sleep_for(milliseconds(20));  // the worker died; its lease runs out
  }
  auto last = claim("w", milliseconds(60000), 2);
  ASSERT_TRUE(last);
  EXPECT_TRUE(last->quarantined);
  JobOutcome rejected = done("bad");
  rejected.state = JobState::kRejected;
  rejected.status = "rejected";
  ASSERT_TRUE(store_->finish(last->job, rejected));
  auto status = store_->status();
  ASSERT_TRUE(status);
  EXPECT_EQ(status->rejected, 1);
  EXPECT_FALSE(claim());
}

TEST_P(JobStoreTest, AReleasedJobComesBackAfterItsDelay) {
  ASSERT_TRUE(store_->enqueue({{"x.png", "h1"}}));
  auto c = claim();
  ASSERT_TRUE(c);
  ASSERT_TRUE(store_->release(c->job, "outbox full", milliseconds(150)));
  EXPECT_FALSE(claim());
  std::this_thread::sleep_for(milliseconds(200));
  auto again = claim();
  ASSERT_TRUE(again);
  EXPECT_EQ(again->job.attempts, 2);
  EXPECT_EQ(again->job.last_error, "outbox full");
}

TEST_P(JobStoreTest, ExpiringALeaseFreesTheJobAtOnce) {
  ASSERT_TRUE(store_->enqueue({{"x.png", "h1"}}));
  auto c = claim("dead-worker");
  ASSERT_TRUE(c);
  auto processing = store_->processing_jobs();
  ASSERT_TRUE(processing);
  ASSERT_EQ(processing->size(), 1u);
  EXPECT_EQ(processing->front().lease_owner, "dead-worker");
  ASSERT_TRUE(*store_->expire_lease(processing->front()));
  EXPECT_TRUE(claim("w2"));
}

TEST_P(JobStoreTest, StatusCountsJobsByStateAndRecentThroughput) {
  ASSERT_TRUE(store_->enqueue({{"a", "1"}, {"b", "2"}, {"c", "3"}}));
  auto c = claim();
  ASSERT_TRUE(c);
  ASSERT_TRUE(store_->finish(c->job, done("1")));
  ASSERT_TRUE(claim());
  auto s = store_->status();
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->queued, 1);
  EXPECT_EQ(s->processing, 1);
  EXPECT_EQ(s->done, 1);
  EXPECT_EQ(s->rejected, 0);
  EXPECT_EQ(s->finished_last_minute, 1);
  EXPECT_EQ(s->results, 1);
  EXPECT_GE(s->oldest_unfinished_age_s, 0.0);
}

INSTANTIATE_TEST_SUITE_P(Backends, JobStoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace kycx::store
