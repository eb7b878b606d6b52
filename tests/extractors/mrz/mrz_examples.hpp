// The specimen machine readable zones of ICAO 9303 (the fictitious state
// "UTO"), shared by the MRZ tests. Constants.
#pragma once

#include <string>
#include <vector>

namespace kycx::testing {

inline const std::vector<std::string> kSpecimenTd1 = {
    "I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"};

}  // namespace kycx::testing
