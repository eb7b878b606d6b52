// File names are bytes (POSIX), JSON text is UTF-8. These functions turn a
// name into text that is always valid UTF-8 for envelopes, stores and logs,
// and keep the exact bytes (base64) where the two differ, so no input name
// can stop a run and none is lost. Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kycx {

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or code
// points past U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// `bytes` with every ill-formed sequence replaced by U+FFFD; valid UTF-8
// comes back unchanged.
std::string printable_utf8(std::string_view bytes);

// Standard base64 (RFC 4648, with padding) and its inverse; decoding
// returns nothing on malformed input.
std::string base64_encode(std::string_view bytes);
std::optional<std::string> base64_decode(std::string_view text);

// A reversible text form of a path for stores whose text must be UTF-8
// (PostgreSQL): valid UTF-8 stays as it is; anything else, and any name that
// happens to start with the marker, becomes "\uFFFDbase64:" + base64(bytes).
// path_from_text(path_to_text(p)) == p for every byte string.
std::string path_to_text(std::string_view path);
std::string path_from_text(std::string_view text);

}  // namespace kycx
