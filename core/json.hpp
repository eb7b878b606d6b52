// The JSON type used across kycx: insertion-ordered so envelopes read in the
// order of the contract and the schemas.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace kycx {

using Json = nlohmann::ordered_json;

// Serialises `j`; a string that is not valid UTF-8 (a file name's bytes, text
// from a damaged file) has its bad bytes replaced by U+FFFD instead of
// throwing, so no input can stop a writer. Everything kycx writes goes through
// this; names whose exact bytes matter are also kept as base64 (envelope).
inline std::string dump_json(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace kycx
