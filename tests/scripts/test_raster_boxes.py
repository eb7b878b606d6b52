"""Raster documents: every box lies on printed ink (dark pixels inside, lighter
surroundings), also after rotation and perspective."""

import unittest

import numpy as np
from PIL import Image

import support


def page_image(path, page):
    if path.endswith(".pdf"):
        return None
    img = Image.open(path)
    img.seek(page - 1)
    return np.asarray(img.convert("L"), dtype=np.float32)


class RasterBoxTest(unittest.TestCase):
    def test_boxes_contain_ink(self):
        folder = support.corpus("passport,id_card,bank_statement,pay_stub", count=3, formats="png,tiff,photo")
        checked = 0
        for path, truth in support.documents(folder):
            pages = {}
            for name, box in truth["meta"]["boxes"].items():
                if box.get("via") == "barcode":
                    continue
                if box["page"] not in pages:
                    pages[box["page"]] = page_image(path, box["page"])
                img = pages[box["page"]]
                h, w = img.shape
                x0, y0, x1, y1 = box["bbox"]
                crop = img[int(y0 * h):max(int(y1 * h), int(y0 * h) + 1), int(x0 * w):max(int(x1 * w), int(x0 * w) + 1)]
                with self.subTest(path=path, field=name):
                    self.assertLess(crop.min(), np.median(img) - 40, "no ink in the box")
                checked += 1
        self.assertGreater(checked, 50)


if __name__ == "__main__":
    unittest.main()
