#include "llm/prompt_template.hpp"

#include <cstdlib>
#include <optional>
#include <span>

#include "core/embedded_file.hpp"

namespace kycx::llm {

std::span<const EmbeddedFile> embedded_prompts();  // generated from prompts/*.prompt

namespace {

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

long version_number(const std::string& version) {
  char* end = nullptr;
  const long n = std::strtol(version.c_str(), &end, 10);
  return end == version.c_str() ? 0 : n;
}

}  // namespace

std::string fill_slots(std::string_view text, const std::map<std::string, std::string>& values) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find("{{", pos);
    if (open == std::string_view::npos) break;
    const size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    const auto it = values.find(std::string(text.substr(open + 2, close - open - 2)));
    if (it != values.end()) out += it->second;
    pos = close + 2;
  }
  out.append(text.substr(pos));
  return out;
}

Result<PromptTemplate> PromptTemplate::parse(std::string_view text, std::string_view origin) {
  PromptTemplate p;
  const size_t system_at = text.find("=== system\n");
  const size_t user_at = text.find("=== user\n");
  if (system_at == std::string_view::npos || user_at == std::string_view::npos || user_at < system_at) {
    return fail(ErrorCode::kInvalidArgument, "prompt " + std::string(origin) + " needs '=== system' then '=== user'");
  }
  std::string_view header = text.substr(0, system_at);
  while (!header.empty()) {
    const size_t eol = header.find('\n');
    const std::string_view line = header.substr(0, eol);
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      const std::string key = trim(line.substr(0, colon));
      if (key == "id") p.id_ = trim(line.substr(colon + 1));
      if (key == "version") p.version_ = trim(line.substr(colon + 1));
    }
    if (eol == std::string_view::npos) break;
    header.remove_prefix(eol + 1);
  }
  if (p.id_.empty() || p.version_.empty()) {
    return fail(ErrorCode::kInvalidArgument, "prompt " + std::string(origin) + " needs 'id:' and 'version:' lines");
  }
  const size_t system_start = system_at + std::string_view("=== system\n").size();
  p.system_ = trim(text.substr(system_start, user_at - system_start));
  p.user_ = trim(text.substr(user_at + std::string_view("=== user\n").size()));
  return p;
}

Result<PromptTemplate> PromptTemplate::builtin(std::string_view id) {
  // Several versions of a prompt may ship side by side; the highest is used.
  std::optional<PromptTemplate> best;
  for (const EmbeddedFile& file : embedded_prompts()) {
    auto parsed = parse(file.text, file.name);
    if (!parsed || parsed->id() != id) continue;
    if (!best || version_number(parsed->version()) > version_number(best->version())) best = std::move(*parsed);
  }
  if (!best) return fail(ErrorCode::kNotFound, "no built-in prompt '" + std::string(id) + "'");
  return std::move(*best);
}

std::string PromptTemplate::system(const std::map<std::string, std::string>& values) const {
  return fill_slots(system_, values);
}

std::string PromptTemplate::user(const std::map<std::string, std::string>& values) const {
  return fill_slots(user_, values);
}

}  // namespace kycx::llm
