// SHA-256 digests (OpenSSL) as lower-case hex. Stateless; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace kycx {

std::string sha256_hex(std::string_view bytes);

}  // namespace kycx
