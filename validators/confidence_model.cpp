#include "validators/confidence_model.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "validators/embedded_models.hpp"

namespace kycx::validators {

namespace {

double sigmoid(double z) {
  return 1.0 / (1.0 + std::exp(-z));
}

double logit(double p) {
  p = std::clamp(p, 0.01, 0.99);
  return std::log(p / (1.0 - p));
}

std::string value_text(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

// Solves A x = b for a small symmetric positive-definite A (Cholesky).
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b) {
  const size_t n = b.size();
  for (size_t j = 0; j < n; ++j) {
    double d = a[j][j];
    for (size_t k = 0; k < j; ++k) d -= a[j][k] * a[j][k];
    d = std::sqrt(std::max(d, 1e-12));
    a[j][j] = d;
    for (size_t i = j + 1; i < n; ++i) {
      double s = a[i][j];
      for (size_t k = 0; k < j; ++k) s -= a[i][k] * a[j][k];
      a[i][j] = s / d;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    for (size_t k = 0; k < i; ++k) b[i] -= a[i][k] * b[k];
    b[i] /= a[i][i];
  }
  for (size_t i = n; i-- > 0;) {
    for (size_t k = i + 1; k < n; ++k) b[i] -= a[k][i] * b[k];
    b[i] /= a[i][i];
  }
  return b;
}

// Pool-adjacent-violators: non-decreasing fit of `y` ordered by `x`, never 0 or 1.
std::vector<std::pair<double, double>> isotonic_fit(std::vector<std::pair<double, double>> xy) {
  std::sort(xy.begin(), xy.end());
  struct Block {
    double x_sum, y_sum;
    int n;
  };
  std::vector<Block> blocks;
  for (size_t i = 0; i < xy.size();) {
    // Values with the same score form one block: their order says nothing.
    Block tie{0, 0, 0};
    for (const double x = xy[i].first; i < xy.size() && xy[i].first == x; ++i) {
      tie.x_sum += x;
      tie.y_sum += xy[i].second;
      ++tie.n;
    }
    blocks.push_back(tie);
    // Equal rates merge too, so that a run of right answers is one block.
    while (blocks.size() > 1 &&
           blocks[blocks.size() - 2].y_sum / blocks[blocks.size() - 2].n >= blocks.back().y_sum / blocks.back().n) {
      Block b = blocks.back();
      blocks.pop_back();
      blocks.back().x_sum += b.x_sum;
      blocks.back().y_sum += b.y_sum;
      blocks.back().n += b.n;
    }
  }
  // Each block's rate with one right and one wrong reading added (Laplace):
  // 700 right answers out of 700 support 0.9986, not certainty. The running
  // maximum keeps the smoothed rates non-decreasing.
  std::vector<std::pair<double, double>> points;
  double floor = 0;
  for (const auto& b : blocks) {
    floor = std::max(floor, (b.y_sum + 1) / (b.n + 2));
    points.emplace_back(b.x_sum / b.n, floor);
  }
  return points;
}

double interpolate(const std::vector<std::pair<double, double>>& points, double x) {
  if (points.empty()) return x;
  if (x <= points.front().first) return points.front().second;
  if (x >= points.back().first) return points.back().second;
  auto hi = std::lower_bound(points.begin(), points.end(), std::make_pair(x, -1.0));
  auto lo = hi - 1;
  const double t = (x - lo->first) / std::max(hi->first - lo->first, 1e-12);
  return lo->second + t * (hi->second - lo->second);
}

}  // namespace

const std::vector<std::string>& feature_names() {
  static const std::vector<std::string> kNames = {"method_mrz",
                                                  "method_barcode",
                                                  "method_text_layer",
                                                  "method_ocr_rules",
                                                  "method_llm",
                                                  "ocr_logit",
                                                  "self_checked",
                                                  "repaired",
                                                  "readings_agree",
                                                  "readings_disagree",
                                                  "checks_passed",
                                                  "checks_failed",
                                                  "digit_share",
                                                  "length_log",
                                                  "generic_reader",
                                                  "second_reader_agrees",
                                                  "second_reader_disagrees",
                                                  "second_reader_silent",
                                                  "position_only"};
  return kNames;
}

std::vector<double> confidence_features(const Field& field) {
  const FieldEvidence& e = field.evidence;
  const std::string text = value_text(field.value);
  const auto digits = std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  return {
      field.method == Method::kMrz ? 1.0 : 0.0,
      field.method == Method::kBarcode ? 1.0 : 0.0,
      field.method == Method::kTextLayer ? 1.0 : 0.0,
      field.method == Method::kOcrRules ? 1.0 : 0.0,
      field.method == Method::kLlm ? 1.0 : 0.0,
      logit(e.ocr_confidence),
      e.self_checked ? 1.0 : 0.0,
      e.repaired ? 1.0 : 0.0,
      e.readings >= 2 && e.readings_agree ? 1.0 : 0.0,
      e.readings_agree ? 0.0 : 1.0,
      std::min(e.checks_passed, 3) / 3.0,
      std::min(e.checks_failed, 3) / 3.0,
      text.empty() ? 0.0 : double(digits) / double(text.size()),
      std::log1p(double(text.size())) / 4.0,
      e.generic ? 1.0 : 0.0,
      e.second_reading == FieldEvidence::SecondReading::kAgrees ? 1.0 : 0.0,
      e.second_reading == FieldEvidence::SecondReading::kDisagrees ? 1.0 : 0.0,
      e.second_reading == FieldEvidence::SecondReading::kSilent ? 1.0 : 0.0,
      e.by_position ? 1.0 : 0.0,
  };
}

const ConfidenceModel& ConfidenceModel::builtin() {
  static const ConfidenceModel model = [] {
    auto m = from_json(Json::parse(embedded_confidence_model()));
    if (!m) throw std::logic_error("built-in confidence model is broken: " + m.error().message);
    return *m;
  }();
  return model;
}

Result<ConfidenceModel> ConfidenceModel::from_json(const Json& j) {
  try {
    ConfidenceModel m;
    if (j.at("features").get<std::vector<std::string>>() != feature_names()) {
      return fail(ErrorCode::kInvalidArgument, "confidence model was fitted on different features; refit it");
    }
    m.weights_ = j.at("weights").get<std::vector<double>>();
    m.bias_ = j.at("bias").get<double>();
    for (const auto& p : j.value("isotonic", Json::array())) m.isotonic_.emplace_back(p.at(0), p.at(1));
    m.version_ = j.value("version", "unversioned");
    m.training_ = j.value("training", Json::object());
    if (m.weights_.size() != feature_names().size()) {
      return fail(ErrorCode::kInvalidArgument, "confidence model has the wrong number of weights");
    }
    return m;
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::kInvalidArgument, std::string("malformed confidence model: ") + e.what());
  }
}

Json ConfidenceModel::to_json() const {
  Json iso = Json::array();
  for (const auto& [x, y] : isotonic_) iso.push_back({std::round(x * 1e6) / 1e6, std::round(y * 1e6) / 1e6});
  Json w = Json::array();
  for (double v : weights_) w.push_back(std::round(v * 1e6) / 1e6);
  return Json{{"model", "kycx.confidence"},
              {"version", version_},
              {"features", feature_names()},
              {"weights", w},
              {"bias", std::round(bias_ * 1e6) / 1e6},
              {"isotonic", iso},
              {"training", training_}};
}

ConfidenceModel ConfidenceModel::fit(const std::vector<std::vector<double>>& features, const std::vector<bool>& correct,
                                     double l2) {
  const size_t d = feature_names().size() + 1;  // + bias, last
  std::vector<double> beta(d, 0.0);
  for (int iteration = 0; iteration < 50; ++iteration) {
    std::vector<std::vector<double>> hessian(d, std::vector<double>(d, 0.0));
    std::vector<double> gradient(d, 0.0);
    for (size_t i = 0; i < features.size(); ++i) {
      std::vector<double> x = features[i];
      x.push_back(1.0);
      double z = 0;
      for (size_t k = 0; k < d; ++k) z += beta[k] * x[k];
      const double p = sigmoid(z);
      const double w = std::max(p * (1 - p), 1e-9);
      const double y = correct[i] ? 1.0 : 0.0;
      for (size_t a = 0; a < d; ++a) {
        gradient[a] += (y - p) * x[a];
        for (size_t b = 0; b < d; ++b) hessian[a][b] += w * x[a] * x[b];
      }
    }
    for (size_t a = 0; a + 1 < d; ++a) {  // the bias is not penalised
      gradient[a] -= l2 * beta[a];
      hessian[a][a] += l2;
    }
    hessian[d - 1][d - 1] += 1e-6;
    const std::vector<double> step = solve(hessian, gradient);
    double change = 0;
    for (size_t k = 0; k < d; ++k) {
      beta[k] += step[k];
      change = std::max(change, std::abs(step[k]));
    }
    if (change < 1e-8) break;
  }
  ConfidenceModel m;
  m.weights_.assign(beta.begin(), beta.end() - 1);
  m.bias_ = beta.back();
  std::vector<std::pair<double, double>> xy;
  for (size_t i = 0; i < features.size(); ++i) xy.emplace_back(m.probability(features[i], true), correct[i] ? 1 : 0);
  m.isotonic_ = isotonic_fit(std::move(xy));
  return m;
}

double ConfidenceModel::probability(const std::vector<double>& features, bool raw) const {
  double z = bias_;
  for (size_t k = 0; k < weights_.size() && k < features.size(); ++k) z += weights_[k] * features[k];
  const double p = sigmoid(z);
  return raw ? p : std::clamp(interpolate(isotonic_, p), 0.0, 1.0);
}

double ConfidenceModel::probability(const Field& field) const {
  if (field.missing()) return 0.0;
  if (field.method == Method::kReview) return 1.0;
  return probability(confidence_features(field));
}

}  // namespace kycx::validators

namespace kycx::validators {

std::string_view embedded_confidence_model() {
  for (const auto& f : embedded_models()) {
    if (f.name == "confidence.json") return f.text;
  }
  throw std::logic_error("confidence.json is not compiled in");
}

}  // namespace kycx::validators
