// libFuzzer harness: the --config file. The bytes are a TOML or INI file,
// read by CLI11's config parser into kycx's real command line (every global
// option and sub-command, as main registers them; nothing is run). A bad file
// must end in CLI::ParseError, which main reports as a usage error; any other
// exception would reach the user as "internal error".

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "apps/command_line.hpp"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  // The file under test is the only configuration.
  unsetenv("KYCX_CONFIG");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kycx::apps::CommandLine cli;
  std::istringstream file(std::string(reinterpret_cast<const char*>(data), size));
  try {
    cli.app().parse_from_stream(file);
  } catch (const CLI::ParseError&) {
    return 0;
  }
  return 0;
}
