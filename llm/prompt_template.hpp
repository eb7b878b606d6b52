// Versioned prompt files (prompts/*.prompt, compiled in): an id, a version and
// the system and user messages with {{name}} slots. Immutable after loading;
// share freely between threads.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kycx::llm {

class PromptTemplate {
 public:
  // Parses "id: x\nversion: n\n=== system\n...\n=== user\n...".
  static Result<PromptTemplate> parse(std::string_view text, std::string_view origin);
  // The compiled-in prompt with this id (e.g. "extract_fields").
  static Result<PromptTemplate> builtin(std::string_view id);

  const std::string& id() const { return id_; }
  const std::string& version() const { return version_; }
  std::string label() const { return id_ + "@" + version_; }

  // Fills every {{name}} slot; a slot without a value becomes empty.
  std::string system(const std::map<std::string, std::string>& values) const;
  std::string user(const std::map<std::string, std::string>& values) const;

 private:
  std::string id_;
  std::string version_;
  std::string system_;
  std::string user_;
};

// Replaces each {{name}} in `text` by values[name], in one pass (values are
// never scanned for slots again, so document text cannot inject a slot).
std::string fill_slots(std::string_view text, const std::map<std::string, std::string>& values);

}  // namespace kycx::llm
