#include "store/audit_seal.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string_view>

#include <fcntl.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/json.hpp"
#include "core/sha256.hpp"
#include "core/time_util.hpp"

namespace kycx::store {
namespace {

std::string hex(const unsigned char* bytes, size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (size_t i = 0; i < n; ++i) {
    out += kHex[bytes[i] >> 4];
    out += kHex[bytes[i] & 0xf];
  }
  return out;
}

std::filesystem::path home() {
  const char* h = std::getenv("HOME");
  return h && *h ? std::filesystem::path(h) : std::filesystem::path("/tmp");
}

Result<void> make_private_dirs(const std::filesystem::path& dir) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return {};
  if (dir.has_parent_path() && dir.parent_path() != dir) {
    if (auto p = make_private_dirs(dir.parent_path()); !p) return p;
  }
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    return fail(ErrorCode::kIoError, "cannot create folder " + dir.string() + ": " + std::strerror(errno));
  }
  return {};
}

Result<std::string> create_key(const std::filesystem::path& path) {
  if (auto d = make_private_dirs(path.parent_path()); !d) return tl::unexpected(d.error());
  std::array<unsigned char, 32> random{};
  if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1) {
    return fail(ErrorCode::kInternal, "cannot draw a random audit key (OpenSSL RAND_bytes failed)");
  }
  const std::string secret = hex(random.data(), random.size());
  // Written whole under a private name, then linked into place: a process
  // starting at the same moment sees no key or a complete one, and the first
  // link wins.
  const std::filesystem::path tmp =
      path.parent_path() / ("." + path.filename().string() + ".new-" + std::to_string(::getpid()));
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    return fail(ErrorCode::kIoError, "cannot create the audit key " + path.string() + ": " + std::strerror(errno));
  }
  const std::string line = secret + "\n";
  const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  ::close(fd);
  const bool linked = ok && (::link(tmp.c_str(), path.c_str()) == 0 || errno == EEXIST);
  ::unlink(tmp.c_str());
  if (!linked) return fail(ErrorCode::kIoError, "cannot write the audit key " + path.string());
  return secret;
}

Result<std::string> read_key(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return fail(ErrorCode::kNotFound,
                "no audit key at " + path.string() + " (set KYCX_AUDIT_KEY to the key the store was written with)");
  }
  if ((st.st_mode & 077) != 0) {
    return fail(ErrorCode::kPermissionDenied, "the audit key " + path.string() +
                                                  " is readable by other users; chmod 600 it (and consider the "
                                                  "trail's MACs exposed)");
  }
  std::ifstream in(path);
  std::string secret;
  std::getline(in, secret);
  if (secret.size() < 32) return fail(ErrorCode::kCorruptFile, "the audit key " + path.string() + " is too short");
  return secret;
}

std::string checkpoint_mac(const AuditKey& key, const std::string& prev, const Checkpoint& c) {
  return key.mac("checkpoint\n" + prev + "\n" + c.at + "\n" + std::to_string(c.records) + "\n" + c.head_mac);
}

// The file's last line (without its '\n'; "" for an empty file), read through
// `fd` itself. Opening the file a second time would not do: closing that
// descriptor drops every lockf lock this process holds on the file (POSIX
// record locks belong to the process and the file, not the descriptor).
Result<std::string> last_line(int fd, const std::filesystem::path& file) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    return fail(ErrorCode::kIoError,
                "cannot read the audit checkpoints " + file.string() + ": " + std::strerror(errno));
  }
  const off_t end = st.st_size;
  // A window back from the end, doubled until it holds the whole last line.
  for (off_t window = 4096;; window *= 2) {
    const off_t start = std::max<off_t>(0, end - window);
    std::string tail(static_cast<size_t>(end - start), '\0');
    for (size_t done = 0; done < tail.size();) {
      const ssize_t n = ::pread(fd, tail.data() + done, tail.size() - done, start + static_cast<off_t>(done));
      if (n <= 0) {
        return fail(ErrorCode::kIoError,
                    "cannot read the audit checkpoints " + file.string() + ": " + std::strerror(n < 0 ? errno : EIO));
      }
      done += static_cast<size_t>(n);
    }
    std::string_view body(tail);
    if (!body.empty() && body.back() == '\n') body.remove_suffix(1);
    const size_t newline = body.rfind('\n');
    if (newline != std::string_view::npos) return std::string(body.substr(newline + 1));
    if (start == 0) return std::string(body);
  }
}

}  // namespace

