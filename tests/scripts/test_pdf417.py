"""The PDF417 on every licence back decodes (with zxing-cpp, independent of zint)
to exactly meta.pdf417_payload, and the payload parses back to the truth."""

import glob
import os
import unittest

import support

try:
    import zxingcpp
except ImportError:  # python3-zxing-cpp not installed
    zxingcpp = None


def decode_pdf417(image):
    # Only PDF417: zxing-cpp 1.4 asserts when it compares multi-line results of mixed formats.
    return [r.bytes for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.PDF417)]


class Pdf417Test(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = support.corpus("drivers_license", count=6, formats="png,tiff", clean=True)
        cls.docs = support.documents(cls.folder)

    def test_payload_parses_to_truth(self):
        for path, truth in self.docs:
            with self.subTest(path=path):
                self.assertEqual(support.dl_problems(truth), [])

    @unittest.skipIf(zxingcpp is None, "python3-zxing-cpp is not installed")
    def test_barcode_decodes_to_payload(self):
        from PIL import Image
        for path, truth in self.docs:
            image = Image.open(path)
            box = truth["meta"]["boxes"]["document_number"]
            if box.get("via") != "barcode":  # front and back: the barcode box is in array-free meta
                box = truth["meta"]["barcode_box"]
            image.seek(box["page"] - 1)
            grey = image.convert("L")
            w, h = grey.size
            x0, y0, x1, y1 = box["bbox"]
            pad = 0.03
            crop = grey.crop((int(max(x0 - pad, 0) * w), int(max(y0 - pad, 0) * h),
                              int(min(x1 + pad, 1) * w), int(min(y1 + pad, 1) * h)))
            # zxing-cpp 1.4's PDF417 detector is sensitive to clutter and scale: try the crop, then the page.
            found = decode_pdf417(crop) or decode_pdf417(grey)
            with self.subTest(path=path):
                self.assertIn(truth["meta"]["pdf417_payload"].encode("ascii"), found)


if __name__ == "__main__":
    unittest.main()
