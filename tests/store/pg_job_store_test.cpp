// What only the PostgreSQL store has to prove: it survives the server
// dropping its connection, its audit chain is append-only and verified, and
// workers starting together migrate once. Skips without KYCX_TEST_PG_URL.
#include "store/pg_job_store.hpp"

#include <thread>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "tests/store/job_store_backends.hpp"

namespace kycx::store {
namespace {

class PgJobStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    backend_ = std::make_unique<kycx::testing::JobStoreBackend>("postgresql");
    if (!backend_->available()) GTEST_SKIP() << backend_->skip_reason();
    auto s = PgJobStore::open(backend_->location());
    ASSERT_TRUE(s) << s.error().message;
    store_ = std::move(*s);
  }
  // Runs SQL as an administrator on the test database.
  void admin(const std::string& sql) {
    pqxx::connection c(backend_->location());
    pqxx::nontransaction w(c);
    w.exec(sql);
  }
  static JobOutcome done(const std::string& id) { return kycx::testing::done_outcome(id); }
  std::unique_ptr<kycx::testing::JobStoreBackend> backend_;
  std::unique_ptr<PgJobStore> store_;
};

TEST_F(PgJobStoreTest, ReconnectsWhenTheServerDropsTheConnection) {
  ASSERT_TRUE(store_->enqueue({{"a.png", "h1"}}));
  admin(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
      "AND pid <> pg_backend_pid()");
  auto claimed = store_->claim({.owner = "w1", .lease = std::chrono::milliseconds(60000), .max_attempts = 3});
  ASSERT_TRUE(claimed) << claimed.error().message;
  ASSERT_TRUE(*claimed);
  EXPECT_TRUE(store_->finish((*claimed)->job, done("h1")));
}

TEST_F(PgJobStoreTest, TheAuditChainIsAppendOnlyAndTamperingIsFound) {
  ASSERT_TRUE(store_->enqueue({{"a", "1"}, {"b", "2"}, {"c", "3"}}));
  for (int i = 0; i < 3; ++i) {
    auto c = store_->claim({.owner = "w", .lease = std::chrono::milliseconds(60000), .max_attempts = 3});
    ASSERT_TRUE(c && *c);
    ASSERT_TRUE(store_->finish((*c)->job, done((*c)->job.content_hash)));
  }
  auto intact = store_->verify_audit();
  ASSERT_TRUE(intact);
  EXPECT_TRUE(intact->intact);
  EXPECT_EQ(intact->records, 3);
  EXPECT_THROW(admin("UPDATE audit SET reason = 'edited' WHERE seq = 2"), pqxx::sql_error);
  EXPECT_THROW(admin("DELETE FROM audit WHERE seq = 3"), pqxx::sql_error);
  admin("ALTER TABLE audit DISABLE TRIGGER audit_no_change");  // what an intruder with DDL rights could do
  admin("UPDATE audit SET reason = 'edited' WHERE seq = 2");
  auto broken = store_->verify_audit();
  ASSERT_TRUE(broken);
  EXPECT_FALSE(broken->intact);
  EXPECT_EQ(broken->first_bad_seq, 2);
}

TEST_F(PgJobStoreTest, WorkersStartingTogetherMigrateOnce) {
  std::vector<std::thread> starters;
  std::atomic<int> opened{0};
  for (int i = 0; i < 4; ++i) {
    starters.emplace_back([&] {
      if (PgJobStore::open(backend_->location())) ++opened;
    });
  }
  for (auto& t : starters) t.join();
  EXPECT_EQ(opened, 4);
  pqxx::connection c(backend_->location());
  pqxx::nontransaction w(c);
  EXPECT_EQ(w.exec1("SELECT count(*) FROM kycx_schema_migrations")[0].as<int>(),
            2);  // one row per step, each applied once
}

TEST(PgJobStoreOpenTest, AnUnreachableServerIsUnavailableNotACrash) {
  auto s = PgJobStore::open("postgresql://kycx@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace kycx::store
