#include <cstdlib>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "store/audit_log.hpp"
#include "store/migrations.hpp"
#include "store/review_repository.hpp"
#include "store/sqlite_database.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::store {
namespace {

namespace fs = std::filesystem;

SqliteDatabase open_migrated(const fs::path& path) {
  auto db = SqliteDatabase::open(path);
  EXPECT_TRUE(db) << (db ? "" : db.error().message);
  EXPECT_TRUE(migrate(*db));
  return std::move(*db);
}

Envelope envelope(const std::string& id, const std::string& path) {
  Envelope e;
  e.document_id = id;
  e.source.relative_path = path;
  e.document_type = "w2";
  e.status = DocumentStatus::kNeedsReview;
  Field f;
  f.value = "52000.00";
  e.fields.set("wages", f);
  return e;
}

TEST(MigrationsTest, MigratesOnceAndRefusesANewerDatabase) {
  kycx::testing::TempDir dir;
  auto db = open_migrated(dir.path() / "k.sqlite");
  EXPECT_EQ(schema_version(db).value(), kSchemaVersion);
  ASSERT_TRUE(migrate(db));  // idempotent
  ASSERT_TRUE(db.exec("INSERT INTO schema_migrations VALUES (99, 'future')"));
  auto again = migrate(db);
  ASSERT_FALSE(again);
  EXPECT_NE(again.error().message.find("newer than this kycx"), std::string::npos);
}

TEST(SqliteDatabaseTest, ReportsDamagedReadOnlyAndMissingFilesClearly) {
  kycx::testing::TempDir dir;
  const auto junk = dir.write("junk.sqlite", std::string(4096, 'x'));
  auto damaged = SqliteDatabase::open(junk);
  ASSERT_FALSE(damaged);
  EXPECT_EQ(damaged.error().code, ErrorCode::kCorruptFile);
  EXPECT_NE(damaged.error().message.find("damaged"), std::string::npos);

  auto missing =
      SqliteDatabase::open(dir.path() / "nope.sqlite", {.read_only = true, .busy_timeout_ms = 100, .create = false});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kIoError);

  { auto db = open_migrated(dir.path() / "ro.sqlite"); }
  auto ro =
      SqliteDatabase::open(dir.path() / "ro.sqlite", {.read_only = true, .busy_timeout_ms = 100, .create = false});
  ASSERT_TRUE(ro);
  auto write = ro->exec("INSERT INTO schema_migrations VALUES (5, 'x')");
  ASSERT_FALSE(write);
  EXPECT_EQ(write.error().code, ErrorCode::kPermissionDenied);
}

