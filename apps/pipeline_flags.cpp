#include "apps/pipeline_flags.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace kycx::apps {

namespace {

Result<validators::ConfidenceModel> load_confidence_model(const std::string& path) {
  std::ifstream in(path);
  Json json = Json::parse(in, nullptr, false);
  if (!in || json.is_discarded()) {
    return fail(ErrorCode::kInvalidArgument, "the confidence model " + path + " is not readable JSON");
  }
  auto model = validators::ConfidenceModel::from_json(json);
  if (!model) return fail(ErrorCode::kInvalidArgument, "the confidence model " + path + ": " + model.error().message);
  return model;
}

// Whether Tesseract would find `language` where it looks for models: the
// --tessdata folder, else TESSDATA_PREFIX, else Debian's folder.
bool tessdata_has(const std::string& tessdata_dir, const std::string& language) {
  std::string dir = tessdata_dir;
  if (const char* prefix = std::getenv("TESSDATA_PREFIX"); dir.empty() && prefix != nullptr) dir = prefix;
  if (dir.empty()) dir = ocr::kDebianTessdataDir;
  std::error_code ec;
  return std::filesystem::is_regular_file(std::filesystem::path(dir) / (language + ".traineddata"), ec);
}

}  // namespace

void PipelineFlags::add_to(CLI::App& app) {
  auto& o = options;
  const std::string group = "Pipeline";
  app.add_option("--workers", o.workers, "OCR worker threads (0: one per core)")
      ->envname("KYCX_WORKERS")
      ->group(group)
      ->check(CLI::NonNegativeNumber);
  app.add_option("--in-flight", o.max_documents_in_flight, "documents processed at once (0: workers + 1)")
      ->envname("KYCX_IN_FLIGHT")
      ->group(group)
      ->check(CLI::NonNegativeNumber);
  app.add_option("--max-seconds", o.max_seconds_per_document, "seconds per document before it is rejected")
      ->envname("KYCX_MAX_SECONDS")
      ->group(group)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--split", split,
                 "auto: a file holding several documents (a packet) gives one envelope per document; "
                 "off: one envelope per file")
      ->envname("KYCX_SPLIT")
      ->group(group)
      ->check(CLI::IsMember({"auto", "off"}))
      ->capture_default_str();
  app.add_option("--max-pages", o.limits.max_pages, "pages per document")
      ->envname("KYCX_MAX_PAGES")
      ->group(group)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--max-file-mib", max_file_mib, "MiB per input file")
      ->envname("KYCX_MAX_FILE_MIB")
      ->group(group)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--max-page-megapixels", max_page_megapixels, "megapixels per page image")
      ->envname("KYCX_MAX_PAGE_MEGAPIXELS")
      ->group(group)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--max-page-aspect", o.limits.max_page_aspect,
                 "longest side of a page over its shortest; a thinner strip is refused as no document page (at "
                 "most 1000)")
      ->envname("KYCX_MAX_PAGE_ASPECT")
      ->group(group)
      ->check(CLI::Range(1.0, 1000.0))
      ->capture_default_str();
  app.add_option("--max-ocr-megapixels", max_ocr_megapixels,
                 "megapixels of the image handed to Tesseract after rescaling (bounds its memory per page)")
      ->envname("KYCX_MAX_OCR_MEGAPIXELS")
      ->group(group)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--ocr-megapixels-at-once", ocr_megapixels_at_once,
                 "megapixels Tesseract reads at once across workers; a larger page waits (bounds peak memory; 0: "
                 "no bound)")
      ->envname("KYCX_OCR_MEGAPIXELS_AT_ONCE")
      ->group(group)
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("--render-dpi", o.limits.render_dpi, "DPI at which scanned PDF pages are rendered")
      ->envname("KYCX_RENDER_DPI")
      ->group(group)
      ->check(CLI::Range(72, 600))
      ->capture_default_str();
  app.add_option("--tessdata", o.ocr.tessdata_dir, "folder with Tesseract *.traineddata (default: Tesseract's)")
      ->envname("KYCX_TESSDATA")
      ->group(group);
  app.add_option("--precise-tessdata", o.ocr.precise_tessdata_dir,
                 std::string("folder with the slower, more accurate eng.traineddata (best_int) for short regions "
                             "(default: ") +
                     ocr::kDefaultPreciseTessdataDir + " when present; 'none': off)")
      ->envname("KYCX_PRECISE_TESSDATA")
      ->group(group);
  app.add_option("--names-ocr", o.ocr.names_language,
                 std::string("Tesseract language that re-reads person names to keep their accents (default: ") +
                     ocr::kDefaultNamesLanguage + " when installed; 'none': off)")
      ->envname("KYCX_NAMES_OCR")
      ->group(group);
  app.add_option("--names-tessdata", o.ocr.names_tessdata_dir,
                 std::string("folder with the names model (default: ") + ocr::kDefaultNamesTessdataDir +
                     ", which scripts/setup fills, when it holds it; else --tessdata)")
      ->envname("KYCX_NAMES_TESSDATA")
      ->group(group);
  app.add_option("--ocr-language", o.ocr.language, "Tesseract language(s)")
      ->envname("KYCX_OCR_LANGUAGE")
      ->group(group)
      ->capture_default_str();
  app.add_flag("--binarize", binarize, "give Tesseract black-and-white images")->group(group);
  app.add_flag("--no-orientation", no_orientation, "do not detect 90/180/270 degree page turns")->group(group);
  app.add_flag("--stats", stats, "print per-stage timings to stderr at the end")->group(group);
  const std::string review = "Validation and review";
  app.add_option("--min-age", o.validation.min_age_years, "years an applicant must be (identity documents)")
      ->envname("KYCX_MIN_AGE")
      ->group(review)
      ->check(CLI::Range(0, 150))
      ->capture_default_str();
  app.add_option("--max-proof-of-address-days", o.validation.max_proof_of_address_age_days,
                 "days a utility bill may be old to prove an address")
      ->envname("KYCX_MAX_PROOF_OF_ADDRESS_DAYS")
      ->group(review)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--review-threshold", review_threshold,
                 "confidence below which any field goes to review (replaces the schemas' thresholds)")
      ->envname("KYCX_REVIEW_THRESHOLD")
      ->group(review)
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--review-thresholds", review_thresholds,
                 "per-field thresholds, e.g. 'w2.wages=0.95,surname=0.9' (beat --review-threshold)")
      ->envname("KYCX_REVIEW_THRESHOLDS")
      ->group(review);
  app.add_option("--confidence-model", confidence_model,
                 "confidence model fitted by 'kycx calibrate' (default: the one built in)")
      ->envname("KYCX_CONFIDENCE_MODEL")
      ->group(review)
      ->check(CLI::ExistingFile);
  add_llm_to(app);
}

