#include "tests/store/job_store_backends.hpp"

#include <cstdlib>

namespace kycx::testing {

JobStoreBackend::JobStoreBackend(const std::string& kind) {
  if (kind == "sqlite") {
    location_ = (dir_.path() / "store" / "kycx.sqlite").string();
    return;
  }
  skip_reason_ = "PostgreSQL stores are not built yet";
}

JobStoreBackend::~JobStoreBackend() = default;

}  // namespace kycx::testing
