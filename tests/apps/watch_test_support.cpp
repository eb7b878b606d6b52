#include "tests/apps/watch_test_support.hpp"

#include <fstream>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/sha256.hpp"
#include "tests/support/test_files.hpp"

namespace kycx::testing {

namespace fs = std::filesystem;

KycxProcess::KycxProcess(const std::vector<std::string>& args, const fs::path& log) : log_(log) {
  const std::string binary = kycx_binary().string();
  std::vector<std::string> argv_storage = {binary};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_ = ::fork();
  if (pid_ == 0) {
    const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (fd >= 0) ::dup2(fd, STDERR_FILENO);
    if (null >= 0) ::dup2(null, STDOUT_FILENO);
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
}

KycxProcess::~KycxProcess() {
  if (pid_ > 0 && status_ < 0) {
    ::kill(pid_, SIGKILL);
    ::kill(pid_, SIGCONT);
    ::waitpid(pid_, nullptr, 0);
  }
}

void KycxProcess::signal(int sig) const {
  if (pid_ > 0 && status_ < 0) ::kill(pid_, sig);
}

bool KycxProcess::running() {
  if (pid_ <= 0 || status_ >= 0) return false;
  int status = 0;
  if (::waitpid(pid_, &status, WNOHANG) == pid_) {
    status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return false;
  }
  return true;
}

int KycxProcess::wait(std::chrono::milliseconds timeout) {
  wait_until([&] { return !running(); }, timeout);
  return status_;
}

std::vector<Json> KycxProcess::log_lines() const {
  std::vector<Json> lines;
  std::ifstream in(log_);
  for (std::string line; std::getline(in, line);) {
    Json j = Json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.is_object()) lines.push_back(std::move(j));
  }
  return lines;
}

int KycxProcess::count(const std::string& event) const {
  int n = 0;
  for (const auto& line : log_lines()) n += line.value("event", "") == event;
  return n;
}

bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

std::vector<std::string> watch_args(const fs::path& inbox, const fs::path& outbox,
                                    const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"--workers",     "1",         "watch", inbox.string(), "--out",
                                   outbox.string(), "--poll-ms", "50",    "--settle-ms",  "300"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

std::map<std::string, Json> read_envelopes(const fs::path& outbox) {
  std::map<std::string, Json> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(outbox, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file() || it->path().extension() != ".json") continue;
    std::string rel = it->path().lexically_relative(outbox).generic_string();
    rel.resize(rel.size() - 5);
    out[rel] = Json::parse(read_bytes(it->path()), nullptr, false);
  }
  return out;
}

std::vector<fs::path> temporaries(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().find(".tmp-") != std::string::npos) out.push_back(it->path());
  }
  return out;
}

std::string file_sha256(const fs::path& path) {
  return sha256_hex(read_bytes(path));
}

void write_slowly(const fs::path& path, const std::string& bytes, int chunks, std::chrono::milliseconds pause) {
  std::ofstream out(path, std::ios::binary);
  const size_t step = (bytes.size() + static_cast<size_t>(chunks) - 1) / static_cast<size_t>(chunks);
  for (size_t done = 0; done < bytes.size(); done += step) {
    out.write(bytes.data() + done, static_cast<std::streamsize>(std::min(step, bytes.size() - done)));
    out.flush();
    std::this_thread::sleep_for(pause);
  }
}

void write_then_rename(const fs::path& path, const std::string& bytes) {
  const fs::path temp = path.parent_path() / ("." + path.filename().string() + ".part");
  {
    std::ofstream out(temp, std::ios::binary);
    out << bytes;
  }
  fs::rename(temp, path);
}

std::string slow_page_png(int variant) {
  std::vector<std::string> lines;
  for (int i = 0; i < 24; ++i) {
    lines.push_back("LINE " + std::to_string(i) + " OF A SLOW SYNTHETIC PAGE " + std::to_string(variant) +
                    " QUICK BROWN FOX 0123456789");
  }
  return encode_image(text_image(lines, 2400, 110), ".png");
}

}  // namespace kycx::testing
