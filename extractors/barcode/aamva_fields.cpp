#include "extractors/barcode/aamva_fields.hpp"

#include <cctype>
#include <optional>

#include "core/ascii.hpp"
#include "core/regions.hpp"
#include "core/value_format.hpp"
#include "extractors/barcode/aamva_values.hpp"

namespace kycx::extractors::barcode {

namespace {

bool is_code(std::string_view s) {
  return s.size() == 2 && std::isupper(static_cast<unsigned char>(s[0])) &&
         std::isupper(static_cast<unsigned char>(s[1]));
}

class FieldFiller {
 public:
  explicit FieldFiller(AamvaRecord& r) : r_(r) {}

  void run() {
    decide_jurisdiction();
    names();
    dates();
    address();
    document_number();
    sex();
  }

 private:
  // The first of `ids` the record has with a value that is not a placeholder.
  std::optional<std::pair<std::string, std::string>> first_of(std::initializer_list<std::string_view> ids) const {
    for (auto id : ids) {
      const std::string* v = r_.element(id);
      if (v && !is_placeholder(*v)) return std::make_pair(std::string(id), *v);
    }
    return std::nullopt;
  }

  void set(const std::string& name, std::string value, std::string raw, std::vector<std::string> elements) {
    r_.fields[name] = AamvaValue{std::move(value), std::move(raw), std::move(elements)};
  }

  void problem(std::string rule, std::string field, std::string message, bool review = true) {
    r_.problems.push_back(AamvaProblem{std::move(rule), std::move(field), std::move(message), review});
  }

  void decide_jurisdiction() {
    const Region* by_iin = region_by_iin(r_.header.iin);
    const std::string dcg = r_.element("DCG") ? ascii_upper(collapse_spaces(*r_.element("DCG"))) : "";
    const std::string daj = r_.element("DAJ") ? ascii_upper(collapse_spaces(*r_.element("DAJ"))) : "";
    if (r_.header.aamva_version < 1 || r_.header.aamva_version > 10) {
      problem("aamva.header", "", "AAMVA version outside 1-10", false);
    }
    if (dcg == "USA" || dcg == "CAN") {
      r_.country = dcg;
      if (by_iin && by_iin->country != dcg) {
        problem("aamva.country", "", "country (DCG) differs from the issuer identification number's country");
      }
    } else if (by_iin) {
      r_.country = std::string(by_iin->country);
    } else if (const Region* by_state = region_by_code(daj)) {
      r_.country = std::string(by_state->country);
    }
    if (by_iin) {
      r_.jurisdiction = std::string(by_iin->code);
      set("issuing_jurisdiction", r_.jurisdiction, r_.header.iin, {"IIN"});
    } else if (is_code(daj)) {
      r_.jurisdiction = daj;
      set("issuing_jurisdiction", daj, daj, {"DAJ"});
      problem("aamva.iin", "issuing_jurisdiction",
              "issuer identification number not in the AAMVA table; jurisdiction taken from the address state");
    }
  }

  void names() {
    std::optional<std::pair<std::string, std::string>> full;
    if (auto s = first_of({"DCS", "DAB"})) {
      set("surname", collapse_spaces(s->second), s->second, {s->first});
    } else if ((full = first_of({"DAA"}))) {
      split_full_name(full->second);
    }
    if (auto first = first_of({"DAC"})) {
      std::string given = first->second;
      std::string raw = first->second;
      std::vector<std::string> ids{"DAC"};
      if (auto middle = first_of({"DAD"})) {
        given.append(" ").append(middle->second);
        raw.append(" ").append(middle->second);
        ids.emplace_back("DAD");
      }
      set("given_names", collapse_spaces(given, true), raw, ids);
    } else if (auto dct = first_of({"DCT"})) {
      set("given_names", collapse_spaces(dct->second, true), dct->second, {"DCT"});
    } else if (!full && (full = first_of({"DAA"}))) {
      split_full_name(full->second);
    }
    if (r_.element("DDE") && collapse_spaces(*r_.element("DDE")) == "T") {
      problem("aamva.truncation", "surname", "the barcode marks the family name as truncated");
    }
    for (auto id : {"DDF", "DDG"}) {
      if (r_.element(id) && collapse_spaces(*r_.element(id)) == "T") {
        problem("aamva.truncation", "given_names", "the barcode marks a given name as truncated");
      }
    }
  }

