#include "validators/icao_country_codes.hpp"

#include <algorithm>
#include <array>

namespace kycx::validators {

namespace {

// ISO 3166-1 alpha-3, officially assigned codes (249), sorted.
constexpr std::array<std::string_view, 249> kIso3166Alpha3 = {
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF", "ATG", "AUS", "AUT",
    "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL",
    "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF", "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG",
    "COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM",
    "DZA", "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM", "GAB", "GBR",
    "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM", "GUF", "GUM", "GUY",
    "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
    "JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY",
    "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL",
    "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT", "NAM",
    "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER",
    "PHL", "PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU",
    "SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON",
    "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT", "VEN", "VGB",
    "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
};

// Codes ICAO 9303 Part 3 adds for MRZs. Left out on purpose, because we could
// not confirm them against the standard: ZZZ, XCE, XMP. An unknown code sends
// the field to review, which is the safe side.
constexpr std::string_view kIcaoSpecial[] = {
    "D",    // Germany
    "GBD",  // British Overseas Territories citizen
    "GBN",  // British National (Overseas)
    "GBO",  // British Overseas citizen
    "GBP",  // British protected person
    "GBS",  // British subject
    "UNO",  // United Nations Organization or one of its officials
    "UNA",  // specialised agency of the United Nations or one of its officials
    "UNK",  // resident of Kosovo, document issued by UNMIK
    "RKS",  // Republic of Kosovo
    "EUE",  // European Union
    "XXA",  // stateless person (1954 convention)
    "XXB",  // refugee (1951 convention)
    "XXC",  // refugee, other than under the 1951 convention
    "XXX",  // person of unspecified nationality
    "XBA",  // African Development Bank
    "XIM",  // African Export-Import Bank
    "XCC",  // Caribbean Community (CARICOM)
    "XCO",  // Common Market for Eastern and Southern Africa (COMESA)
    "XDC",  // Southern African Development Community
    "XEC",  // Economic Community of West African States (ECOWAS)
    "XES",  // Organisation of Eastern Caribbean States
    "XOM",  // Sovereign Military Order of Malta
    "XPO",  // INTERPOL
    "UTO",  // Utopia, the fictitious state of ICAO's specimens
};

}  // namespace

bool is_icao_country_code(std::string_view code) {
  if (std::binary_search(kIso3166Alpha3.begin(), kIso3166Alpha3.end(), code)) return true;
  return std::find(std::begin(kIcaoSpecial), std::end(kIcaoSpecial), code) != std::end(kIcaoSpecial);
}

}  // namespace kycx::validators