void PipelineFlags::add_llm_to(CLI::App& app) {
  auto& l = options.llm;
  const std::string group = "LLM (optional; off without a base URL)";
  app.add_option("--llm-base-url", l.base_url, "OpenAI-compatible endpoint, e.g. https://host/v1")
      ->envname("KYCX_LLM_BASE_URL")
      ->group(group);
  app.add_option("--llm-model", l.model, "model name")->envname("KYCX_LLM_MODEL")->group(group);
  app.add_option("--llm-api-key-file", llm_api_key_file, "file holding the API key (else KYCX_LLM_API_KEY)")
      ->envname("KYCX_LLM_API_KEY_FILE")
      ->group(group);
  app.add_option("--llm-timeout", l.timeout_seconds, "seconds per request")
      ->envname("KYCX_LLM_TIMEOUT")
      ->group(group)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--llm-max-attempts", l.max_attempts, "requests per call on timeouts, 5xx and 429")
      ->envname("KYCX_LLM_MAX_ATTEMPTS")
      ->group(group)
      ->check(CLI::Range(1, 10))
      ->capture_default_str();
  app.add_option("--llm-in-flight", l.max_in_flight, "requests open at once")
      ->envname("KYCX_LLM_IN_FLIGHT")
      ->group(group)
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  app.add_option("--llm-breaker-failures", l.breaker_failures, "consecutive failed calls that pause calls")
      ->envname("KYCX_LLM_BREAKER_FAILURES")
      ->group(group)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--llm-breaker-cooldown", l.breaker_cooldown_seconds, "seconds calls stay paused before a probe")
      ->envname("KYCX_LLM_BREAKER_COOLDOWN")
      ->group(group)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--llm-header", l.extra_headers, "extra request header 'Name: value' (repeatable)")->group(group);
  app.add_option("--llm-ca-file", l.ca_file, "PEM certificates to verify the endpoint with (default: system's)")
      ->envname("KYCX_LLM_CA_FILE")
      ->group(group);
  app.add_option("--llm-max-output-tokens", l.max_output_tokens, "completion tokens per request")
      ->envname("KYCX_LLM_MAX_OUTPUT_TOKENS")
      ->group(group)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--llm-token-param", l.token_limit_param, "max_tokens or max_completion_tokens (OpenAI o-series)")
      ->envname("KYCX_LLM_TOKEN_PARAM")
      ->group(group)
      ->capture_default_str();
  app.add_option("--llm-price-input", l.price_input_per_mtok, "USD per million prompt tokens (cost estimate)")
      ->envname("KYCX_LLM_PRICE_INPUT")
      ->group(group)
      ->check(CLI::NonNegativeNumber);
  app.add_option("--llm-price-output", l.price_output_per_mtok, "USD per million completion tokens")
      ->envname("KYCX_LLM_PRICE_OUTPUT")
      ->group(group)
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--llm-only-gaps", l.only_gaps, "ask the model only when a required field is missing")
      ->envname("KYCX_LLM_ONLY_GAPS")
      ->group(group);
  app.add_option("--schemas-dir", schemas_dir, "folder of extra *.schema.json document types")
      ->envname("KYCX_SCHEMAS_DIR")
      ->group(group);
}

