// The names of the document types kycx reads (contract section 4), as they
// appear in envelopes, schemas and datasets: one spelling for every layer.
// Constants; thread-safe.
#pragma once

#include <string_view>

namespace kycx::document_types {

inline constexpr std::string_view kPassport = "passport";
inline constexpr std::string_view kIdCard = "id_card";
inline constexpr std::string_view kDriversLicense = "drivers_license";
inline constexpr std::string_view kBankStatement = "bank_statement";
inline constexpr std::string_view kPayStub = "pay_stub";
inline constexpr std::string_view kUtilityBill = "utility_bill";
inline constexpr std::string_view kW2 = "w2";
// No supported type fits: the document goes to review.
inline constexpr std::string_view kUnknown = "unknown";

}  // namespace kycx::document_types
