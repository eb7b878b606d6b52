// kycx: document extraction for KYC and lending onboarding (contract section 1).

#include <cstdio>
#include <cstdlib>

#include <CLI/CLI.hpp>
#include <malloc.h>

#include "apps/command_line.hpp"
#include "apps/exit_codes.hpp"
#include "core/output_access.hpp"
#include "ingest/document_reader.hpp"
#include "ocr/tesseract_engine.hpp"

namespace {

int run(int argc, char** argv) {
  using namespace kycx::apps;
  kycx::ocr::limit_tesseract_threads(argv);
  // glibc gives each of the pool's threads its own heap by default; freed page
  // images then stay mapped in many of them. Two heaps: 378 -> 343 MiB peak
  // on 40 scanned ID pages with 2 workers, the same run time within noise.
  if (std::getenv("MALLOC_ARENA_MAX") == nullptr) mallopt(M_ARENA_MAX, 2);
  kycx::ingest::quiet_third_party_diagnostics();

  CommandLine cli;
  try {
    cli.app().parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = cli.app().exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (auto access = kycx::set_output_access(cli.group()); !access) {
    std::fprintf(stderr, "kycx: %s\n", access.error().message.c_str());
    return kExitUsage;
  }
  try {
    return cli.run_command();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kycx: internal error: %s\n", e.what());
    return kExitInternal;
  }
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kycx: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "kycx: internal error\n");
  }
  return kycx::apps::kExitInternal;
}
