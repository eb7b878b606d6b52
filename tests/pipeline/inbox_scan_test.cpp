#include "pipeline/inbox_scan.hpp"

#include <algorithm>

#include <dirent.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/support/test_files.hpp"

namespace kycx::pipeline {
namespace {

TEST(InboxScanTest, IgnoresHiddenAndPartialFiles) {
  EXPECT_TRUE(is_ignored_name(".hidden.pdf"));
  EXPECT_TRUE(is_ignored_name("scan.pdf.part"));
  EXPECT_TRUE(is_ignored_name("scan.pdf.tmp"));
  EXPECT_TRUE(is_ignored_name("scan.pdf.crdownload"));
  EXPECT_FALSE(is_ignored_name("scan.pdf"));
  EXPECT_FALSE(is_ignored_name("partial.pdf"));
}

TEST(InboxScanTest, ListsRecursivelySortedSkippingTheOutbox) {
  kycx::testing::TempDir dir;
  dir.write("b.pdf", "x");
  dir.write("a/c.png", "x");
  dir.write("a/.d.png", "x");
  dir.write(".cache/e.png", "x");
  dir.write("f.jpg.part", "x");
  dir.write("out/a/c.png.json", "{}");
  auto scan = scan_inbox(dir.path(), dir.path() / "out");
  ASSERT_TRUE(scan);
  std::vector<std::string> rel;
  for (const auto& in : scan->inputs) rel.push_back(in.relative_path);
  EXPECT_EQ(rel, (std::vector<std::string>{"a/c.png", "b.pdf"}));
}

TEST(InboxScanTest, MissingInboxIsAnError) {
  auto inputs = scan_inbox("/nonexistent/kycx-inbox");
  ASSERT_FALSE(inputs);
  EXPECT_EQ(inputs.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace kycx::pipeline

namespace kycx::pipeline {
namespace {

TEST(InboxScanTest, SymbolicLinkKeepsItsOwnInboxPath) {
  kycx::testing::TempDir dir;
  std::filesystem::create_symlink("/etc/passwd", dir.path() / "shadow.pdf");
  auto scan = scan_inbox(dir.path());
  ASSERT_TRUE(scan);
  ASSERT_EQ(scan->inputs.size(), 1u);
  EXPECT_EQ(scan->inputs[0].relative_path, "shadow.pdf");
}

}  // namespace
}  // namespace kycx::pipeline

namespace kycx::pipeline {
namespace {

TEST(InboxScanTest, ExcludesNamesMatchingGlobs) {
  kycx::testing::TempDir dir;
  dir.write("a/doc.pdf", "x");
  dir.write("a/doc.truth.json", "{}");
  dir.write("README.md", "x");
  auto scan = scan_inbox(dir.path(), {}, {"*.truth.json", "*.md"});
  ASSERT_TRUE(scan);
  ASSERT_EQ(scan->inputs.size(), 1u);
  EXPECT_EQ(scan->inputs[0].relative_path, "a/doc.pdf");
}

}  // namespace
}  // namespace kycx::pipeline

namespace kycx::pipeline {
namespace {

namespace fs = std::filesystem;

TEST(InboxScanTest, FoldersPastTheDepthLimitAreCountedNotEntered) {
  kycx::testing::TempDir dir;
  dir.write("top.pdf", "x");
  dir.write("a/b/c/three.pdf", "x");
  dir.write("a/b/c/d/four.pdf", "x");
  dir.write("a/b/c/d/e/f/six.pdf", "x");
  dir.write("a/b/c/d/.hidden.pdf", "x");
  dir.write("a/b/c/d/notes.truth.json", "{}");
  dir.write("a/b/c/d/.cache/g/seven.pdf", "x");
  fs::create_symlink("/etc/passwd", dir.path() / "a/b/c/d/e/link.pdf");
  fs::create_directories(dir.path() / "x/y/z/empty");
  auto scan = scan_inbox(dir.path(), {}, {"*.truth.json"}, 3);
  ASSERT_TRUE(scan);
  std::vector<std::string> rel;
  for (const auto& in : scan->inputs) rel.push_back(in.relative_path);
  EXPECT_EQ(rel, (std::vector<std::string>{"a/b/c/three.pdf", "top.pdf"}));
  ASSERT_EQ(scan->too_deep.size(), 1u);  // an empty deep folder drops nothing
  EXPECT_EQ(scan->too_deep[0].relative_path, "a/b/c/d");
  EXPECT_EQ(scan->too_deep[0].files, 3u);  // four.pdf, six.pdf, link.pdf
  EXPECT_TRUE(scan->too_deep[0].complete);
}

// Makes a chain of `depth` folders named "d" under `top`, with a file
// "fN.pdf" in the folder at each level N of `files_at`, through descriptors
// (the chain's paths are longer than PATH_MAX). Returns false on failure.
bool make_chain(const fs::path& top, int depth, const std::vector<int>& files_at) {
  int fd = ::open(top.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  for (int level = 1; fd >= 0 && level <= depth; ++level) {
    if (::mkdirat(fd, "d", 0700) != 0) break;
    const int child = ::openat(fd, "d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ::close(fd);
    fd = child;
    if (fd >= 0 && std::find(files_at.begin(), files_at.end(), level) != files_at.end()) {
      const std::string name = "f" + std::to_string(level) + ".pdf";
      const int file = ::openat(fd, name.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
      if (file < 0) break;
      ::close(file);
    }
    if (level == depth) {
      ::close(fd);
      return true;
    }
  }
  if (fd >= 0) ::close(fd);
  return false;
}

// Removes what make_chain made, from the bottom up, through descriptors
// (fs::remove_all would itself hold memory growing with the square of the depth).
void remove_chain(const fs::path& top) {
  int fd = ::open(top.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int depth = 0;
  for (int child; fd >= 0 && (child = ::openat(fd, "d", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0; ++depth) {
    ::close(fd);
    fd = child;
  }
  for (; fd >= 0 && depth >= 0; --depth) {
    DIR* listing = ::fdopendir(::dup(fd));
    std::vector<std::string> files;
    while (const dirent* e = listing ? ::readdir(listing) : nullptr) {
      if (e->d_type == DT_REG) files.emplace_back(e->d_name);
    }
    if (listing) ::closedir(listing);
    for (const auto& f : files) ::unlinkat(fd, f.c_str(), 0);
    if (depth == 0) break;
    const int parent = ::openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ::close(fd);
    fd = parent;
    ::unlinkat(fd, "d", AT_REMOVEDIR);
  }
  if (fd >= 0) ::close(fd);
}

long max_rss_kib() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST(InboxScanTest, AFiveThousandLevelTreeIsScannedInLittleMemory) {
  kycx::testing::TempDir dir;
  const fs::path inbox = dir.path() / "inbox";
  fs::create_directories(inbox);
  struct ChainRemover {
    fs::path top;
    ~ChainRemover() { remove_chain(top); }
  } remover{inbox};
  ASSERT_TRUE(make_chain(inbox, 5000, {10, kMaxInboxDepth, kMaxInboxDepth + 1, 100, 5000}));
  const long before = max_rss_kib();
  auto scan = scan_inbox(inbox);
  const long grown_mib = (max_rss_kib() - before) / 1024;
  ASSERT_TRUE(scan);
#if defined(__SANITIZE_ADDRESS__)
  constexpr long kBoundMib = 256;  // AddressSanitizer's shadow and quarantine (66 MiB measured)
#else
  constexpr long kBoundMib = 32;
#endif
  EXPECT_LT(grown_mib, kBoundMib) << "peak memory grew by " << grown_mib << " MiB";  // 1.3 GB without the limit
  std::vector<std::string> names;
  for (const auto& in : scan->inputs) names.push_back(fs::path(in.relative_path).filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"f10.pdf", "f64.pdf"}));
  ASSERT_EQ(scan->too_deep.size(), 1u);
  EXPECT_EQ(scan->too_deep[0].files, 3u);  // at levels 65, 100 and 5000
  EXPECT_TRUE(scan->too_deep[0].complete);
  std::string folder;
  for (int i = 0; i <= kMaxInboxDepth; ++i) folder += i == 0 ? "d" : "/d";
  EXPECT_EQ(scan->too_deep[0].relative_path, folder);
}

}  // namespace
}  // namespace kycx::pipeline
