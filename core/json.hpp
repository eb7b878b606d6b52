// The JSON type used across kycx: insertion-ordered so envelopes read in the
// order of the contract and the schemas.
#pragma once

#include <nlohmann/json.hpp>

namespace kycx {

using Json = nlohmann::ordered_json;

}  // namespace kycx
