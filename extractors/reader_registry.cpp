#include "extractors/reader_registry.hpp"

#include <array>

#include "core/document_types.hpp"
#include "extractors/forms/pay_stub_reader.hpp"
#include "extractors/forms/tax_form_reader.hpp"
#include "extractors/forms/utility_bill_reader.hpp"
#include "extractors/forms/w2_reader.hpp"
#include "extractors/licence/licence_reader.hpp"
#include "extractors/mrz/mrz_reader.hpp"
#include "extractors/statements/bank_statement_reader.hpp"

namespace kycx::extractors {

std::span<const DocumentReader* const> all_readers() {
  static const mrz::MrzDocumentReader passport(document_types::kPassport);
  static const mrz::MrzDocumentReader id_card(document_types::kIdCard);
  static const licence::LicenceReader licence;
  static const statements::BankStatementReader bank_statement;
  static const forms::PayStubReader pay_stub;
  static const forms::UtilityBillReader utility_bill;
  static const forms::W2Reader w2;
  // The 1099 family: one reader, driven by each type's schema.
  static const forms::TaxFormReader form_1099_int("form_1099_int"), form_1099_div("form_1099_div"),
      form_1099_misc("form_1099_misc"), form_1099_nec("form_1099_nec"), form_1099_g("form_1099_g"),
      form_1099_r("form_1099_r"), ssa_1099("ssa_1099");
  static const std::array<const DocumentReader*, 14> kReaders{
      &passport,      &id_card,       &licence,        &bank_statement, &pay_stub,    &utility_bill, &w2,
      &form_1099_int, &form_1099_div, &form_1099_misc, &form_1099_nec,  &form_1099_g, &form_1099_r,  &ssa_1099};
  return kReaders;
}

const DocumentReader* find_reader(std::string_view document_type) {
  for (const DocumentReader* reader : all_readers()) {
    if (reader->document_type() == document_type) return reader;
  }
  return nullptr;
}

}  // namespace kycx::extractors
