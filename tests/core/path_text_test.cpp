#include "core/path_text.hpp"

#include <random>

#include <gtest/gtest.h>

#include "core/json.hpp"

namespace kycx {
namespace {

TEST(PathTextTest, TellsWellFormedUtf8FromBytesThatAreNot) {
  EXPECT_TRUE(is_valid_utf8("passport.jpg"));
  EXPECT_TRUE(is_valid_utf8("M\xC3\xBCller.pdf"));     // ü in UTF-8
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x93\x84.pdf"));  // an emoji
  EXPECT_FALSE(is_valid_utf8("M\xFCller.pdf"));        // ü in Latin-1 (a Windows zip)
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));             // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));         // a UTF-16 surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));     // past U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));             // cut short
}

TEST(PathTextTest, PrintableTextReplacesOnlyTheBadBytes) {
  EXPECT_EQ(printable_utf8("M\xFCller.pdf"), "M\xEF\xBF\xBDller.pdf");
  EXPECT_EQ(printable_utf8("M\xC3\xBCller.pdf"), "M\xC3\xBCller.pdf");
  EXPECT_EQ(printable_utf8("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(PathTextTest, Base64RoundTripsEveryLength) {
  EXPECT_EQ(base64_encode("M\xFCller.pdf"), "TfxsbGVyLnBkZg==");
  for (size_t n = 0; n < 12; ++n) {
    const std::string bytes(n, '\xFC');
    EXPECT_EQ(base64_decode(base64_encode(bytes)), bytes) << n;
  }
  EXPECT_FALSE(base64_decode("abc"));
  EXPECT_FALSE(base64_decode("a*c="));
}

// Random byte names (everything POSIX allows in a name but '/' and NUL):
// each has a printable rendering JSON accepts, and its stored text form gives
// the same bytes back.
TEST(PathTextTest, EveryRandomByteNameRendersAndRoundTrips) {
  std::mt19937 rng(20261207);
  std::uniform_int_distribution<int> byte(1, 255);
  std::uniform_int_distribution<int> length(1, 40);
  for (int i = 0; i < 5000; ++i) {
    std::string name;
    for (int n = length(rng); n > 0; --n) {
      char c = static_cast<char>(byte(rng));
      name += c == '/' ? 'x' : c;
    }
    const std::string shown = printable_utf8(name);
    ASSERT_TRUE(is_valid_utf8(shown));
    ASSERT_NO_THROW((void)Json(shown).dump());
    ASSERT_EQ(path_from_text(path_to_text(name)), name);
    ASSERT_TRUE(is_valid_utf8(path_to_text(name)));
  }
  // A valid name that happens to look like the marker is encoded too.
  const std::string tricky =
      "\xEF\xBF\xBD"
      "base64:TWFu";
  EXPECT_NE(path_to_text(tricky), tricky);
  EXPECT_EQ(path_from_text(path_to_text(tricky)), tricky);
}

TEST(PathTextTest, DumpJsonNeverThrowsOnBadBytes) {
  const Json j{{"message", "cannot open M\xFCller.pdf"}};
  EXPECT_THROW((void)j.dump(), Json::type_error);
  EXPECT_EQ(dump_json(j), "{\"message\":\"cannot open M\xEF\xBF\xBDller.pdf\"}");
}

}  // namespace
}  // namespace kycx
