"""Check-digit algorithms against published examples, MRZ building against the
ICAO 9303 specimens, transliteration, AAMVA encode/decode."""

import datetime as dt
import unittest

import support  # noqa: F401  (puts scripts/ on sys.path)
from kycxgen import aamva, checksums, mrz


class ChecksumTest(unittest.TestCase):
    def test_aba(self):
        self.assertTrue(checksums.aba_is_valid("011000015"))
        self.assertFalse(checksums.aba_is_valid("011000016"))
        self.assertEqual(checksums.aba_check_digit("01100001"), "5")

    def test_iban(self):
        self.assertTrue(checksums.iban_is_valid("GB82WEST12345698765432"))
        self.assertTrue(checksums.iban_is_valid("DE89 3704 0044 0532 0130 00"))
        self.assertFalse(checksums.iban_is_valid("DE89370400440532013001"))
        self.assertEqual(checksums.iban_from_bban("DE", "370400440532013000"), "DE89370400440532013000")

    def test_ssn_and_ein(self):
        self.assertTrue(checksums.ssn_is_valid("123-45-6789"))
        for bad in ("000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000"):
            self.assertFalse(checksums.ssn_is_valid(bad), bad)
        self.assertTrue(checksums.ein_is_valid("12-3456789"))
        self.assertFalse(checksums.ein_is_valid("07-3456789"))


class MrzTest(unittest.TestCase):
    def test_icao_specimens(self):
        d = mrz.MrzData("P<", "UTO", "Eriksson", "Anna María", "L898902C3", "UTO", dt.date(1974, 8, 12), "F",
                        dt.date(2012, 4, 15), "ZE184226B")
        self.assertEqual(mrz.td3(d), ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                      "L898902C36UTO7408122F1204159ZE184226B<<<<<10"])
        d = mrz.MrzData("I<", "UTO", "Eriksson", "Anna María", "D23145890", "UTO", dt.date(1974, 8, 12), "F",
                        dt.date(2012, 4, 15))
        self.assertEqual(mrz.td1(d), ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
                                      "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"])
        self.assertEqual(mrz.td2(d)[1], "D231458907UTO7408122F1204159<<<<<<<6")

    def test_transliteration(self):
        self.assertEqual(mrz.transliterate("Müller-Lüdenscheidt"), "MUELLER<LUEDENSCHEIDT")
        self.assertEqual(mrz.transliterate("Ødegård"), "OEDEGAARD")
        self.assertEqual(mrz.transliterate("O'Brien"), "OBRIEN")
        self.assertEqual(mrz.transliterate("Weiß Zoë José"), "WEISS<ZOE<JOSE")

    def test_names_are_never_truncated(self):
        with self.assertRaises(ValueError):
            mrz.name_field("Wolfeschlegelsteinhausenbergerdorff", "Hubert Blaine", 30)


class AamvaTest(unittest.TestCase):
    def test_round_trip_and_offsets(self):
        sub = aamva.Subfile("DL", (("DAQ", "D1234567"), ("DCS", "SMITH"), ("DAC", "JOHN")))
        z = aamva.Subfile("ZC", (("ZCA", "X"),))
        payload = aamva.encode("636014", 10, 0, [sub, z])
        self.assertTrue(payload.startswith(b"@\n\x1e\rANSI 636014100002DL0041"))
        parsed = aamva.decode(payload)
        self.assertEqual(parsed["subfiles"]["DL"], {"DAQ": "D1234567", "DCS": "SMITH", "DAC": "JOHN"})
        self.assertEqual(parsed["subfiles"]["ZC"], {"ZCA": "X"})

    def test_postal_codes(self):
        self.assertEqual(aamva.postal_field("90223", "USA"), "902230000  ")
        self.assertEqual(aamva.postal_from_field("902230000  ", "USA"), "90223")
        self.assertEqual(aamva.postal_from_field("902231234  ", "USA"), "90223-1234")
        self.assertEqual(aamva.postal_from_field(aamva.postal_field("M5V 2T6", "CAN"), "CAN"), "M5V 2T6")


if __name__ == "__main__":
    unittest.main()
