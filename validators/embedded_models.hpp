// The fitted models compiled into the program (validators/models/).
#pragma once

#include <span>
#include <string_view>

#include "core/embedded_file.hpp"

namespace kycx::validators {

std::span<const EmbeddedFile> embedded_models();

// Text of validators/models/confidence.json.
std::string_view embedded_confidence_model();

}  // namespace kycx::validators