TEST(SqliteDatabaseTest, WriterWaitsForTheLockThenReportsItPlainly) {
  kycx::testing::TempDir dir;
  auto a = open_migrated(dir.path() / "k.sqlite");
  auto b = SqliteDatabase::open(dir.path() / "k.sqlite", {.read_only = false, .busy_timeout_ms = 200, .create = false});
  ASSERT_TRUE(b);
  auto held = a.begin_write();
  ASSERT_TRUE(held);
  auto blocked = b->begin_write();
  ASSERT_FALSE(blocked);
  EXPECT_EQ(blocked.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(blocked.error().message.find("locked by another process"), std::string::npos);
  ASSERT_TRUE(held->commit());
  EXPECT_TRUE(b->begin_write());
}

TEST(AuditLogTest, ChainVerifiesAndPointsAtTheFirstAlteredEntry) {
  kycx::testing::TempDir dir;
  auto db = open_migrated(dir.path() / "k.sqlite");
  AuditLog log(db);
  {
    auto tx = db.begin_write();
    for (int i = 0; i < 5; ++i) {
      AuditEntry e;
      e.actor = "alice";
      e.action = "correct";
      e.document_id = "d" + std::to_string(i);
      e.field = "wages";
      e.old_value = "1.00";
      e.new_value = "2.00";
      e.reason = "typo";
      ASSERT_TRUE(log.append(e));
    }
    ASSERT_TRUE(tx->commit());
  }
  auto ok = log.verify();
  ASSERT_TRUE(ok);
  EXPECT_TRUE(ok->intact);
  EXPECT_EQ(ok->records, 5);

  // The table refuses updates and deletes...
  EXPECT_FALSE(db.exec("UPDATE audit SET reason = 'x' WHERE seq = 2"));
  EXPECT_FALSE(db.exec("DELETE FROM audit WHERE seq = 2"));
  // ...but someone with the file can drop the triggers: verification still catches it.
  ASSERT_TRUE(db.exec("DROP TRIGGER audit_no_update"));
  ASSERT_TRUE(db.exec("UPDATE audit SET new_value = '\"3.00\"' WHERE seq = 3"));
  auto bad = log.verify();
  ASSERT_TRUE(bad);
  EXPECT_FALSE(bad->intact);
  EXPECT_EQ(bad->first_bad_seq, 3);
  EXPECT_NE(bad->problem.find("altered"), std::string::npos);
}

TEST(AuditLogTest, RemovedEntryIsFound) {
  kycx::testing::TempDir dir;
  auto db = open_migrated(dir.path() / "k.sqlite");
  AuditLog log(db);
  auto tx = db.begin_write();
  for (int i = 0; i < 4; ++i) {
    AuditEntry e;
    e.actor = "kycx";
    e.action = "extract";
    e.document_id = "d";
    ASSERT_TRUE(log.append(e));
  }
  ASSERT_TRUE(tx->commit());
  ASSERT_TRUE(db.exec("DROP TRIGGER audit_no_delete"));
  ASSERT_TRUE(db.exec("DELETE FROM audit WHERE seq = 2"));
  auto v = log.verify();
  ASSERT_TRUE(v);
  EXPECT_FALSE(v->intact);
  EXPECT_EQ(v->first_bad_seq, 2);
}

TEST(ReviewRepositoryTest, EnqueueFindListAndOptimisticUpdate) {
  kycx::testing::TempDir dir;
  auto db = open_migrated(dir.path() / "k.sqlite");
  ReviewRepository repo(db);
  const std::string id(64, 'a');
  ASSERT_TRUE(repo.enqueue(envelope(id, "app/w2.pdf"), "/out", "app/w2.pdf.json"));
  ASSERT_TRUE(repo.enqueue(envelope(std::string(63, 'a') + "b", "app/other.pdf"), "", ""));
  EXPECT_EQ(repo.list("needs_review")->size(), 2u);
  EXPECT_FALSE(repo.find("aaaaaaaa"));  // ambiguous prefix
  auto by_path = repo.find("app/w2.pdf");
  ASSERT_TRUE(by_path && *by_path);
  EXPECT_EQ((*by_path)->document_id, id);
  auto doc = **repo.find(id);
  EXPECT_EQ(doc.revision, 1);
  ReviewDocument stale = doc;
  doc.envelope.status = DocumentStatus::kAccepted;
  ASSERT_TRUE(repo.update(doc));
  EXPECT_EQ(doc.revision, 2);
  auto conflict = repo.update(stale);
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().code, ErrorCode::kConflict);
  // Re-extraction does not overwrite a reviewed document.
  ASSERT_TRUE(repo.enqueue(envelope(id, "app/w2-again.pdf"), "/out", "app/w2-again.pdf.json"));
  EXPECT_EQ((**repo.find(id)).relative_path, "app/w2.pdf");
  // The same bytes under another name: one item, both outbox files kept.
  EXPECT_EQ((**repo.find(id)).envelope_files,
            (std::vector<std::string>{"/out/app/w2-again.pdf.json", "/out/app/w2.pdf.json"}));
  EXPECT_TRUE(repo.find("ffffffff").value() == std::nullopt);
}

