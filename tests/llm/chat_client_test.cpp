// read_completion(): one 2xx body of the chat completions API, without a server.
#include "llm/chat_client.hpp"

#include <string>

#include <gtest/gtest.h>

namespace kycx::llm {
namespace {

std::string body_with(const Json& message, const Json& usage, const std::string& finish_reason = "stop") {
  return Json{{"model", "served-model"},
              {"choices", Json::array({Json{{"message", message}, {"finish_reason", finish_reason}}})},
              {"usage", usage}}
      .dump();
}

const Json kAnswer = {{"document_type", "w2"}, {"lines", {"p1:l1"}}};
const Json kUsage = {{"prompt_tokens", 812}, {"completion_tokens", 95}};

TEST(ChatClientTest, ReadsTheAnswerTheModelAndTheTokens) {
  const ChatReply reply = read_completion(body_with({{"content", kAnswer.dump()}}, kUsage));
  ASSERT_TRUE(reply.ok()) << reply.failure->message;
  EXPECT_EQ(reply.content, kAnswer);
  EXPECT_EQ(reply.served_model, "served-model");
  EXPECT_EQ(reply.usage.prompt_tokens, 812);
  EXPECT_EQ(reply.usage.completion_tokens, 95);
  EXPECT_EQ(reply.attempts, 0);
}

TEST(ChatClientTest, TokenCountsThatAreNotWholeNumbersInRangeCountZero) {
  const Json message = {{"content", kAnswer.dump()}};
  for (const Json& count : {Json("812"), Json(-3), Json(1e300), Json(12.5), Json(nullptr), Json(true), Json::array({1}),
                            Json(std::uint64_t{1} << 63)}) {
    const ChatReply reply = read_completion(body_with(message, {{"prompt_tokens", count}, {"completion_tokens", 7}}));
    ASSERT_TRUE(reply.ok()) << count.dump();
    EXPECT_EQ(reply.usage.prompt_tokens, 0) << count.dump();
    EXPECT_EQ(reply.usage.completion_tokens, 7) << count.dump();
  }
}

TEST(ChatClientTest, UnusableBodiesAreAnswerFailures) {
  const struct {
    std::string body;
    std::string code;
  } cases[] = {
      {"", "invalid_response"},
      {"[1, 2]", "invalid_response"},
      {R"({"choices": []})", "invalid_response"},
      {body_with({{"content", 42}}, kUsage), "invalid_response"},
      {body_with({{"content", "wages 52340.12"}}, kUsage), "invalid_json"},
      {body_with({{"content", "[1]"}}, kUsage), "invalid_json"},
      {body_with({{"content", R"({"wag)"}}, kUsage, "length"), "finish_length"},
      {body_with({{"content", nullptr}, {"refusal", "no"}}, kUsage), "refusal"},
  };
  for (const auto& c : cases) {
    const ChatReply reply = read_completion(c.body);
    ASSERT_FALSE(reply.ok()) << c.body;
    EXPECT_EQ(reply.failure->kind, FailureKind::kAnswer) << c.body;
    EXPECT_EQ(reply.failure->code, c.code) << c.body;
  }
}

}  // namespace
}  // namespace kycx::llm
