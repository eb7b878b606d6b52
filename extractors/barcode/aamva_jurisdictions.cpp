#include "extractors/barcode/aamva_jurisdictions.hpp"

#include <array>

namespace kycx::extractors {

namespace {

// From the AAMVA IIN registry. Alberta also issued cards under 990876.
constexpr std::array<AamvaJurisdiction, 70> kJurisdictions{{
    {"636033", "AL", "USA"}, {"636059", "AK", "USA"}, {"636026", "AZ", "USA"}, {"636021", "AR", "USA"},
    {"636014", "CA", "USA"}, {"636020", "CO", "USA"}, {"636006", "CT", "USA"}, {"636011", "DE", "USA"},
    {"636043", "DC", "USA"}, {"636010", "FL", "USA"}, {"636055", "GA", "USA"}, {"636047", "HI", "USA"},
    {"636050", "ID", "USA"}, {"636035", "IL", "USA"}, {"636037", "IN", "USA"}, {"636018", "IA", "USA"},
    {"636022", "KS", "USA"}, {"636046", "KY", "USA"}, {"636007", "LA", "USA"}, {"636041", "ME", "USA"},
    {"636003", "MD", "USA"}, {"636002", "MA", "USA"}, {"636032", "MI", "USA"}, {"636038", "MN", "USA"},
    {"636051", "MS", "USA"}, {"636030", "MO", "USA"}, {"636008", "MT", "USA"}, {"636054", "NE", "USA"},
    {"636049", "NV", "USA"}, {"636039", "NH", "USA"}, {"636036", "NJ", "USA"}, {"636009", "NM", "USA"},
    {"636001", "NY", "USA"}, {"636004", "NC", "USA"}, {"636034", "ND", "USA"}, {"636023", "OH", "USA"},
    {"636058", "OK", "USA"}, {"636029", "OR", "USA"}, {"636025", "PA", "USA"}, {"636052", "RI", "USA"},
    {"636005", "SC", "USA"}, {"636042", "SD", "USA"}, {"636053", "TN", "USA"}, {"636015", "TX", "USA"},
    {"636040", "UT", "USA"}, {"636024", "VT", "USA"}, {"636000", "VA", "USA"}, {"636045", "WA", "USA"},
    {"636061", "WV", "USA"}, {"636031", "WI", "USA"}, {"636060", "WY", "USA"}, {"636019", "GU", "USA"},
    {"604431", "PR", "USA"}, {"636062", "VI", "USA"}, {"604427", "AS", "USA"}, {"604430", "MP", "USA"},
    {"604432", "AB", "CAN"}, {"990876", "AB", "CAN"}, {"636028", "BC", "CAN"}, {"636048", "MB", "CAN"},
    {"636017", "NB", "CAN"}, {"636016", "NL", "CAN"}, {"636013", "NS", "CAN"}, {"604434", "NT", "CAN"},
    {"604433", "NU", "CAN"}, {"636012", "ON", "CAN"}, {"604426", "PE", "CAN"}, {"604428", "QC", "CAN"},
    {"636044", "SK", "CAN"}, {"604429", "YT", "CAN"},
}};

}  // namespace

const AamvaJurisdiction* jurisdiction_by_iin(std::string_view iin) {
  for (const auto& j : kJurisdictions) {
    if (j.iin == iin) return &j;
  }
  return nullptr;
}

const AamvaJurisdiction* jurisdiction_by_code(std::string_view code) {
  for (const auto& j : kJurisdictions) {
    if (j.code == code) return &j;
  }
  return nullptr;
}

}  // namespace kycx::extractors
