#include "core/atomic_file.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/sha256.hpp"
#include "tests/support/test_files.hpp"

namespace kycx {
namespace {

namespace fs = std::filesystem;

TEST(AtomicFileTest, WritesCreatingFoldersAndLeavesNoTemporaryFiles) {
  testing::TempDir dir;
  const fs::path target = dir.path() / "a" / "b" / "x.json";
  ASSERT_TRUE(write_file_atomically(target, "{}\n"));
  ASSERT_TRUE(write_file_atomically(target, "{\"v\":2}\n"));
  EXPECT_EQ(testing::read_bytes(target), "{\"v\":2}\n");
  int entries = 0;
  for (const auto& e : fs::directory_iterator(target.parent_path())) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1);
}

TEST(AtomicFileTest, FailsCleanlyWhenTheFolderCannotBeCreated) {
  testing::TempDir dir;
  dir.write("blocker", "x");
  auto written = write_file_atomically(dir.path() / "blocker" / "x.json", "{}");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code, ErrorCode::kIoError);
}

TEST(AtomicFileTest, TemporaryNamesSayWhichProcessOnWhichMachineWrites) {
  const auto writer = temporary_writer(".x.json.tmp-4242-7@host-a.example");
  ASSERT_TRUE(writer);
  EXPECT_EQ(writer->pid, 4242);
  EXPECT_EQ(writer->host, "host-a.example");
  const auto legacy = temporary_writer(".x.json.tmp-4242-7");
  ASSERT_TRUE(legacy);
  EXPECT_EQ(legacy->pid, 4242);
  EXPECT_TRUE(legacy->host.empty());
  for (const char* name : {"x.json", ".x.json", ".x.json.tmp-", ".x.json.tmp-12", ".x.json.tmp-a-1@h",
                           ".x.json.tmp-1-2@", "x.json.tmp-1-2@h"}) {
    EXPECT_FALSE(temporary_writer(name)) << name;
  }
  EXPECT_FALSE(this_host().empty());
  EXPECT_EQ(this_host().find('@'), std::string::npos);
}

TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(AtomicFileTest, ANameNearTheLimitIsWrittenAndOneTooLongSaysSo) {
  kycx::testing::TempDir dir;
  const std::string long_name(250, 'n');  // its temporary name would pass 255 bytes uncut
  ASSERT_TRUE(write_file_atomically(dir.path() / long_name, "x")) << "temporary name too long";
  EXPECT_TRUE(std::filesystem::exists(dir.path() / long_name));
  auto too_long = write_file_atomically(dir.path() / std::string(300, 'n'), "x");
  ASSERT_FALSE(too_long);
  EXPECT_NE(too_long.error().message.find("longer than the file system allows"), std::string::npos)
      << too_long.error().message;
  std::filesystem::create_directories(dir.path() / "x.json");
  auto in_the_way = write_file_atomically(dir.path() / "x.json", "x");
  ASSERT_FALSE(in_the_way);
  EXPECT_NE(in_the_way.error().message.find("folder of that name is in the way"), std::string::npos)
      << in_the_way.error().message;
}

// Temporary files left by writers killed mid-write: which ones a starting
// watch or batch may delete in a folder other machines may share.

// The id of a process that has just ended (and been reaped).
long ended_process() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

TEST(StaleTemporariesTest, OnlyWritersThatCannotFinishAreCleanedUp) {
  testing::TempDir dir;
  const std::string here = this_host();
  const std::string dead = std::to_string(ended_process());
  const std::string alive = std::to_string(::getpid());
  const auto gone_here = dir.write("a/.x.json.tmp-" + dead + "-0@" + here, "{");
  const auto running_here = dir.write("a/.y.json.tmp-" + alive + "-1@" + here, "{");
  const auto fresh_elsewhere = dir.write(".z.json.tmp-" + dead + "-2@another-host", "{");
  const auto old_elsewhere = dir.write(".w.json.tmp-" + dead + "-3@another-host", "{");
  const auto envelope = dir.write("a/x.json", "{}");
  fs::last_write_time(old_elsewhere, fs::file_time_type::clock::now() - std::chrono::hours(2));

  EXPECT_EQ(remove_stale_temporaries(dir.path(), std::chrono::hours(1), 8), 2);
  EXPECT_FALSE(fs::exists(gone_here));
  EXPECT_FALSE(fs::exists(old_elsewhere));
  EXPECT_TRUE(fs::exists(running_here));
  EXPECT_TRUE(fs::exists(fresh_elsewhere));
  EXPECT_TRUE(fs::exists(envelope));
}

TEST(StaleTemporariesTest, FoldersPastTheDepthGivenAreNotEntered) {
  testing::TempDir dir;
  const std::string dead = ".x.json.tmp-" + std::to_string(ended_process()) + "-0@" + this_host();
  const auto within = dir.write("a/b/" + dead, "{");
  const auto beyond = dir.write("a/b/c/" + dead, "{");
  EXPECT_EQ(remove_stale_temporaries(dir.path(), std::chrono::hours(1), 2), 1);
  EXPECT_FALSE(fs::exists(within));
  EXPECT_TRUE(fs::exists(beyond));
}

}  // namespace
}  // namespace kycx
