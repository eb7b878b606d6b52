// A real TLS endpoint on loopback whose certificate nobody trusts: `openssl
// s_server` with a self-signed certificate made for the test. For checking
// that the LLM client verifies certificates and fails cleanly when it cannot.
#pragma once

#include <string>

#include <sys/types.h>

#include "tests/support/test_files.hpp"

namespace kycx::testing {

class UntrustedTlsServer {
 public:
  UntrustedTlsServer();  // starts it; ready() says whether it listens
  ~UntrustedTlsServer();
  UntrustedTlsServer(const UntrustedTlsServer&) = delete;
  UntrustedTlsServer& operator=(const UntrustedTlsServer&) = delete;

  bool ready() const { return ready_; }
  std::string base_url() const;  // https://127.0.0.1:PORT/v1

 private:
  TempDir dir_;
  pid_t pid_ = -1;
  int port_ = 0;
  bool ready_ = false;
};

}  // namespace kycx::testing