// Someone who can write the store file but does not hold the audit key
// (store/audit_seal.hpp): every way to rewrite history is found.
class AuditForgeryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("KYCX_AUDIT_KEY", (dir_.path() / "keys" / "audit.key").c_str(), 1);
    db_ = std::make_unique<SqliteDatabase>(open_migrated(dir_.path() / "k.sqlite"));
    AuditLog log(*db_);
    for (int i = 0; i < 5; ++i) {
      auto tx = db_->begin_write();
      AuditEntry e;
      e.actor = "kycx";
      e.action = "extract";
      e.document_id = "d" + std::to_string(i);
      ASSERT_TRUE(log.append(e));
      ASSERT_TRUE(tx->commit());
      ASSERT_TRUE(log.seal());
    }
    ASSERT_TRUE(db_->exec("DROP TRIGGER audit_no_update"));
    ASSERT_TRUE(db_->exec("DROP TRIGGER audit_no_delete"));
  }
  void TearDown() override { ::unsetenv("KYCX_AUDIT_KEY"); }
  AuditVerification verify() {
    auto v = AuditLog(*db_).verify();
    EXPECT_TRUE(v) << (v ? "" : v.error().message);
    return v ? *v : AuditVerification{};
  }
  // What a forger can do without the key: recompute every hash from `from` on.
  void rehash_from(std::int64_t from) {
    std::string prev;
    for (std::int64_t seq = 1;; ++seq) {
      auto stmt = db_->prepare("SELECT actor, action, document_id, reason, at, hash FROM audit WHERE seq = ?");
      stmt->bind(1, seq);
      if (!*stmt->step()) break;
      AuditEntry e;
      e.seq = seq;
      e.actor = stmt->text(0);
      e.action = stmt->text(1);
      e.document_id = stmt->text(2);
      e.reason = stmt->text(3);
      e.at = stmt->text(4);
      e.old_value = nullptr;
      e.new_value = nullptr;
      e.prev_hash = prev;
      if (seq >= from) {
        e.hash = e.computed_hash();
        auto up = db_->prepare("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?");
        up->bind(1, e.prev_hash).bind(2, e.hash).bind(3, seq);
        ASSERT_TRUE(up->run());
      } else {
        e.hash = stmt->text(5);
      }
      prev = e.hash;
    }
  }
  kycx::testing::TempDir dir_;
  std::unique_ptr<SqliteDatabase> db_;
};

TEST_F(AuditForgeryTest, AnIntactTrailVerifiesWithItsCheckpoints) {
  const auto v = verify();
  EXPECT_TRUE(v.intact) << v.problem;
  EXPECT_EQ(v.records, 5);
  EXPECT_EQ(v.checkpoints, 5);
  EXPECT_EQ(v.without_mac, 0);
  EXPECT_EQ(fs::status(dir_.path() / "keys" / "audit.key").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
}

TEST_F(AuditForgeryTest, ARowRewrittenWithItsHashesRecomputedIsFound) {
  ASSERT_TRUE(db_->exec("UPDATE audit SET reason = 'approved by the manager' WHERE seq = 3"));
  rehash_from(3);
  const auto v = verify();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 3);
  EXPECT_NE(v.problem.find("MAC"), std::string::npos) << v.problem;
}

TEST_F(AuditForgeryTest, AnAppendedForgedApprovalIsFound) {
  ASSERT_TRUE(db_->exec(
      "INSERT INTO audit (seq, at, actor, action, document_id, field, old_value, new_value, reason, details, "
      "prev_hash, hash, mac) SELECT 6, at, 'mallory', 'approve', 'd4', 'wages', 'null', 'null', '', '{}', hash, "
      "'', 'feedface' FROM audit WHERE seq = 5"));
  rehash_from(6);
  const auto v = verify();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 6);
}

TEST_F(AuditForgeryTest, ATruncatedTailIsFound) {
  ASSERT_TRUE(db_->exec("DELETE FROM audit WHERE seq >= 4"));
  const auto v = verify();
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("removed from its end"), std::string::npos) << v.problem;
}

TEST_F(AuditForgeryTest, DeletingEveryRowIsFound) {
  ASSERT_TRUE(db_->exec("DELETE FROM audit"));
  const auto v = verify();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.records, 0);
}

TEST_F(AuditForgeryTest, AnAlteredCheckpointFileIsFound) {
  const fs::path checkpoints = dir_.path() / "k.sqlite.checkpoints";
  std::string text = kycx::testing::read_bytes(checkpoints);
  text.replace(text.find("\"records\":5"), 12, "\"records\":4");
  std::ofstream(checkpoints) << text;
  auto v = AuditLog(*db_).verify();
  ASSERT_FALSE(v);
  EXPECT_EQ(v.error().code, ErrorCode::kCorruptFile);
}

TEST_F(AuditForgeryTest, AKeyOthersCanReadIsRefused) {
  ::chmod((dir_.path() / "keys" / "audit.key").c_str(), 0644);
  ::setenv("KYCX_AUDIT_KEY", (dir_.path() / "keys" / "./audit.key").c_str(), 1);  // not the cached one
  auto v = AuditLog(*db_).verify();
  ASSERT_FALSE(v);
  EXPECT_EQ(v.error().code, ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace kycx::store
