// `kycx calibrate DATASET --out MODEL.json`: fits the confidence model on a
// labelled dataset. Each predicted field of a correctly typed document is one
// sample: its evidence (how it was read, OCR confidence, check digits,
// agreeing readings, rule outcomes) and whether its value was right; in a
// packet, each document the pipeline found with exactly its true pages counts
// (eval::FileScore::calibration_documents). A deterministic share of the
// files is held out (a packet's documents all on one side) to show the fitted
// model is calibrated on data it did not see.

#include <cstdio>
#include <filesystem>

#include "apps/commands.hpp"
#include "apps/dataset_run.hpp"
#include "apps/exit_codes.hpp"
#include "core/atomic_file.hpp"
#include "core/sha256.hpp"
#include "core/time_util.hpp"
#include "eval/calibration.hpp"
#include "eval/file_score.hpp"
#include "validators/confidence_model.hpp"

namespace kycx::apps {

namespace fs = std::filesystem;

namespace {

struct CalibrateArgs {
  std::string dataset;
  std::string out;
  double holdout = 0.3;
  double l2 = 1.0;
  std::string version;
  std::string samples;  // CSV of every value's features, for analysis
  bool quiet = false;
};

struct Samples {
  std::vector<std::vector<double>> features;
  std::vector<bool> correct;
};

// Whether a document is held out: decided by its path, so reruns agree.
bool held_out(const std::string& relative_path, double share) {
  const std::string h = sha256_hex(relative_path);
  return std::stoul(h.substr(0, 6), nullptr, 16) % 1000 < share * 1000;
}

double ece_of(const validators::ConfidenceModel& model, const Samples& s) {
  std::vector<eval::ConfidenceSample> samples;
  for (size_t i = 0; i < s.features.size(); ++i) samples.push_back({model.probability(s.features[i]), s.correct[i]});
  return eval::calibrate(samples).expected_calibration_error;
}

double accuracy_of(const Samples& s) {
  if (s.correct.empty()) return 0;
  return double(std::count(s.correct.begin(), s.correct.end(), true)) / double(s.correct.size());
}

int run_calibrate(const CalibrateArgs& args, const PipelineFlags& flags) {
  auto dataset = eval::load_dataset(fs::path(args.dataset));
  if (!dataset) {
    std::fprintf(stderr, "kycx calibrate: %s\n", dataset.error().message.c_str());
    return kExitUsage;
  }
  auto run = run_dataset(*dataset, flags, args.quiet);
  if (!run) {
    std::fprintf(stderr, "kycx calibrate: %s\n", run.error().message.c_str());
    return kExitUsage;
  }
  Samples train, test;
  std::string csv = "set,document_type,field,correct";
  for (const auto& name : validators::feature_names()) csv += "," + name;
  csv += "\n";
  const auto& registry = schemas::SchemaRegistry::builtin();
  for (const auto& doc : dataset->documents) {
    const std::vector<Envelope>& envelopes = run->envelopes_for(doc);
    const eval::FileScore file = eval::score_file(doc, envelopes, registry);
    Samples& into = held_out(doc.relative_path, args.holdout) ? test : train;
    for (const eval::ScoredDocument* scored : file.calibration_documents()) {
      const Envelope& envelope = envelopes[*scored->envelope];
      for (const auto& f : scored->score.fields) {
        const Field* field = envelope.fields.find(f.field);
        if (field == nullptr || field->missing() || field->method == Method::kReview) continue;
        into.features.push_back(validators::confidence_features(*field));
        into.correct.push_back(f.correct);
        csv += std::string(&into == &test ? "holdout" : "train") + "," + scored->score.truth_type + "," + f.field +
               "," + (f.correct ? "1" : "0");
        for (double x : into.features.back()) csv += "," + std::to_string(x);
        csv += "\n";
      }
    }
  }
  if (train.features.size() < 20) {
    std::fprintf(stderr, "kycx calibrate: only %zu labelled values to learn from; use a larger dataset\n",
                 train.features.size());
    return kExitUsage;
  }
  validators::ConfidenceModel model = validators::ConfidenceModel::fit(train.features, train.correct, args.l2);
  const std::string version = args.version.empty() ? now_iso8601_utc().substr(0, 10) + ".fitted" : args.version;
  model.set_version(version);
  const double ece_train = ece_of(model, train);
  const double ece_test = test.features.empty() ? 0.0 : ece_of(model, test);
  model.set_training_note(Json{{"dataset", fs::path(args.dataset).filename().string()},
                               {"documents", dataset->documents.size()},
                               {"train_values", train.features.size()},
                               {"train_accuracy", accuracy_of(train)},
                               {"holdout_values", test.features.size()},
                               {"holdout_accuracy", accuracy_of(test)},
                               {"ece_train", ece_train},
                               {"ece_holdout", ece_test},
                               {"l2", args.l2},
                               {"fitted_at", now_iso8601_utc()}});
  if (!args.samples.empty()) {
    if (auto w = write_file_atomically(fs::path(args.samples), csv); !w) {
      std::fprintf(stderr, "kycx calibrate: %s\n", w.error().message.c_str());
      return kExitInternal;
    }
  }
  if (auto w = write_file_atomically(fs::path(args.out), dump_json(model.to_json(), 2) + "\n"); !w) {
    std::fprintf(stderr, "kycx calibrate: %s\n", w.error().message.c_str());
    return kExitInternal;
  }
  std::printf("fitted on %zu values (accuracy %.3f): ECE %.4f; held out %zu values (accuracy %.3f): ECE %.4f\n",
              train.features.size(), accuracy_of(train), ece_train, test.features.size(), accuracy_of(test), ece_test);
  std::printf("model %s written to %s\n", version.c_str(), args.out.c_str());
  return kExitOk;
}

}  // namespace

CommandRunner add_calibrate_command(CLI::App& app, const PipelineFlags& flags) {
  auto args = std::make_shared<CalibrateArgs>();
  CLI::App* cmd =
      app.add_subcommand("calibrate", "Fit the confidence model on a labelled dataset (see validators/models/)");
  cmd->add_option("dataset", args->dataset, "folder of documents, each NAME.EXT beside NAME.truth.json")->required();
  cmd->add_option("--out", args->out, "where to write the fitted model (JSON)")->required();
  cmd->add_option("--holdout", args->holdout, "share of documents held out to measure calibration")
      ->check(CLI::Range(0.0, 0.9))
      ->capture_default_str();
  cmd->add_option("--l2", args->l2, "regularisation strength")->check(CLI::PositiveNumber)->capture_default_str();
  cmd->add_option("--model-version", args->version, "version string recorded in the model");
  cmd->add_option("--samples", args->samples,
                  "also write every value's features and whether it was right (CSV), to study the model");
  cmd->add_flag("--quiet", args->quiet, "no progress output");
  return [args, &flags]() -> int { return run_calibrate(*args, flags); };
}

}  // namespace kycx::apps
