#include "pipeline/run_stats.hpp"

#include <gtest/gtest.h>

namespace kycx::pipeline {
namespace {

TEST(RunStatsTest, OverheadIsCpuOutsideTesseractAndModelLoadingOverTesseractTime) {
  RunStats stats;
  stats.cpu_seconds = 13.0;
  stats.tesseract_seconds = 10.0;
  stats.tesseract_load_seconds = 1.5;
  EXPECT_DOUBLE_EQ(stats.overhead_share(), 0.15);
  EXPECT_NE(stats.stage_table().find("everything else 1.50 s = 15.0% of Tesseract's"), std::string::npos)
      << stats.stage_table();
}

TEST(RunStatsTest, NoTesseractTimeMeansNoOverheadFigure) {
  RunStats stats;
  stats.cpu_seconds = 2.0;
  EXPECT_EQ(stats.overhead_share(), 0.0);
}

}  // namespace
}  // namespace kycx::pipeline
