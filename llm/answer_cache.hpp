// Answers the model already gave, kept in memory and keyed by everything that
// decides them: model, prompt version, answer schema hash and the exact
// (redacted) document text sent. Answers hold placeholders, never the numbers
// they stand for. Least recently used entries go first. Thread-safe.
#pragma once

#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/json.hpp"

namespace kycx::llm {

class AnswerCache {
 public:
  explicit AnswerCache(size_t capacity) : capacity_(capacity) {}

  static std::string key(const std::string& model, const std::string& prompt_label, const std::string& schema_hash,
                         const std::string& text_hash);

  std::optional<Json> get(const std::string& key);
  void put(const std::string& key, Json answer);
  size_t size() const;

 private:
  using Entry = std::pair<std::string, Json>;
  const size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> order_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace kycx::llm
