// Replaces numbers the model does not need to see in full (SSNs, card and
// account numbers, document and national id numbers) by placeholders such as
// [SSN_1] before a prompt leaves the process, and maps placeholders in the
// answer back. The mapping lives only in this object. One per document; not
// thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.hpp"

namespace kycx::llm {

class Redactor {
 public:
  // `classes`: the schema's redaction classes (x-kycx.redact: "ssn",
  // "account_number", "document_number", "national_id", ...). SSNs and card
  // numbers are always redacted; an unknown class redacts id-like numbers.
  explicit Redactor(const std::vector<std::string>& classes);

  // One line given as its words; returns the words joined by spaces with
  // sensitive spans replaced. The same number always gets the same placeholder.
  std::string redact_words(const std::vector<std::string>& words);
  // Replaces numbers redacted elsewhere in the document where they appear
  // inside longer text (a passport number inside its MRZ line).
  std::string redact_known(std::string text) const;

  // Placeholders back to the original text, in a string or in every string
  // of a JSON value.
  std::string restore(std::string_view text) const;
  Json restore_values(const Json& value) const;

  size_t size() const { return entries_.size(); }
  // How many numbers of each class were replaced, e.g. {"ssn": 1}.
  std::map<std::string, int> counts() const;

 private:
  struct Entry {
    std::string klass;
    std::string original;
    std::string placeholder;
  };
  const std::string& placeholder_for(const std::string& klass, const std::string& original);

  std::vector<std::string> classes_;  // active, in the order they are tried
  std::vector<Entry> entries_;
};

}  // namespace kycx::llm
