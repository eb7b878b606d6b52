// A zint rendering (2 px per module) of the first payload of
// tests/data/barcode/aamva_payloads.jsonl, shared by the barcode tests.
#pragma once

#include <fstream>
#include <string>

#include <opencv2/imgcodecs.hpp>

#include "core/json.hpp"

namespace kycx::testing {

struct BarcodeFixture {
  cv::Mat symbol;  // 2 px per module
  std::string payload;
};

inline BarcodeFixture load_barcode_fixture() {
  BarcodeFixture f;
  f.symbol = cv::imread("tests/data/barcode/pdf417_aamva_qc.png", cv::IMREAD_GRAYSCALE);
  std::ifstream in("tests/data/barcode/aamva_payloads.jsonl");
  std::string line;
  if (std::getline(in, line)) f.payload = Json::parse(line).at("payload").get<std::string>();
  return f;
}

}  // namespace kycx::testing
