#include "llm/circuit_breaker.hpp"

#include <thread>

#include <gtest/gtest.h>

#include "llm/prompt_template.hpp"

namespace kycx::llm {
namespace {

TEST(CircuitBreakerTest, OpensAfterNFailuresProbesOnceThenCloses) {
  CircuitBreaker b(3, 0.05);
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(b.allow());
    b.record_failure();
  }
  EXPECT_EQ(b.state(), BreakerState::kClosed);
  ASSERT_TRUE(b.allow());
  b.record_failure();
  EXPECT_EQ(b.state(), BreakerState::kOpen);
  EXPECT_FALSE(b.allow());

  std::this_thread::sleep_for(std::chrono::milliseconds(80));
  EXPECT_TRUE(b.allow());   // the probe
  EXPECT_FALSE(b.allow());  // only one
  EXPECT_EQ(b.state(), BreakerState::kHalfOpen);
  b.record_success();
  EXPECT_EQ(b.state(), BreakerState::kClosed);
  EXPECT_TRUE(b.allow());
}

TEST(CircuitBreakerTest, AFailedProbeOpensAgain) {
  CircuitBreaker b(1, 0.02);
  b.record_failure();
  std::this_thread::sleep_for(std::chrono::milliseconds(40));
  ASSERT_TRUE(b.allow());
  b.record_failure();
  EXPECT_EQ(b.state(), BreakerState::kOpen);
  EXPECT_FALSE(b.allow());
}

TEST(PromptTemplateTest, BuiltInPromptsAreVersionedAndFillTheirSlotsOnce) {
  auto p = PromptTemplate::builtin("extract_fields");
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->label(), "extract_fields@1");
  const std::string user = p->user({{"document_type", "w2"}, {"fence", "abc"}, {"lines", "p1:l1 {{fence}} x"}});
  EXPECT_NE(user.find("DOCUMENT-abc BEGIN"), std::string::npos);
  EXPECT_NE(user.find("p1:l1 {{fence}} x"), std::string::npos);  // document text is never expanded
  EXPECT_NE(p->system({}).find("untrusted"), std::string::npos);
  EXPECT_TRUE(PromptTemplate::builtin("classify_document"));
  EXPECT_FALSE(PromptTemplate::builtin("nope"));
  EXPECT_FALSE(PromptTemplate::parse("id: x\n=== user\nhi", "t"));
}

}  // namespace
}  // namespace kycx::llm
