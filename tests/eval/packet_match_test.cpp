#include "eval/packet_match.hpp"

#include <gtest/gtest.h>

namespace kycx::eval {
namespace {

using Ranges = std::vector<PageRange>;

TEST(PageRangeTest, OverlapAndText) {
  EXPECT_EQ((PageRange{1, 3}.overlap({3, 5})), 1);
  EXPECT_EQ((PageRange{1, 3}.overlap({4, 5})), 0);
  EXPECT_EQ((PageRange{2, 6}.overlap({3, 4})), 2);
  EXPECT_EQ((PageRange{2, 6}.pages()), 5);
  EXPECT_EQ((PageRange{4, 4}.text()), "4");
  EXPECT_EQ((PageRange{4, 7}.text()), "4-7");
}

TEST(PacketMatchTest, ExactBoundariesMatchOneToOne) {
  const PacketMatch m = match_pages({{1, 2}, {3, 3}, {4, 6}}, {{1, 2}, {3, 3}, {4, 6}});
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(m.parts[i].match, PartMatch::kExact);
    EXPECT_EQ(m.parts[i].produced, i);
    EXPECT_EQ(m.exact_of[i], i);
    EXPECT_TRUE(m.labelled[i]);
  }
}

TEST(PacketMatchTest, ProducedOrderDoesNotMatter) {
  const PacketMatch m = match_pages({{1, 1}, {2, 3}}, {{2, 3}, {1, 1}});
  EXPECT_EQ(m.parts[0].produced, 1u);
  EXPECT_EQ(m.parts[1].produced, 0u);
  EXPECT_EQ(m.exact_of[0], 1u);
}

TEST(PacketMatchTest, MergedDocumentsStandInForEachPartTheyHold) {
  // Truth: 1-2 and 3; produced: one document 1-3.
  const PacketMatch m = match_pages({{1, 2}, {3, 3}}, {{1, 3}});
  EXPECT_EQ(m.parts[0].match, PartMatch::kOverlap);
  EXPECT_EQ(m.parts[0].produced, 0u);
  EXPECT_EQ(m.parts[1].match, PartMatch::kOverlap);
  EXPECT_EQ(m.parts[1].produced, 0u);
  EXPECT_FALSE(m.exact_of[0]);
}

TEST(PacketMatchTest, OverSplitTakesTheLargestPieceThenTheEarliest) {
  const PacketMatch m = match_pages({{1, 5}, {6, 7}}, {{1, 1}, {2, 4}, {5, 5}, {6, 6}, {7, 7}});
  EXPECT_EQ(m.parts[0].match, PartMatch::kOverlap);
  EXPECT_EQ(m.parts[0].produced, 1u);  // 2-4 shares three pages
  EXPECT_EQ(m.parts[1].produced, 3u);  // 6 and 7 share one each: the earlier
  for (const auto& exact : m.exact_of) EXPECT_FALSE(exact);
  // Ties go to the earliest pages even when it is listed later.
  EXPECT_EQ(match_pages({{1, 2}}, {{2, 2}, {1, 1}}).parts[0].produced, 1u);
}

TEST(PacketMatchTest, ExactMatchWinsOverALargerOverlap) {
  const PacketMatch m = match_pages({{1, 1}, {2, 4}}, {{1, 1}, {2, 4}});
  EXPECT_EQ(m.parts[1].match, PartMatch::kExact);
  const PacketMatch dup = match_pages({{1, 2}}, {{1, 2}, {1, 2}});  // a duplicate counts once
  EXPECT_EQ(dup.exact_of[0], 0u);
  EXPECT_FALSE(dup.exact_of[1]);
}

TEST(PacketMatchTest, OneDocumentForTheWholeFile) {
  // A single envelope without `packet` covers every page: 1-4 here.
  const PacketMatch m = match_pages({{1, 2}, {3, 4}}, {{1, 4}});
  EXPECT_EQ(m.parts[0].match, PartMatch::kOverlap);
  EXPECT_EQ(m.parts[1].produced, 0u);
  const PacketMatch single = match_pages({{1, 4}}, {{1, 4}});
  EXPECT_EQ(single.parts[0].match, PartMatch::kExact);
}

TEST(PacketMatchTest, PartsOnNoProducedPageAndUnlabelledProducedPages) {
  const PacketMatch m = match_pages({{1, 1}, {3, 3}}, {{1, 1}, {2, 2}});
  EXPECT_EQ(m.parts[1].match, PartMatch::kNone);
  EXPECT_FALSE(m.parts[1].produced);
  EXPECT_TRUE(m.labelled[0]);
  EXPECT_FALSE(m.labelled[1]);  // page 2 is in no true document
  EXPECT_EQ(match_pages({{1, 1}}, {}).parts[0].match, PartMatch::kNone);
  EXPECT_EQ(to_string(PartMatch::kOverlap), "overlap");
}

}  // namespace
}  // namespace kycx::eval
