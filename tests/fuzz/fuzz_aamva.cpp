// libFuzzer harness: the AAMVA DL/ID parser. The bytes are a decoded PDF417
// payload from the back of a driving licence, given to parse_aamva() whole.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extractors/barcode/aamva_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kycx::extractors::barcode;
  auto record = parse_aamva(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!record) return 0;
  for (const auto& [name, value] : record->fields) {
    if (record->field(name) != &value) std::abort();
  }
  (void)record->needs_review();
  return 0;
}
