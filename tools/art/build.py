"""Writes the layered sprite sets: ``assets/sprites/<set>/sprite.yaml``, ``poses/<pose>/<layer>.png``,
``faces/<expression>.png``, ``extras/<extra>.png``, and (while the game still reads them) the flat
``<expression>.png`` files: the default pose with each face, at stage scale (480 x 660).

Deterministic: the SVG text is a pure function of the cast and pose tables, resvg renders it the same
way every run, and PNGs are written by one encoder with fixed settings."""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pygame

from . import faces as FC
from .cast import CAST
from .char import Char
from .figure import face_anchor, layers
from .poses import POSES
from .svg import Doc

EXTRAS = ["tears", "blush", "sweat"]
ORDER = ["back", "body", "face", "extras", "front", "mark"]
FLAT = (480, 660)


GRID = 20  # a trimmed layer's box starts on this grid: whole pixels at the scales shots use (0.5, 0.7, 0.25)


def png_rgba(surf: pygame.Surface, offset: tuple[int, int] | None = None) -> bytes:
    """An 8-bit RGBA PNG, rows unfiltered, zlib level 9: the same bytes for the same pixels, and about a
    quarter smaller than resvg's or pygame's own files for these mostly transparent layers. `offset`: the
    picture's place on its canvas, written as PNG's standard oFFs chunk (pixels)."""
    w, h = surf.get_size()
    raw = pygame.image.tobytes(surf, "RGBA")
    rows = b"".join(b"\x00" + raw[y * w * 4:(y + 1) * w * 4] for y in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    offs = chunk(b"oFFs", struct.pack(">iiB", offset[0], offset[1], 0)) if offset is not None else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) + offs
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def trimmed(surf: pygame.Surface) -> bytes:
    """A pose layer cut to what it draws (its box widened to the grid), with its place on the canvas: the
    engine then decodes a fifth of the pixels a full canvas has, and never searches for the drawn part."""
    box = surf.get_bounding_rect()
    if not box.width:
        box = pygame.Rect(0, 0, 1, 1)
    left, top = box.x - box.x % GRID, box.y - box.y % GRID
    right = min(surf.get_width(), -(-box.right // GRID) * GRID)
    bottom = min(surf.get_height(), -(-box.bottom // GRID) * GRID)
    box = pygame.Rect(left, top, right - left, bottom - top)
    return png_rgba(surf.subsurface(box).copy(), box.topleft)


def raster(doc: Doc, trim: bool = False) -> bytes:
    """PNG bytes of a layer: trimmed (a pose layer on its canvas) or whole (a face, an extra)."""
    surf = pygame.image.load(io.BytesIO(doc.png()), "x.png")
    return trimmed(surf) if trim else png_rgba(surf)


def canvas_layer(data: bytes, size: tuple[int, int]) -> pygame.Surface:
    """A pose layer's PNG bytes back on its whole canvas (for the flat files and the sheets)."""
    from game import pngheader

    image = pygame.image.load(io.BytesIO(data), "x.png")
    out = pygame.Surface(size, pygame.SRCALPHA)
    out.blit(image, pngheader.read(data, "layer", max(size))[1] or (0, 0))
    return out


def write_png(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def render_set(c: Char) -> dict:
    """Every layer of one set as PNG bytes, keyed by its path under the set's folder, plus the manifest."""
    files: dict[str, bytes] = {}
    poses = {}
    for p in POSES[c.key]:
        docs, sk = layers(c, p)
        (fx, fy), ang = face_anchor(sk)
        for name, doc in docs.items():
            if doc._body:
                files[f"poses/{p.name}/{name}.png"] = raster(doc, trim=True)
        foot = p.foot or (sk.canvas(sk.o)[0] if not p.turn else p.size[0] / 2, p.size[1])
        poses[p.name] = {"text": p.text, "size": list(p.size), "foot": [round(foot[0]), round(foot[1])],
                         "face": [round(fx), round(fy)], "face_angle": round(ang, 1) + 0.0, "face_visible": p.face_visible}
        if p.scale != 1.0:
            poses[p.name]["scale"] = p.scale
        if p.turn:  # a turned (lying) pose draws its mark with the body (figure.layers): the face mirrors with both
            poses[p.name]["fixed"] = [name for name in c.fixed if name not in ("face", "extras", "mark")]
    for e in c.expressions:
        files[f"faces/{e}.png"] = raster(FC.face(c.style, e))
    extras = [*EXTRAS, *c.own_extras]
    for x in extras:
        files[f"extras/{x}.png"] = raster(FC.extra(c.style, x))
    manifest = {"version": 1, "scale": 0.5, "default_pose": POSES[c.key][0].name, "order": ORDER, "fixed": c.fixed,
                "facing": "left", "face_size": list(FC.FACE), "expressions": c.expressions, "extras": extras, "poses": poses}
    return {"files": files, "manifest": manifest}


def compose(get, manifest: dict, pose: str, expr: str, extras: tuple[str, ...] = (), mirror: bool = False) -> pygame.Surface:
    """One picture from the layers, as the engine draws it: ``get(relative path)`` gives a Surface or None.
    Pose layers come on their whole canvas. Fixed layers are not mirrored; they are moved so that their face
    anchor lands on the mirrored one."""
    p = manifest["poses"][pose]
    w, h = p["size"]
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    fx, fy = p["face"]
    mfx = w - fx if mirror else fx
    for name in manifest["order"]:
        fixed = name in p.get("fixed", manifest["fixed"])
        if name in ("face", "extras"):
            if not p.get("face_visible", True):
                continue
            imgs = [get(f"faces/{expr}.png")] if name == "face" else [get(f"extras/{x}.png") for x in extras]
            for img in imgs:
                if img is None:
                    continue
                if mirror and not fixed:
                    img = pygame.transform.flip(img, True, False)
                ang = p.get("face_angle", 0) * (-1 if mirror and not fixed else 1)
                if ang:
                    img = pygame.transform.rotozoom(img, ang, 1.0)
                out.blit(img, (round(mfx - img.get_width() / 2), round(fy - img.get_height() / 2)))
            continue
        img = get(f"poses/{pose}/{name}.png")
        if img is None:
            continue
        if mirror and not fixed:
            img = pygame.transform.flip(img, True, False)
        out.blit(img, (round(mfx - fx) if mirror and fixed else 0, 0))
    return out


def write_all(root: Path, only: list[str] | None = None) -> None:
    import yaml
    for key, make in CAST.items():
        if only and key not in only:
            continue
        c = make()
        built = render_set(c)
        d = root / key
        for rel, data in built["files"].items():
            write_png(d / rel, data)
        man = built["manifest"]
        text = "# Generated by tools/make_assets.py sprites (tools/art): see docs/assets.md\n" + yaml.safe_dump(
            man, sort_keys=False, default_flow_style=None, width=120)
        if not (d / "sprite.yaml").exists() or (d / "sprite.yaml").read_text() != text:
            (d / "sprite.yaml").write_text(text)
        cache: dict[str, pygame.Surface] = {}

        def get(rel: str) -> pygame.Surface | None:
            if rel not in built["files"]:
                return None
            if rel not in cache:
                data = built["files"][rel]
                cache[rel] = (canvas_layer(data, tuple(man["poses"][rel.split("/")[1]]["size"])) if rel.startswith("poses/")
                              else pygame.image.load(io.BytesIO(data), "x.png"))
            return cache[rel]
        for e in c.expressions:   # the flat files the game reads until the layered loader lands
            full = compose(get, man, man["default_pose"], e)
            flat = pygame.transform.smoothscale(full, FLAT) if full.get_size() == (FLAT[0] * 2, FLAT[1] * 2) else full
            write_png(d / f"{e}.png", png_rgba(flat))
        print(f"sprites {key}: {len(built['files'])} layers, {len(man['poses'])} poses")
