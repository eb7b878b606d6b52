#include "pipeline/document_job.hpp"

#include <thread>

#include <gtest/gtest.h>

#include "ocr/tesseract_engine.hpp"

namespace kycx::pipeline {
namespace {

TEST(StageTimerTest, TimesTheScopeIntoItsStage) {
  DocumentJob job({"a.png", "a.png"}, 0, 60);
  {
    const StageTimer timer(job, "extract");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const auto times = job.stage_times();
  EXPECT_GE(times.at("extract"), 19.0);
  EXPECT_EQ(times.count("load_models"), 0u);
}

TEST(StageTimerTest, AModelLoadedOnFirstUseIsNotChargedToTheStage) {
  DocumentJob job({"a.png", "a.png"}, 0, 60);
  {
    const StageTimer timer(job, "extract");
    auto engine = ocr::TesseractEngine::create();
    if (!engine) GTEST_SKIP() << "Tesseract eng data not installed (run scripts/setup)";
  }
  const auto times = job.stage_times();
  ASSERT_EQ(times.count("load_models"), 1u);
  EXPECT_GT(times.at("load_models"), 5.0);  // tens of milliseconds for eng
  EXPECT_LT(times.at("extract"), 0.5 * times.at("load_models"));
}

}  // namespace
}  // namespace kycx::pipeline
