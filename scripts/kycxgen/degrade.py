"""Scan and phone-photo degradations that keep track of where every mark went.

A Sheet is one output page: pixels plus the mark quadrilaterals in those pixels.
Every geometric step maps the quadrilaterals with the same matrix it applies to
the pixels, so truth boxes stay exact after rotation and perspective. Each step
appends {"name": ..., params} to `sheet.applied`. All randomness comes from the
numpy Generator passed in.
"""

from dataclasses import dataclass, field

import cv2
import numpy as np

cv2.setNumThreads(1)


@dataclass
class Sheet:
    pixels: np.ndarray            # HxWx3 (RGB) or HxW (grey) uint8
    marks: list                   # [(key, corners 4x2 float array, via)]
    dpi: float
    applied: list = field(default_factory=list)
    bitonal: bool = False

    @property
    def size(self) -> tuple[int, int]:
        return self.pixels.shape[1], self.pixels.shape[0]


def box_corners(x0, y0, x1, y1) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float64)


def _map(marks: list, matrix: np.ndarray) -> list:
    """Applies a 2x3 affine or 3x3 projective matrix to every quadrilateral."""
    m = matrix if matrix.shape == (3, 3) else np.vstack([matrix, [0, 0, 1]])
    out = []
    for key, quad, via in marks:
        pts = np.hstack([quad, np.ones((4, 1))]) @ m.T
        out.append((key, pts[:, :2] / pts[:, 2:3], via))
    return out


def normalised_boxes(sheet: Sheet) -> list:
    """(key, [x0, y0, x1, y1] in [0, 1] of the sheet, via): axis-aligned hulls, clipped."""
    w, h = sheet.size
    out = []
    for key, quad, via in sheet.marks:
        x0, y0 = quad.min(axis=0)
        x1, y1 = quad.max(axis=0)
        box = [min(max(x0 / w, 0.0), 1.0), min(max(y0 / h, 0.0), 1.0),
               min(max(x1 / w, 0.0), 1.0), min(max(y1 / h, 0.0), 1.0)]
        out.append((key, [round(v, 5) for v in box], via))
    return out


def to_grey(sheet: Sheet) -> None:
    if sheet.pixels.ndim == 3:
        sheet.pixels = cv2.cvtColor(sheet.pixels, cv2.COLOR_RGB2GRAY)
        sheet.applied.append({"name": "greyscale"})


