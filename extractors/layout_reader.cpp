#include "extractors/layout_reader.hpp"

#include "extractors/bank_statement_reader.hpp"
#include "extractors/pay_stub_reader.hpp"
#include "extractors/utility_bill_reader.hpp"
#include "extractors/w2_reader.hpp"

namespace kycx::extractors {

std::optional<Extraction> read_layout_document(std::string_view document_type, const ExtractContext& context) {
  if (document_type == "bank_statement") return read_bank_statement(context);
  if (document_type == "pay_stub") return read_pay_stub(context);
  if (document_type == "utility_bill") return read_utility_bill(context);
  if (document_type == "w2") return read_w2(context);
  return std::nullopt;
}

}  // namespace kycx::extractors
