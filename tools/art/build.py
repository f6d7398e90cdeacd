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
from .figure import Char, face_anchor, layers
from .poses import POSES
from .svg import Doc

EXTRAS = ["tears", "blush", "sweat"]
ORDER = ["back", "body", "face", "extras", "front", "mark"]
FLAT = (480, 660)


def png_rgba(surf: pygame.Surface) -> bytes:
    """An 8-bit RGBA PNG, rows unfiltered, zlib level 9: the same bytes for the same pixels, and about a
    quarter smaller than resvg's or pygame's own files for these mostly transparent layers."""
    w, h = surf.get_size()
    raw = pygame.image.tobytes(surf, "RGBA")
    rows = b"".join(b"\x00" + raw[y * w * 4:(y + 1) * w * 4] for y in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def raster(doc: Doc, centre_x: float | None = None) -> bytes:
    """PNG bytes of a layer. ``centre_x``: make the drawn part's bounding box centred on that x (a fixed
    layer: the engine mirrors a fixed layer's box about the canvas, so a box centred on the face anchor,
    itself on the canvas's middle, stays over the head) by two 2x2 marks of alpha 4 (invisible)."""
    surf = pygame.image.load(io.BytesIO(doc.png()), "x.png")
    if centre_x is not None:
        box = surf.get_bounding_rect()
        if box.width:
            ext = max(centre_x - box.left, box.right - centre_x)
            y = box.top - box.top % 2
            for x in (centre_x - ext, centre_x + ext - 2):
                x = int(x) - int(x) % 2
                if 0 <= x <= surf.get_width() - 2:
                    surf.fill((0, 0, 0, 4), (x, y, 2, 2))
    return png_rgba(surf)


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
                files[f"poses/{p.name}/{name}.png"] = raster(doc, fx if name in c.fixed else None)
        foot = p.foot or (sk.canvas(sk.o)[0] if not p.turn else p.size[0] / 2, p.size[1])
        poses[p.name] = {"text": p.text, "size": list(p.size), "foot": [round(foot[0]), round(foot[1])],
                         "face": [round(fx), round(fy)], "face_angle": round(ang, 1) + 0.0, "face_visible": p.face_visible}
        if p.scale != 1.0:
            poses[p.name]["scale"] = p.scale
    for e in c.expressions:
        files[f"faces/{e}.png"] = raster(FC.face(c.style, e))
    for x in EXTRAS:
        files[f"extras/{x}.png"] = raster(FC.extra(c.style, x))
    manifest = {"version": 1, "scale": 0.5, "default_pose": POSES[c.key][0].name, "order": ORDER, "fixed": c.fixed,
                "facing": "left", "face_size": list(FC.FACE), "expressions": c.expressions, "extras": EXTRAS, "poses": poses}
    return {"files": files, "manifest": manifest}


def compose(get, manifest: dict, pose: str, expr: str, extras: tuple[str, ...] = (), mirror: bool = False) -> pygame.Surface:
    """One picture from the layers, as the engine draws it: ``get(relative path)`` gives a Surface or None.
    Fixed layers are not mirrored; they are moved so that their face anchor lands on the mirrored one."""
    p = manifest["poses"][pose]
    w, h = p["size"]
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    fx, fy = p["face"]
    mfx = w - fx if mirror else fx
    for name in manifest["order"]:
        fixed = name in manifest["fixed"]
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
                cache[rel] = pygame.image.load(io.BytesIO(built["files"][rel]), "x.png")
            return cache[rel]
        for e in c.expressions:   # the flat files the game reads until the layered loader lands
            full = compose(get, man, man["default_pose"], e)
            flat = pygame.transform.smoothscale(full, FLAT) if full.get_size() == (FLAT[0] * 2, FLAT[1] * 2) else full
            write_png(d / f"{e}.png", png_rgba(flat))
        print(f"sprites {key}: {len(built['files'])} layers, {len(man['poses'])} poses")
