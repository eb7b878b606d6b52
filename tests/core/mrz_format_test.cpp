#include "core/mrz_format.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kycx {
namespace {

std::vector<std::string> spans_of(const MrzCheckDef& check) {
  std::vector<std::string> out;
  for (const MrzSpan& s : check.covered) {
    out.push_back(std::to_string(s.line) + ":" + std::to_string(s.start) + "+" + std::to_string(s.length));
  }
  return out;
}

TEST(MrzFormatTest, CompositeCheckDigitsCoverWhatIcao9303Says) {
  using V = std::vector<std::string>;
  EXPECT_EQ(spans_of(*find_mrz_check(MrzFormat::kTd1, MrzCheckKind::kComposite)),
            (V{"0:5+25", "1:0+7", "1:8+7", "1:18+11"}));
  EXPECT_EQ(spans_of(*find_mrz_check(MrzFormat::kTd2, MrzCheckKind::kComposite)), (V{"1:0+10", "1:13+7", "1:21+14"}));
  EXPECT_EQ(spans_of(*find_mrz_check(MrzFormat::kTd3, MrzCheckKind::kComposite)), (V{"1:0+10", "1:13+7", "1:21+22"}));
}

TEST(MrzFormatTest, OnlyPassportsHaveAnOptionalDataCheckDigit) {
  EXPECT_EQ(find_mrz_check(MrzFormat::kTd1, MrzCheckKind::kOptionalData), nullptr);
  EXPECT_EQ(find_mrz_check(MrzFormat::kTd2, MrzCheckKind::kOptionalData), nullptr);
  const MrzCheckDef* personal = find_mrz_check(MrzFormat::kTd3, MrzCheckKind::kOptionalData);
  ASSERT_NE(personal, nullptr);
  EXPECT_TRUE(personal->filler_when_empty);
  EXPECT_EQ(personal->digit.start, 42);
  EXPECT_EQ(spans_of(*personal), (std::vector<std::string>{"1:28+14"}));
}

TEST(MrzFormatTest, ElementsAndTheirCharacterClasses) {
  const MrzLayout& td1 = mrz_layout(MrzFormat::kTd1);
  EXPECT_EQ(td1.line_count, 3);
  EXPECT_EQ(td1.line_length, 30);
  EXPECT_EQ(td1.find(MrzElement::kName)->span.line, 2);
  EXPECT_EQ(td1.class_at(0, 14), MrzCharClass::kDigitOrFiller);  // a long number goes on in the optional data
  EXPECT_EQ(mrz_layout(MrzFormat::kTd3).class_at(1, 9), MrzCharClass::kDigit);
  EXPECT_EQ(mrz_layout(MrzFormat::kTd2).find(MrzElement::kOptionalData)->span.length, 7);
  EXPECT_EQ(mrz_format_for(2, 44), MrzFormat::kTd3);
  EXPECT_FALSE(mrz_format_for(2, 40).has_value());
}

}  // namespace
}  // namespace kycx
