// `kycx watch`, `kycx status` and `kycx audit verify` as real processes over
// real folders (contract sections 1 and 3): files present at start, folders
// created later, partial names ignored until renamed, slow copies taken only
// when closed, replaced bytes giving a new envelope, duplicates not extracted
// again, symbolic links rejected unread, SIGTERM draining, source policies,
// audit tampering detected.
#include <fstream>

#include <gtest/gtest.h>
#include <signal.h>

#include "tests/apps/watch_test_support.hpp"
#include "tests/support/test_files.hpp"

namespace kycx {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using kycx::testing::KycxProcess;
using kycx::testing::read_envelopes;
using kycx::testing::run_command;
using kycx::testing::wait_until;
using kycx::testing::watch_args;

class WatchCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kycx::testing::kycx_binary())) GTEST_SKIP() << "kycx binary not built";
    fs::create_directories(inbox());
  }
  fs::path inbox() const { return dir_.path() / "in"; }
  fs::path outbox() const { return dir_.path() / "out"; }
  fs::path log() const { return dir_.path() / "watch.log"; }
  bool has_envelopes(size_t n) const { return read_envelopes(outbox()).size() >= n; }
  std::string kycx() const { return kycx::testing::kycx_binary().string(); }
  kycx::testing::TempDir dir_;
};

TEST_F(WatchCliTest, EveryCompleteFileGetsOneEnvelopeAndNothingPartialIsTaken) {
  dir_.write("in/before.txt", "present before the watcher started");
  dir_.write("in/sub/before2.txt", "also present, in a folder");
  KycxProcess watch(watch_args(inbox(), outbox()), log());
  ASSERT_TRUE(wait_until([&] { return has_envelopes(2); }, 60s)) << "start-up scan";

  fs::create_directories(inbox() / "new" / "deeper");  // a folder created while watching
  dir_.write("in/new/deeper/late.txt", "dropped into a new folder");
  dir_.write("in/.hidden.txt", "hidden: never taken");
  dir_.write("in/download.crdownload", "a browser still downloading");
  kycx::testing::write_then_rename(inbox() / "renamed.txt", "written under a temporary name, then renamed");
  const std::string slow(20000, 's');
  kycx::testing::write_slowly(inbox() / "slow.txt", slow, 5, 150ms);
  const fs::path secret = dir_.write("secret/shadow", "never to be read");
  fs::create_symlink(secret, inbox() / "link.jpg");
  ASSERT_TRUE(wait_until([&] { return has_envelopes(6); }, 60s));

  dir_.write("in/before.txt", "new bytes under the same name");
  const std::string new_id = kycx::testing::file_sha256(inbox() / "before.txt");
  ASSERT_TRUE(
      wait_until([&] { return read_envelopes(outbox())["before.txt"].value("document_id", "") == new_id; }, 60s));
  std::this_thread::sleep_for(500ms);  // anything wrongly taken would show up now
  watch.signal(SIGTERM);
  EXPECT_EQ(watch.wait(), 0);

  const auto envelopes = read_envelopes(outbox());
  std::vector<std::string> paths;
  for (const auto& [path, envelope] : envelopes) paths.push_back(path);
  EXPECT_EQ(paths, (std::vector<std::string>{"before.txt", "link.jpg", "new/deeper/late.txt", "renamed.txt", "slow.txt",
                                             "sub/before2.txt"}));
  EXPECT_EQ(envelopes.at("slow.txt")["document_id"], kycx::testing::file_sha256(inbox() / "slow.txt"));
  EXPECT_EQ(envelopes.at("slow.txt")["source"]["bytes"], slow.size());
  EXPECT_EQ(envelopes.at("link.jpg")["status"], "rejected");
  EXPECT_EQ(envelopes.at("link.jpg")["errors"][0]["code"], "permission_denied");
  EXPECT_EQ(envelopes.at("link.jpg")["document_id"], "");  // the target was never read
  EXPECT_TRUE(kycx::testing::temporaries(outbox()).empty());

  // The log names jobs by id and document id, never by file name.
  const std::string log_text = kycx::testing::read_bytes(log());
  EXPECT_EQ(log_text.find("renamed.txt"), std::string::npos);
  EXPECT_EQ(log_text.find("before"), std::string::npos);
  EXPECT_GE(watch.count("job.rejected"), 7);

  std::string status;
  EXPECT_EQ(run_command(kycx() + " status --json --out " + outbox().string(), &status), 0);
  const Json s = Json::parse(status);
  EXPECT_EQ(s["queued"], 0);
  EXPECT_EQ(s["processing"], 0);
  EXPECT_EQ(s["rejected"], 7);
  EXPECT_EQ(run_command(kycx() + " audit verify --out " + outbox().string() + " >/dev/null"), 0);
}

TEST_F(WatchCliTest, TheSameBytesUnderAnotherNameAreNotExtractedAgain) {
  dir_.write("in/original.txt", "the same bytes twice");
  KycxProcess watch(watch_args(inbox(), outbox()), log());
  ASSERT_TRUE(wait_until([&] { return has_envelopes(1); }, 60s));
  fs::copy_file(inbox() / "original.txt", inbox() / "copy.txt");
  ASSERT_TRUE(wait_until([&] { return has_envelopes(2); }, 60s));
  watch.signal(SIGTERM);
  EXPECT_EQ(watch.wait(), 0);
  const auto envelopes = read_envelopes(outbox());
  EXPECT_EQ(envelopes.at("copy.txt")["document_id"], envelopes.at("original.txt")["document_id"]);
  EXPECT_EQ(envelopes.at("copy.txt")["source"]["relative_path"], "copy.txt");
  int extracted = 0, reused = 0;
  for (const auto& line : watch.log_lines()) {
    extracted += line.value("action", "") == "extract";
    reused += line.value("action", "") == "reuse";
  }
  EXPECT_EQ(extracted, 1);
  EXPECT_EQ(reused, 1);
}

