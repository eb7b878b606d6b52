// Which reader serves each document type: one DocumentReader per supported
// type, from the reader families below this folder. Constant after start-up;
// thread-safe.
#pragma once

#include <span>
#include <string_view>

#include "extractors/common/document_reader.hpp"

namespace kycx::extractors {

// Every reader, one per supported type, in contract order.
std::span<const DocumentReader* const> all_readers();

// The reader of `document_type`; nullptr for `unknown` or a type no reader serves.
const DocumentReader* find_reader(std::string_view document_type);

}  // namespace kycx::extractors
