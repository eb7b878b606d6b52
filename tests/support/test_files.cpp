#include "tests/support/test_files.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sys/wait.h>
#include <unistd.h>

namespace kycx::testing {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() / ("kycx-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  // Restore permissions a test may have removed, then delete.
  for (auto it = fs::recursive_directory_iterator(path_, ec); it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  }
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& name, const std::string& bytes) const {
  const fs::path p = path_ / name;
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return p;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string encode_image(const cv::Mat& image, const std::string& extension, int jpeg_quality) {
  std::vector<uchar> buf;
  std::vector<int> params;
  if (extension == ".jpg") params = {cv::IMWRITE_JPEG_QUALITY, jpeg_quality};
  if (!cv::imencode(extension, image, buf, params)) throw std::runtime_error("imencode failed");
  return std::string(buf.begin(), buf.end());
}

cv::Mat text_image(const std::vector<std::string>& lines, int width, int line_height) {
  cv::Mat img(line_height * (static_cast<int>(lines.size()) + 1), width, CV_8UC1, cv::Scalar(255));
  for (size_t i = 0; i < lines.size(); ++i) {
    cv::putText(img, lines[i], cv::Point(60, line_height * (static_cast<int>(i) + 1)), cv::FONT_HERSHEY_DUPLEX,
                line_height / 45.0, cv::Scalar(0), 3, cv::LINE_AA);
  }
  return img;
}

Result<std::shared_ptr<const ingest::DocumentReader>> open_bytes(const std::string& bytes,
                                                                 const ingest::IngestLimits& limits) {
  return ingest::open_document(std::make_shared<const std::string>(bytes), limits);
}

std::string find_program(const std::string& name) {
  std::string out;
  if (run_command("command -v " + name, &out) != 0) return "";
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

fs::path kycx_binary() {
  if (const char* env = std::getenv("KYCX_BINARY")) return env;
  return fs::path(KYCX_BUILD_DIR) / "apps" / "kycx";
}

int run_command(const std::string& command, std::string* output) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buf{};
  std::string collected;
  size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) collected.append(buf.data(), n);
  const int status = ::pclose(pipe);
  if (output) *output = std::move(collected);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace kycx::testing