Result<pipeline::PipelineOptions> PipelineFlags::resolved() const {
  pipeline::PipelineOptions o = options;
  if (review_threshold >= 0) o.review.default_threshold = review_threshold;
  if (!review_thresholds.empty()) {
    auto parsed = validators::parse_thresholds(review_thresholds);
    if (!parsed) return tl::unexpected(parsed.error());
    o.review.thresholds = std::move(*parsed);
  }
  if (!confidence_model.empty()) {
    auto model = load_confidence_model(confidence_model);
    if (!model) return tl::unexpected(model.error());
    o.review.confidence_model = std::make_shared<const validators::ConfidenceModel>(std::move(*model));
  }
  o.limits.max_file_bytes = static_cast<std::uint64_t>(max_file_mib * 1024 * 1024);
  o.limits.max_page_pixels = max_page_megapixels * 1e6;
  o.preprocess.max_ocr_pixels = max_ocr_megapixels * 1e6;
  o.max_ocr_pixels_at_once = ocr_megapixels_at_once * 1e6;
  o.preprocess.binarize = binarize;
  o.split_packets = split != "off";
  o.preprocess.detect_orientation = !no_orientation;
  if (!schemas_dir.empty()) {
    auto registry = schemas::SchemaRegistry::with_folder(schemas_dir);
    if (!registry) return tl::unexpected(registry.error());
    o.schemas = std::make_shared<const schemas::SchemaRegistry>(std::move(*registry));
  }
  if (!llm_api_key_file.empty()) {
    auto key = llm::read_api_key_file(llm_api_key_file);
    if (!key) return tl::unexpected(key.error());
    o.llm.api_key = std::move(*key);
  } else if (const char* key = std::getenv("KYCX_LLM_API_KEY"); key != nullptr) {
    o.llm.api_key = key;
  }
  if (auto ok = o.llm.validate(); !ok) return tl::unexpected(ok.error());
  if (o.ocr.precise_tessdata_dir == "none") {
    o.ocr.precise_tessdata_dir.clear();
  } else if (o.ocr.precise_tessdata_dir.empty()) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(std::filesystem::path(ocr::kDefaultPreciseTessdataDir) / "eng.traineddata",
                                         ec)) {
      o.ocr.precise_tessdata_dir = ocr::kDefaultPreciseTessdataDir;
    }
  }
  if (o.ocr.names_language == "none") {
    o.ocr.names_language.clear();
  } else if (o.ocr.names_language.empty() && tessdata_has(o.ocr.tessdata_dir, ocr::kDefaultNamesLanguage)) {
    o.ocr.names_language = ocr::kDefaultNamesLanguage;
  }
  if (!o.ocr.names_language.empty() && o.ocr.names_tessdata_dir.empty() &&
      tessdata_has(ocr::kDefaultNamesTessdataDir, o.ocr.names_language)) {
    o.ocr.names_tessdata_dir = ocr::kDefaultNamesTessdataDir;
  }
  return o;
}

}  // namespace kycx::apps