  // Version 1's DAA: "LAST,FIRST,MIDDLE" or "LAST$FIRST$MIDDLE".
  void split_full_name(const std::string& daa) {
    const char sep = daa.find('$') != std::string::npos ? '$' : (daa.find(',') != std::string::npos ? ',' : ' ');
    const size_t cut = daa.find(sep);
    if (sep == ' ') problem("aamva.name", "surname", "full name (DAA) has no separator between its parts");
    if (!r_.field("surname")) set("surname", collapse_spaces(daa.substr(0, cut)), daa, {"DAA"});
    if (cut == std::string::npos) return;
    std::string rest = daa.substr(cut + 1);
    for (char& c : rest) c = c == sep ? ' ' : c;
    if (!r_.field("given_names") && !collapse_spaces(rest, true).empty()) {
      set("given_names", collapse_spaces(rest, true), daa, {"DAA"});
    }
  }

  void dates() {
    const bool canada = r_.country == "CAN";
    const bool version1 = r_.header.aamva_version == 1;
    const AamvaDateOrder order = canada || version1 ? AamvaDateOrder::kYearMonthDay : AamvaDateOrder::kMonthDayYear;
    const bool order_known = !r_.country.empty() && !version1;
    struct Spec {
      const char* id;
      const char* field;
    };
    for (const Spec spec :
         {Spec{"DBB", "date_of_birth"}, Spec{"DBD", "date_of_issue"}, Spec{"DBA", "date_of_expiry"}}) {
      const std::string* raw = r_.element(spec.id);
      if (!raw || raw->empty()) continue;
      const std::string rule = std::string("aamva.date.") + spec.field;
      auto date = parse_aamva_date(*raw, order);
      if (!date) {
        problem(rule, spec.field, std::string(spec.id) + " is not a date in MMDDCCYY or CCYYMMDD order");
        continue;
      }
      if (date->other_order && order_known) {
        problem("aamva.date_order", spec.field, std::string(spec.id) + " is not in its country's date order", false);
      }
      set(spec.field, format_date(date->date), *raw, {spec.id});
    }
    const AamvaValue* dob = r_.field("date_of_birth");
    const AamvaValue* iss = r_.field("date_of_issue");
    const AamvaValue* exp = r_.field("date_of_expiry");
    // Canonical dates compare correctly as strings.
    if (dob && iss && !(dob->value < iss->value)) {
      problem("aamva.date_sequence", "date_of_issue", "issue date is not after the birth date");
    }
    if (iss && exp && !(iss->value < exp->value)) {
      problem("aamva.date_sequence", "date_of_expiry", "expiry date is not after the issue date");
    }
    if (dob && exp && !(dob->value < exp->value)) {
      problem("aamva.date_sequence", "date_of_birth", "birth date is not before the expiry date");
    }
  }

  void address() {
    auto street1 = first_of({"DAG", "DAL"});
    if (street1) {
      std::string street = street1->second;
      std::vector<std::string> ids{street1->first};
      if (auto street2 = first_of({street1->first == "DAG" ? "DAH" : "DAM"})) {
        street.append(" ").append(street2->second);
        ids.push_back(street2->first);
      }
      set("address_street", collapse_spaces(street), street, ids);
    }
    if (auto city = first_of({"DAI", "DAN"}))
      set("address_city", collapse_spaces(city->second), city->second, {city->first});
    if (auto state = first_of({"DAJ", "DAO"})) {
      const std::string code = ascii_upper(collapse_spaces(state->second));
      if (is_code(code)) {
        set("address_state", code, state->second, {state->first});
      } else {
        problem("aamva.address_state", "address_state", state->first + " is not a two-letter code");
      }
    }
    if (auto postal = first_of({"DAK", "DAP"})) {
      if (auto code = canonical_postal_code(postal->second)) {
        set("address_postal_code", *code, postal->second, {postal->first});
      } else {
        problem("aamva.postal_code", "address_postal_code",
                postal->first + " is neither a ZIP nor a Canadian postal code");
      }
    }
  }

  void document_number() {
    auto daq = first_of({"DAQ"});
    if (!daq) return;
    std::string number;
    for (char c : ascii_upper(daq->second)) {
      if (c != ' ') number.push_back(c);
    }
    bool ok = !number.empty() && number.size() <= 25;
    for (char c : number) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '-');
    if (!ok) problem("aamva.document_number", "document_number", "DAQ holds characters a licence number cannot");
    set("document_number", number, daq->second, {"DAQ"});
  }

  void sex() {
    auto dbc = first_of({"DBC"});
    if (!dbc) return;
    if (auto code = canonical_sex(dbc->second)) {
      set("sex", *code, dbc->second, {"DBC"});
    } else {
      problem("aamva.sex", "sex", "DBC is not a known sex code");
    }
  }

  AamvaRecord& r_;
};

}  // namespace

void fill_aamva_fields(AamvaRecord& record) {
  FieldFiller(record).run();
}

}  // namespace kycx::extractors::barcode