TEST_F(WatchCliTest, SigtermFinishesTheDocumentInFlightThenExitsZero) {
  KycxProcess watch(watch_args(inbox(), outbox()), log());
  ASSERT_TRUE(wait_until([&] { return watch.count("watch.started") == 1; }, 60s));
  dir_.write("in/page.png", kycx::testing::slow_page_png());
  ASSERT_TRUE(wait_until([&] { return watch.count("job.claimed") == 1; }, 60s));
  watch.signal(SIGTERM);
  EXPECT_EQ(watch.wait(), 0);
  EXPECT_EQ(watch.count("job.done") + watch.count("job.rejected"), 1);
  EXPECT_TRUE(has_envelopes(1));
  EXPECT_TRUE(kycx::testing::temporaries(outbox()).empty());
}

TEST_F(WatchCliTest, OnceProcessesWhatIsThereAndAppliesTheSourcePolicy) {
  dir_.write("in/a.txt", "to be moved to the done folder");
  dir_.write("in/b/c.txt", "this one too");
  auto args = watch_args(inbox(), outbox(), {"--once", "--source", "move"});
  KycxProcess moved(args, log());
  EXPECT_EQ(moved.wait(), 3);  // text files are rejected documents
  EXPECT_TRUE(fs::exists(inbox() / ".kycx-done" / "a.txt"));
  EXPECT_TRUE(fs::exists(inbox() / ".kycx-done" / "b" / "c.txt"));
  EXPECT_FALSE(fs::exists(inbox() / "a.txt"));
  EXPECT_EQ(read_envelopes(outbox()).size(), 2u);

  dir_.write("in/d.txt", "to be deleted once done");
  KycxProcess deleted(watch_args(inbox(), outbox(), {"--once", "--source", "delete"}), log());
  EXPECT_EQ(deleted.wait(), 3);
  EXPECT_FALSE(fs::exists(inbox() / "d.txt"));
  EXPECT_EQ(read_envelopes(outbox()).size(), 3u);
}

TEST_F(WatchCliTest, ANameThatIsNotUtf8IsDeliveredAndStopsNothing) {
  dir_.write("in/M\xFCller.txt", "a Latin-1 name from a Windows zip");
  dir_.write("in/after.txt", "a file after it");
  KycxProcess watch(watch_args(inbox(), outbox(), {"--once"}), log());
  EXPECT_EQ(watch.wait(), 3);  // text files are rejected documents, and both are delivered
  EXPECT_TRUE(fs::exists(outbox() / "M\xFCller.txt.json"));
  EXPECT_TRUE(fs::exists(outbox() / "after.txt.json"));
  KycxProcess again(watch_args(inbox(), outbox(), {"--once"}), log());
  EXPECT_EQ(again.wait(), 0);  // a restart finds nothing left to do
}

TEST_F(WatchCliTest, AnEnvelopeThatCannotBeWrittenIsSetAsideAfterMaxAttempts) {
  dir_.write("in/x.txt", "its envelope's place is taken by a folder");
  dir_.write("in/y.txt", "this one is fine");
  fs::create_directories(outbox() / "x.txt.json");
  KycxProcess watch(watch_args(inbox(), outbox(), {"--once", "--max-attempts", "2"}), log());
  EXPECT_EQ(watch.wait(), 3);  // ends (it looped before), with x set aside as rejected
  EXPECT_TRUE(fs::exists(outbox() / "y.txt.json"));
  const std::string text = kycx::testing::read_bytes(log());
  EXPECT_NE(text.find("\"reason\":\"a folder of that name is in the way\",\"final\":true"), std::string::npos) << text;
}

TEST_F(WatchCliTest, AlteringOneAuditRecordIsDetected) {
  for (int i = 0; i < 4; ++i) dir_.write("in/f" + std::to_string(i) + ".txt", "file " + std::to_string(i));
  KycxProcess once(watch_args(inbox(), outbox(), {"--once"}), log());
  ASSERT_EQ(once.wait(), 3);
  const std::string store = (outbox() / ".kycx" / "kycx.sqlite").string();
  std::string out;
  ASSERT_EQ(run_command(kycx() + " audit verify --store " + store, &out), 0);
  EXPECT_NE(out.find("intact: 4 records"), std::string::npos) << out;

  if (kycx::testing::find_program("sqlite3").empty()) GTEST_SKIP() << "sqlite3 CLI not installed";
  ASSERT_EQ(run_command("sqlite3 " + store +
                        " \"DROP TRIGGER audit_no_update; UPDATE audit SET reason = 'edited' WHERE seq = 3\""),
            0);
  EXPECT_EQ(run_command(kycx() + " audit verify --store " + store, &out), 3);
  EXPECT_NE(out.find("record 3"), std::string::npos) << out;
  EXPECT_EQ(run_command(kycx() + " audit verify 2>/dev/null"), 2);  // no store given
}

TEST_F(WatchCliTest, UnusableInboxOrStoreIsAUsageError) {
  EXPECT_EQ(run_command(kycx() + " watch /nonexistent/inbox --out " + outbox().string() + " 2>/dev/null"), 2);
  dir_.write("junk.sqlite", std::string(4096, 'x'));
  EXPECT_EQ(run_command(kycx() + " watch " + inbox().string() + " --out " + outbox().string() + " --store " +
                        (dir_.path() / "junk.sqlite").string() + " 2>/dev/null"),
            2);
  EXPECT_EQ(run_command(kycx() + " status --out /nonexistent/outbox 2>/dev/null"), 2);
}

}  // namespace
}  // namespace kycx