std::filesystem::path AuditKey::default_path() {
  return home() / ".config" / "kycx" / "audit.key";
}

Result<const AuditKey*> AuditKey::current(bool create) {
  const char* env = std::getenv("KYCX_AUDIT_KEY");
  const std::filesystem::path path = env && *env ? std::filesystem::path(env) : default_path();
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::unique_ptr<AuditKey>> keys;
  std::lock_guard lock(mutex);
  if (auto it = keys.find(path); it != keys.end()) return it->second.get();
  std::error_code ec;
  if (create && !std::filesystem::exists(path, ec)) {
    auto made = create_key(path);
    if (!made) return tl::unexpected(made.error());
  }
  auto secret = read_key(path);
  if (!secret) return tl::unexpected(secret.error());
  auto key = std::unique_ptr<AuditKey>(new AuditKey(path, std::move(*secret)));
  const AuditKey* out = key.get();
  keys.emplace(path, std::move(key));
  return out;
}

std::string AuditKey::mac(std::string_view data) const {
  std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
  unsigned int n = 0;
  HMAC(EVP_sha256(), secret_.data(), static_cast<int>(secret_.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), out.data(), &n);
  return hex(out.data(), n);
}

std::string entry_mac(const AuditKey& key, std::string_view prev_mac, std::string_view hash) {
  return key.mac(std::string("entry\n").append(prev_mac).append("\n").append(hash));
}

std::filesystem::path checkpoint_path(const std::string& location) {
  if (const char* env = std::getenv("KYCX_AUDIT_CHECKPOINTS"); env && *env) return env;
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
    return home() / ".local" / "state" / "kycx" / (sha256_hex(location).substr(0, 16) + ".checkpoints");
  }
  return location + ".checkpoints";
}

Result<std::vector<Checkpoint>> read_checkpoints(const AuditKey& key, const std::filesystem::path& file) {
  std::vector<Checkpoint> out;
  std::ifstream in(file);
  if (!in) return out;
  std::string line;
  std::string prev;
  for (int n = 1; std::getline(in, line); ++n) {
    const Json j = Json::parse(line, nullptr, false);
    Checkpoint c;
    if (j.is_object()) {
      c.at = j.value("at", "");
      c.records = j.value("records", std::int64_t{0});
      c.head_mac = j.value("head_mac", "");
      c.mac = j.value("mac", "");
    }
    if (!j.is_object() || c.mac != checkpoint_mac(key, prev, c)) {
      return fail(ErrorCode::kCorruptFile, "checkpoint " + std::to_string(n) + " of " + file.string() +
                                               " was altered, removed or forged (its MAC does not match)");
    }
    prev = c.mac;
    out.push_back(std::move(c));
  }
  return out;
}

Result<void> write_checkpoint(const AuditKey& key, const std::filesystem::path& file, std::int64_t records,
                              const std::string& head_mac) {
  if (auto d = make_private_dirs(file.parent_path()); !d) return d;
  // Callers serialise the writers of one process; processes append whole
  // lines (O_APPEND) and take the chain from the last line under an advisory
  // lock held until the line is written.
  const int fd = ::open(file.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    return fail(ErrorCode::kIoError,
                "cannot open the audit checkpoints " + file.string() + ": " + std::strerror(errno));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  if (::lockf(fd, F_LOCK, 0) != 0) {
    return fail(ErrorCode::kIoError, "cannot lock the audit checkpoints " + file.string());
  }
  auto last = last_line(fd, file);
  if (!last) return tl::unexpected(last.error());
  std::string last_mac;
  std::int64_t last_records = -1;
  if (const Json j = Json::parse(*last, nullptr, false); j.is_object()) {
    last_mac = j.value("mac", "");
    last_records = j.value("records", std::int64_t{-1});
  }
  if (last_records == records) return {};  // nothing new since the last one
  Checkpoint c{now_iso8601_utc(), records, head_mac, ""};
  c.mac = checkpoint_mac(key, last_mac, c);
  const std::string line =
      dump_json(Json{{"at", c.at}, {"records", c.records}, {"head_mac", c.head_mac}, {"mac", c.mac}}) + "\n";
  if (::write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size()) || ::fsync(fd) != 0) {
    return fail(ErrorCode::kIoError,
                "cannot write the audit checkpoints " + file.string() + ": " + std::strerror(errno));
  }
  return {};
}

}  // namespace kycx::store
