// The inotify watcher and the intake, without a pipeline: complete files
// only, new folders, ignored names, links queued unread, scans that wait for
// files to stop changing.
#include "pipeline/watch_folder.hpp"

#include <algorithm>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <unistd.h>

#include "core/sha256.hpp"
#include "pipeline/watch_intake.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::pipeline {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::vector<std::string> names(const std::vector<fs::path>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(p.filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

FolderEvents collect(FolderWatcher& watcher) {
  FolderEvents all;
  for (int i = 0; i < 5; ++i) {
    auto events = watcher.wait(50ms);
    EXPECT_TRUE(events);
    if (!events) break;
    all.files.insert(all.files.end(), events->files.begin(), events->files.end());
    all.new_dirs.insert(all.new_dirs.end(), events->new_dirs.begin(), events->new_dirs.end());
    all.overflowed |= events->overflowed;
  }
  return all;
}

TEST(FolderWatcherTest, ReportsAFileOnlyOnceItIsClosed) {
  kycx::testing::TempDir dir;
  auto watcher = FolderWatcher::create(dir.path());
  ASSERT_TRUE(watcher) << watcher.error().message;
  std::ofstream out(dir.path() / "scan.pdf");
  out << "half";
  out.flush();
  EXPECT_TRUE(collect(**watcher).files.empty());
  out << " and the rest";
  out.close();
  EXPECT_EQ(names(collect(**watcher).files), std::vector<std::string>{"scan.pdf"});
}

TEST(FolderWatcherTest, IgnoresPartialAndHiddenNamesUntilRenamed) {
  kycx::testing::TempDir dir;
  auto watcher = FolderWatcher::create(dir.path());
  ASSERT_TRUE(watcher);
  dir.write("a.part", "rsync");
  dir.write("b.crdownload", "browser");
  dir.write(".c.pdf", "hidden");
  dir.write("d.tmp", "editor");
  EXPECT_TRUE(collect(**watcher).files.empty());
  fs::rename(dir.path() / "a.part", dir.path() / "a.pdf");
  EXPECT_EQ(names(collect(**watcher).files), std::vector<std::string>{"a.pdf"});
}

TEST(FolderWatcherTest, WatchesFoldersCreatedLaterAndSkipsExcludedOnes) {
  kycx::testing::TempDir dir;
  fs::create_directories(dir.path() / "outbox");
  auto watcher = FolderWatcher::create(dir.path(), {dir.path() / "outbox"});
  ASSERT_TRUE(watcher);
  fs::create_directories(dir.path() / "new");
  auto first = collect(**watcher);
  ASSERT_EQ(first.new_dirs.size(), 1u);
  dir.write("new/inside.png", "x");
  dir.write("outbox/inside.png.json", "{}");
  EXPECT_EQ(names(collect(**watcher).files), std::vector<std::string>{"inside.png"});
}

TEST(FolderWatcherTest, ReportsALinkWhenItAppears) {
  kycx::testing::TempDir dir;
  auto watcher = FolderWatcher::create(dir.path());
  ASSERT_TRUE(watcher);
  fs::create_symlink("/etc/hostname", dir.path() / "link.jpg");
  EXPECT_EQ(names(collect(**watcher).files), std::vector<std::string>{"link.jpg"});
}

TEST(FolderWatcherTest, PathWithinComparesWholeComponents) {
  EXPECT_TRUE(path_within("/in/out/a.json", "/in/out"));
  EXPECT_TRUE(path_within("/in/out", "/in/out/"));
  EXPECT_FALSE(path_within("/in/outbox/a.json", "/in/out"));
  EXPECT_FALSE(path_within("/in", "/in/out"));
}

class IntakeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(inbox());
    auto s = store::open_job_store((dir_.path() / "kycx.sqlite").string());
    ASSERT_TRUE(s);
    auto reader = store::open_job_store((dir_.path() / "kycx.sqlite").string());
    ASSERT_TRUE(reader);
    reader_ = std::move(*reader);
    IntakeOptions options;
    options.settle = 200ms;
    intake_ = std::make_unique<Intake>(fs::canonical(inbox()), std::move(*s), options, log_);
  }
  void TearDown() override {
    intake_.reset();
    std::fclose(null_);
  }
  fs::path inbox() const { return dir_.path() / "in"; }
  std::vector<store::Job> jobs() { return reader_->jobs().value(); }

  kycx::testing::TempDir dir_;
  std::FILE* null_ = std::fopen("/dev/null", "w");
  JobLog log_{null_};
  std::unique_ptr<store::JobStore> reader_;
  std::unique_ptr<Intake> intake_;
};

TEST_F(IntakeTest, QueuesALinkUnreadAndAFileByItsBytes) {
  const fs::path target = dir_.write("target.jpg", "bytes behind a link");
  fs::create_symlink(target, inbox() / "link.jpg");
  dir_.write("in/real.jpg", "bytes behind a link");
  intake_->add({fs::canonical(inbox()) / "link.jpg", fs::canonical(inbox()) / "real.jpg"});
  const auto queued = jobs();
  ASSERT_EQ(queued.size(), 2u);
  EXPECT_EQ(queued[0].relative_path, "link.jpg");
  EXPECT_EQ(queued[0].content_hash, "");  // never followed, never read
  EXPECT_EQ(queued[1].content_hash, sha256_hex("bytes behind a link"));
}

TEST_F(IntakeTest, AScanLetsFilesStillChangingSettleFirst) {
  dir_.write("in/old.pdf", "written a while ago");
  const fs::path old_file = inbox() / "old.pdf";
  const auto past = fs::file_time_type::clock::now() - 10s;
  fs::last_write_time(old_file, past);
  dir_.write("in/sub/fresh.pdf", "just written");
  intake_->scan(fs::canonical(inbox()), "startup");
  ASSERT_EQ(jobs().size(), 1u);
  EXPECT_EQ(intake_->waiting(), 1u);
  std::this_thread::sleep_for(300ms);
  intake_->tick();
  ASSERT_EQ(jobs().size(), 2u);
  EXPECT_EQ(jobs()[1].relative_path, "sub/fresh.pdf");
  intake_->scan(fs::canonical(inbox()), "overflow");  // a rescan queues nothing new
  EXPECT_EQ(jobs().size(), 2u);
}

}  // namespace
}  // namespace kycx::pipeline
