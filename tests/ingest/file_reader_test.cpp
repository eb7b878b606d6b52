#include "ingest/file_reader.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/support/test_files.hpp"

namespace kycx::ingest {
namespace {

namespace fs = std::filesystem;

TEST(FileReaderTest, ReadsARegularFile) {
  kycx::testing::TempDir dir;
  const auto p = dir.write("a.bin", std::string("abc\0def", 7));
  auto bytes = read_file_bounded(p, 100);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(*bytes, std::string("abc\0def", 7));
}

TEST(FileReaderTest, RefusesFilesOverTheLimitBeforeReading) {
  kycx::testing::TempDir dir;
  const auto p = dir.write("big.bin", std::string(3 << 20, 'x'));
  auto bytes = read_file_bounded(p, 1 << 20);
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().code, ErrorCode::kTooLarge);
  EXPECT_NE(bytes.error().message.find("3 MiB"), std::string::npos) << bytes.error().message;
  EXPECT_NE(bytes.error().message.find("limit of 1 MiB"), std::string::npos) << bytes.error().message;
}

TEST(FileReaderTest, NeverFollowsSymbolicLinks) {
  kycx::testing::TempDir dir;
  const auto target = dir.write("secret.txt", "top secret");
  fs::create_symlink(target, dir.path() / "link.pdf");
  auto bytes = read_file_bounded(dir.path() / "link.pdf", 100);
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().code, ErrorCode::kPermissionDenied);
  EXPECT_NE(bytes.error().message.find("symbolic link"), std::string::npos);
}

TEST(FileReaderTest, RefusesDirectoriesAndPipesWithoutHanging) {
  kycx::testing::TempDir dir;
  fs::create_directory(dir.path() / "folder.pdf");
  auto folder = read_file_bounded(dir.path() / "folder.pdf", 100);
  ASSERT_FALSE(folder);
  EXPECT_EQ(folder.error().code, ErrorCode::kUnsupportedFormat);
  const auto fifo = dir.path() / "pipe.jpg";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto pipe = read_file_bounded(fifo, 100);  // must return at once, no writer exists
  ASSERT_FALSE(pipe);
  EXPECT_EQ(pipe.error().code, ErrorCode::kUnsupportedFormat);
}

TEST(FileReaderTest, MissingFileIsNotFound) {
  auto bytes = read_file_bounded("/nonexistent/kycx/file.pdf", 100);
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().code, ErrorCode::kNotFound);
}

TEST(FileReaderTest, UnreadableFileIsPermissionDenied) {
  kycx::testing::TempDir dir;
  const auto p = dir.write("locked.pdf", "%PDF-1.4");
  fs::permissions(p, fs::perms::none);
  fs::permissions(dir.path(), fs::perms::all);
  // root reads anything: check as an unprivileged user in a child process.
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(10);
    auto bytes = read_file_bounded(p, 100);
    if (bytes) ::_exit(11);
    if (bytes.error().code != ErrorCode::kPermissionDenied) ::_exit(12);
    if (bytes.error().message.find("permission denied") == std::string::npos) ::_exit(13);
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace kycx::ingest
