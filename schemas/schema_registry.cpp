#include "schemas/schema_registry.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "schemas/embedded_schemas.hpp"

namespace kycx::schemas {

namespace {

SchemaRegistry load_builtin() {
  return SchemaRegistry::with_folder({}).value();
}

}  // namespace

const SchemaRegistry& SchemaRegistry::builtin() {
  static const SchemaRegistry registry = load_builtin();
  return registry;
}

Result<SchemaRegistry> SchemaRegistry::with_folder(const std::filesystem::path& folder) {
  SchemaRegistry r;
  for (const EmbeddedFile& e : embedded_schemas()) {
    auto s = DocumentSchema::parse(std::string(e.text), std::string(e.name));
    if (!s) throw std::logic_error("built-in schema is broken: " + s.error().message);
    r.schemas_.push_back(std::move(*s));
  }
  if (folder.empty()) return r;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 12 && name.ends_with(".schema.json")) files.push_back(entry.path());
  }
  if (ec)
    return fail(ErrorCode::kInvalidArgument, "cannot read schema folder " + folder.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    auto s = DocumentSchema::parse(text.str(), path.string());
    if (!s) return tl::unexpected(s.error());
    auto same = std::find_if(r.schemas_.begin(), r.schemas_.end(),
                             [&](const DocumentSchema& d) { return d.type() == s->type(); });
    if (same != r.schemas_.end()) {
      *same = std::move(*s);
    } else {
      r.schemas_.push_back(std::move(*s));
    }
  }
  return r;
}

const DocumentSchema* SchemaRegistry::find(std::string_view type) const {
  for (const auto& s : schemas_) {
    if (s.type() == type) return &s;
  }
  return nullptr;
}

std::vector<std::string> SchemaRegistry::types() const {
  std::vector<std::string> out;
  for (const auto& s : schemas_) out.push_back(s.type());
  return out;
}

}  // namespace kycx::schemas
