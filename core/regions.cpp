#include "core/regions.hpp"

#include <array>

namespace kycx {

namespace {

// From the AAMVA IIN registry. Alberta also issued cards under 990876.
constexpr std::array<Region, 70> kRegions{{
    {"AL", "USA", "636033"}, {"AK", "USA", "636059"}, {"AZ", "USA", "636026"}, {"AR", "USA", "636021"},
    {"CA", "USA", "636014"}, {"CO", "USA", "636020"}, {"CT", "USA", "636006"}, {"DE", "USA", "636011"},
    {"DC", "USA", "636043"}, {"FL", "USA", "636010"}, {"GA", "USA", "636055"}, {"HI", "USA", "636047"},
    {"ID", "USA", "636050"}, {"IL", "USA", "636035"}, {"IN", "USA", "636037"}, {"IA", "USA", "636018"},
    {"KS", "USA", "636022"}, {"KY", "USA", "636046"}, {"LA", "USA", "636007"}, {"ME", "USA", "636041"},
    {"MD", "USA", "636003"}, {"MA", "USA", "636002"}, {"MI", "USA", "636032"}, {"MN", "USA", "636038"},
    {"MS", "USA", "636051"}, {"MO", "USA", "636030"}, {"MT", "USA", "636008"}, {"NE", "USA", "636054"},
    {"NV", "USA", "636049"}, {"NH", "USA", "636039"}, {"NJ", "USA", "636036"}, {"NM", "USA", "636009"},
    {"NY", "USA", "636001"}, {"NC", "USA", "636004"}, {"ND", "USA", "636034"}, {"OH", "USA", "636023"},
    {"OK", "USA", "636058"}, {"OR", "USA", "636029"}, {"PA", "USA", "636025"}, {"RI", "USA", "636052"},
    {"SC", "USA", "636005"}, {"SD", "USA", "636042"}, {"TN", "USA", "636053"}, {"TX", "USA", "636015"},
    {"UT", "USA", "636040"}, {"VT", "USA", "636024"}, {"VA", "USA", "636000"}, {"WA", "USA", "636045"},
    {"WV", "USA", "636061"}, {"WI", "USA", "636031"}, {"WY", "USA", "636060"}, {"GU", "USA", "636019"},
    {"PR", "USA", "604431"}, {"VI", "USA", "636062"}, {"AS", "USA", "604427"}, {"MP", "USA", "604430"},
    {"AB", "CAN", "604432"}, {"AB", "CAN", "990876"}, {"BC", "CAN", "636028"}, {"MB", "CAN", "636048"},
    {"NB", "CAN", "636017"}, {"NL", "CAN", "636016"}, {"NS", "CAN", "636013"}, {"NT", "CAN", "604434"},
    {"NU", "CAN", "604433"}, {"ON", "CAN", "636012"}, {"PE", "CAN", "604426"}, {"QC", "CAN", "604428"},
    {"SK", "CAN", "636044"}, {"YT", "CAN", "604429"},
}};

}  // namespace

const Region* region_by_code(std::string_view code) {
  for (const Region& r : kRegions) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

const Region* region_by_iin(std::string_view iin) {
  for (const Region& r : kRegions) {
    if (r.iin == iin) return &r;
  }
  return nullptr;
}

bool is_us_state_code(std::string_view code) {
  const Region* r = region_by_code(code);
  return r != nullptr && r->country == "USA";
}

bool is_canadian_province_code(std::string_view code) {
  const Region* r = region_by_code(code);
  return r != nullptr && r->country == "CAN";
}

}  // namespace kycx
