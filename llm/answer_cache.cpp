#include "llm/answer_cache.hpp"

#include "core/sha256.hpp"

namespace kycx::llm {

std::string AnswerCache::key(const std::string& model, const std::string& prompt_label, const std::string& schema_hash,
                             const std::string& text_hash) {
  return sha256_hex(model + '\n' + prompt_label + '\n' + schema_hash + '\n' + text_hash);
}

std::optional<Json> AnswerCache::get(const std::string& key) {
  std::lock_guard lock(mutex_);
  const auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  order_.splice(order_.begin(), order_, it->second);
  return it->second->second;
}

void AnswerCache::put(const std::string& key, Json answer) {
  if (capacity_ == 0) return;
  std::lock_guard lock(mutex_);
  if (const auto it = index_.find(key); it != index_.end()) {
    it->second->second = std::move(answer);
    order_.splice(order_.begin(), order_, it->second);
    return;
  }
  order_.emplace_front(key, std::move(answer));
  index_[key] = order_.begin();
  if (order_.size() > capacity_) {
    index_.erase(order_.back().first);
    order_.pop_back();
  }
}

size_t AnswerCache::size() const {
  std::lock_guard lock(mutex_);
  return order_.size();
}

}  // namespace kycx::llm