def rotate(sheet: Sheet, angle: float, fill: int = 255) -> None:
    """Rotates by `angle` degrees (counter-clockwise) about the centre, same frame size."""
    w, h = sheet.size
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    border = (fill, fill, fill) if sheet.pixels.ndim == 3 else fill
    sheet.pixels = cv2.warpAffine(sheet.pixels, m, (w, h), flags=cv2.INTER_LINEAR,
                                  borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    sheet.marks = _map(sheet.marks, m)
    sheet.applied.append({"name": "rotate", "degrees": round(angle, 3)})


def turn(sheet: Sheet, quarter_turns: int) -> None:
    """Turns the page by 90 degrees counter-clockwise `quarter_turns` times."""
    k = quarter_turns % 4
    if not k:
        return
    w, h = sheet.size
    sheet.pixels = np.ascontiguousarray(np.rot90(sheet.pixels, k))
    # Counter-clockwise 90: (x, y) -> (y, w - 1 - x) in the new frame; pixel edges use w.
    m = {1: [[0, 1, 0], [-1, 0, w], [0, 0, 1]],
         2: [[-1, 0, w], [0, -1, h], [0, 0, 1]],
         3: [[0, -1, h], [1, 0, 0], [0, 0, 1]]}[k]
    sheet.marks = _map(sheet.marks, np.array(m, dtype=np.float64))
    sheet.applied.append({"name": "turn", "degrees": 90 * k})


def blur(sheet: Sheet, sigma: float) -> None:
    sheet.pixels = cv2.GaussianBlur(sheet.pixels, (0, 0), sigma)
    sheet.applied.append({"name": "blur", "sigma_px": round(sigma, 3)})


def noise(sheet: Sheet, sigma: float, rng: np.random.Generator) -> None:
    grain = rng.normal(0.0, sigma, sheet.pixels.shape[:2]).astype(np.float32)
    if sheet.pixels.ndim == 3:
        grain = grain[:, :, None]
    sheet.pixels = np.clip(sheet.pixels.astype(np.float32) + grain, 0, 255).astype(np.uint8)
    sheet.applied.append({"name": "gaussian_noise", "sigma": round(sigma, 3)})


def lighting(sheet: Sheet, strength: float, rng: np.random.Generator) -> None:
    """Uneven illumination: a linear gradient that darkens one side by `strength`."""
    w, h = sheet.size
    angle = rng.uniform(0, 2 * np.pi)
    xs = np.linspace(-0.5, 0.5, w, dtype=np.float32)[None, :]
    ys = np.linspace(-0.5, 0.5, h, dtype=np.float32)[:, None]
    ramp = np.cos(angle) * xs + np.sin(angle) * ys
    gain = 1.0 - strength * (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1e-6)
    if sheet.pixels.ndim == 3:
        gain = gain[:, :, None]
    sheet.pixels = np.clip(sheet.pixels.astype(np.float32) * gain, 0, 255).astype(np.uint8)
    sheet.applied.append({"name": "uneven_lighting", "strength": round(strength, 3),
                          "direction_degrees": round(float(np.degrees(angle)), 1)})


def contrast(sheet: Sheet, black: int, white: int) -> None:
    """Maps 0..255 to black..white (a washed-out scan)."""
    lut = np.linspace(black, white, 256).round().astype(np.uint8)
    sheet.pixels = cv2.LUT(sheet.pixels, lut)
    sheet.applied.append({"name": "contrast_loss", "black": black, "white": white})


def jpeg_artifacts(sheet: Sheet, quality: int) -> None:
    """Round-trips through JPEG at `quality` (artefacts baked into a lossless output)."""
    px = sheet.pixels if sheet.pixels.ndim == 2 else cv2.cvtColor(sheet.pixels, cv2.COLOR_RGB2BGR)
    ok, data = cv2.imencode(".jpg", px, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    flag = cv2.IMREAD_GRAYSCALE if sheet.pixels.ndim == 2 else cv2.IMREAD_COLOR
    out = cv2.imdecode(data, flag)
    sheet.pixels = out if out.ndim == 2 else cv2.cvtColor(out, cv2.COLOR_BGR2RGB)
    sheet.applied.append({"name": "jpeg_artifacts", "quality": quality})


def binarise(sheet: Sheet, threshold: int) -> None:
    """Black and white at `threshold` (fax-like scans, group 4 TIFF)."""
    to_grey(sheet)
    sheet.pixels = np.where(sheet.pixels >= threshold, 255, 0).astype(np.uint8)
    sheet.bitonal = True
    sheet.applied.append({"name": "binarise", "threshold": threshold})


def scan(sheet: Sheet, rng: np.random.Generator, *, grey: bool, bitonal: bool, allow_turn: bool,
         jpeg_later: bool, noise_ok: bool = True) -> None:
    """A flatbed or sheet-fed scan: a random selection of the steps above.
    `noise_ok` False skips sensor noise (it would bloat a lossless grey PNG)."""
    if grey or bitonal:
        to_grey(sheet)
    if rng.random() < 0.8:
        angle = float(rng.uniform(0.5, 4.0)) * (1 if rng.random() < 0.5 else -1)
        rotate(sheet, angle, fill=int(rng.integers(235, 256)))
    if rng.random() < 0.6:
        blur(sheet, float(rng.uniform(0.4, 1.1)) * sheet.dpi / 300.0)
    if not bitonal and rng.random() < 0.5:
        lighting(sheet, float(rng.uniform(0.05, 0.2)), rng)
    if not bitonal and rng.random() < 0.5:
        contrast(sheet, int(rng.integers(20, 70)), int(rng.integers(225, 250)))
    if noise_ok and rng.random() < 0.7:
        noise(sheet, float(rng.uniform(1.5, 5.0)), rng)
    if bitonal:
        binarise(sheet, int(rng.integers(150, 190)))
    elif not jpeg_later and rng.random() < 0.3:
        jpeg_artifacts(sheet, int(rng.integers(35, 70)))
    if allow_turn and rng.random() < 0.15:
        turn(sheet, int(rng.integers(1, 4)))


def background_texture(rng: np.random.Generator, w: int, h: int) -> tuple[np.ndarray, str]:
    """A table-top: wood-like streaks, a coloured cloth or a speckled desk."""
    kind = ["wood", "cloth", "desk"][int(rng.integers(0, 3))]
    base = rng.integers(60, 200, size=3).astype(np.float32)
    low = cv2.resize(rng.normal(0, 1, (max(2, h // 40), max(2, w // 40))).astype(np.float32), (w, h),
                     interpolation=cv2.INTER_CUBIC)
    if kind == "wood":
        ys = np.arange(h, dtype=np.float32)[:, None]
        streak = np.sin(ys / rng.uniform(4, 12) + 3 * low) * 18
        field = streak + low * 10
        base = np.array([150, 105, 65], np.float32) + rng.uniform(-30, 30, 3).astype(np.float32)
    elif kind == "cloth":
        xs, ys = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
        field = (np.sin(xs / 2.2) * np.sin(ys / 2.2)) * 12 + low * 12
    else:
        field = rng.normal(0, 14, (h, w)).astype(np.float32) + low * 8
    img = np.clip(base[None, None, :] + field[:, :, None], 0, 255).astype(np.uint8)
    return img, kind


def phone_photo(sheet: Sheet, rng: np.random.Generator, *, frame_width: int = 1200,
                warp: bool = True, fill: tuple = (0.68, 0.82), max_angle: float = 8.0,
                jitter: float = 0.07) -> Sheet:
    """The sheet (a card or a set of cards) photographed on a table: perspective,
    a textured background, mild blur, lighting and sensor noise."""
    src = sheet.pixels if sheet.pixels.ndim == 3 else cv2.cvtColor(sheet.pixels, cv2.COLOR_GRAY2RGB)
    sw, sh = sheet.size
    portrait = sh > sw * 1.1
    fw = frame_width
    fh = int(fw * (4 / 3 if portrait else 3 / 4))
    background, kind = background_texture(rng, fw, fh)
    scale = fw * rng.uniform(*fill) / sw
    cw, ch = sw * scale, sh * scale
    cx, cy = fw / 2 + rng.uniform(-0.05, 0.05) * fw, fh / 2 + rng.uniform(-0.05, 0.05) * fh
    dst = np.array([[cx - cw / 2, cy - ch / 2], [cx + cw / 2, cy - ch / 2],
                    [cx + cw / 2, cy + ch / 2], [cx - cw / 2, cy + ch / 2]], np.float64)
    applied = [{"name": "phone_photo", "background": kind, "frame": [fw, fh]}]
    if warp:
        offsets = rng.uniform(-jitter, jitter, (4, 2)) * np.array([cw, ch])
        angle = np.radians(rng.uniform(-max_angle, max_angle))
        rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
        dst = (dst - [cx, cy]) @ rot.T + [cx, cy] + offsets
        applied.append({"name": "perspective", "corners": [[round(float(v), 1) for v in p] for p in dst]})
    src_quad = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    m = cv2.getPerspectiveTransform(src_quad, dst.astype(np.float32))
    warped = cv2.warpPerspective(src, m, (fw, fh), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((sh, sw), 255, np.uint8), m, (fw, fh), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(cv2.warpPerspective(np.full((sh, sw), 255, np.uint8), m, (fw, fh)), (0, 0), 12)
    shadow = np.roll(shadow, (6, 6), axis=(0, 1)).astype(np.float32) / 255.0
    bg = background.astype(np.float32) * (1 - 0.45 * shadow[:, :, None])
    alpha = mask.astype(np.float32)[:, :, None] / 255.0
    out = Sheet(np.clip(warped * alpha + bg * (1 - alpha), 0, 255).astype(np.uint8),
                _map(sheet.marks, m), sheet.dpi * scale, sheet.applied + applied)
    if warp:
        lighting(out, float(rng.uniform(0.08, 0.25)), rng)
        blur(out, float(rng.uniform(0.5, 1.2)))
        noise(out, float(rng.uniform(2.0, 6.0)), rng)
    return out
