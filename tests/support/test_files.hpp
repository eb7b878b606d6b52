// Temporary folders and fixture files for tests. Not thread-safe.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "ingest/document_reader.hpp"

namespace kycx::testing {

// A fresh folder under the system temp dir, removed (recursively) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes `bytes` to path()/name (creating sub-folders) and returns the path.
  std::filesystem::path write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

std::string read_bytes(const std::filesystem::path& path);
// Encodes a grey or colour image (".png", ".jpg", ".tif").
std::string encode_image(const cv::Mat& image, const std::string& extension, int jpeg_quality = 90);
// A white grey page with black text lines drawn with OpenCV's Hershey font.
cv::Mat text_image(const std::vector<std::string>& lines, int width = 1600, int line_height = 90);
// Opens in-memory file bytes as a document (ingest::open_document).
Result<std::shared_ptr<const ingest::DocumentReader>> open_bytes(const std::string& bytes,
                                                                 const ingest::IngestLimits& limits = {});
// The path of a program on PATH, or empty.
std::string find_program(const std::string& name);
// The kycx binary built beside the tests (KYCX_BINARY env or the build tree).
std::filesystem::path kycx_binary();
// Runs a shell command, capturing stdout; returns the exit status.
int run_command(const std::string& command, std::string* output = nullptr);

}  // namespace kycx::testing
