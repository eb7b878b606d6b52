"""Barcode symbols as module matrices, encoded by the `zint` command line tool.

zint draws at one pixel per module; consecutive identical pixel rows are folded
into one module row, so the caller chooses the printed module and row size."""

import subprocess

import numpy as np
from PIL import Image
import io


def _zint_matrix(args: list[str], data: bytes) -> np.ndarray:
    out = subprocess.run(["zint", "--binary", "-i", "-", "--direct", "--filetype=png", "--scale=0.5",
                          "--noquietzones", "--notext", *args], input=data, capture_output=True, check=True)
    pixels = np.asarray(Image.open(io.BytesIO(out.stdout)).convert("L")) < 128
    keep = [0] + [i for i in range(1, pixels.shape[0]) if not np.array_equal(pixels[i], pixels[i - 1])]
    return pixels[keep]


def pdf417(data: bytes, *, columns: int, ecc: int = 5) -> np.ndarray:
    """PDF417 module matrix (rows x modules, True = bar) of `data`, byte for byte."""
    return _zint_matrix(["--barcode=55", f"--cols={columns}", f"--secure={ecc}"], data)


def code128(data: bytes) -> np.ndarray:
    """Code 128 as a single module row (1 x modules)."""
    return _zint_matrix(["--barcode=20", "--height=1"], data)[:1]
