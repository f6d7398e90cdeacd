"""Sprite sets as data: reads `assets/sprites/<set>/sprite.yaml` (poses, layer order, face anchors)
into a frozen `SpriteSet`, or describes a set without a manifest (flat `<expression>.png` files) as
one `standing` pose. Never imports pygame and never draws: `game.render.sprites` composes from it.

The file contract is `docs/assets.md` ("Layered sprites"). Every problem is a `ManifestError` whose
message names the file and the field, so `vn check` can report it at the manifest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from game import assetpaths, pngheader
from game.story.yamlsource import plain_data

FLAT_POSE = "standing"
FACINGS = ("left", "right")
ART_FACINGS = ("left", "right", "front")
SHARED_LAYERS = ("face", "extras")  # drawn from faces/ and extras/, not from the pose's folder
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
MAX_SIDE = 4096  # art px, a side, for any layer


class ManifestError(ValueError):
    """A sprite set that cannot be used; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class Pose:
    name: str
    text: str
    size: tuple[int, int]  # art px of every poses/<pose>/*.png
    foot: tuple[float, float]  # art px that stands on the stage point
    face: tuple[float, float]  # art px where the centre of the face goes
    face_angle: float = 0.0  # degrees, counter-clockwise
    face_visible: bool = True
    scale: float = 1.0  # multiplies the set's scale: a lying figure is drawn at the place's smaller size
    fixed: tuple[str, ...] | None = None  # this pose's never-mirrored layers, where they differ from the set's


@dataclass(frozen=True, slots=True)
class SpriteSet:
    name: str
    folder: Path
    poses: dict[str, Pose]
    expressions: tuple[str, ...]
    extras: tuple[str, ...] = ()
    default_pose: str = FLAT_POSE
    order: tuple[str, ...] = ("body", "face", "extras")
    fixed: tuple[str, ...] = ()
    facing: str = "front"
    scale: float = 1.0
    face_size: tuple[int, int] = (0, 0)
    flat: bool = False  # no manifest: each expression is one whole picture, `<expression>.png`
    manifest: Path | None = field(default=None, compare=False)

    def layer_path(self, pose: str, layer: str, expression: str) -> Path | None:
        """The file of one layer, or None for a layer this pose does not draw (a missing optional file) and
        for names that would lead out of the set's folder (game.assetpaths, as for every asset)."""
        if self.flat:
            return assetpaths.inside(self.folder, f"{expression}.png") if layer == "body" else None
        if layer == "face":
            return assetpaths.inside(self.folder, f"faces/{expression}.png")
        path = assetpaths.inside(self.folder, f"poses/{pose}/{layer}.png")
        return path if path is not None and (layer == "body" or path.is_file()) else None

    def extra_path(self, extra: str) -> Path | None:
        return assetpaths.inside(self.folder, f"extras/{extra}.png")


def load_set(sprites_dir: Path, name: str) -> SpriteSet:
    """The set `sprites_dir/name`: from its manifest when it has one, else from its flat PNGs."""
    folder = assetpaths.inside(sprites_dir, name)  # a set's name comes from the script: never outside sprites/
    if folder is None or not folder.is_dir():
        raise ManifestError(f"no sprite set '{name}' in assets/sprites")
    manifest = folder / "sprite.yaml"
    if manifest.is_file():
        return _from_manifest(name, folder, manifest)
    return _flat(name, folder)


def png_size(path: Path) -> tuple[int, int]:
    """A PNG's width and height from its header (no decoding); ManifestError if it is not a PNG."""
    try:
        w, h = pngheader.size(path, path.name)
    except pngheader.PngError as exc:
        raise ManifestError(str(exc)) from exc
    if not (0 < w <= MAX_SIDE and 0 < h <= MAX_SIDE):
        raise ManifestError(f"{path.name}: {w}x{h} px; the limit is {MAX_SIDE} px a side")
    return w, h


def _flat(name: str, folder: Path) -> SpriteSet:
    expressions = tuple(sorted(p.stem for p in folder.glob("*.png")))
    size = (0, 0)
    probe = folder / "neutral.png" if "neutral" in expressions else (folder / f"{expressions[0]}.png" if expressions else None)
    if probe is not None:
        try:
            size = png_size(probe)
        except ManifestError:
            size = (0, 0)
    pose = Pose(FLAT_POSE, "standing (a set without a manifest)", size, (size[0] / 2, size[1]), (size[0] / 2, 0))
    return SpriteSet(name, folder, {FLAT_POSE: pose}, expressions, order=("body",), flat=True)


def _from_manifest(name: str, folder: Path, manifest: Path) -> SpriteSet:
    where = f"sprites/{name}/sprite.yaml"
    try:
        data = plain_data(manifest.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ManifestError(f"{where}: cannot be read ({exc})") from exc
    fields = _Fields(data, where)
    poses_raw = fields.get("poses", dict)
    if not poses_raw:
        raise ManifestError(f"{where}: 'poses' lists no pose")
    poses = {pose: _pose(pose, spec, f"{where}: pose '{pose}'") for pose, spec in poses_raw.items()}
    default = fields.name("default_pose", next(iter(poses)))
    if default not in poses:
        raise ManifestError(f"{where}: default_pose '{default}' is not one of the poses ({', '.join(poses)})")
    order = tuple(fields.names("order", ["body", "face", "extras"]))
    if "body" not in order:
        raise ManifestError(f"{where}: 'order' must name the 'body' layer")
    expressions = tuple(fields.names("expressions", sorted(p.stem for p in (folder / "faces").glob("*.png"))))
    facing = fields.name("facing", "front")
    if facing not in ART_FACINGS:
        raise ManifestError(f"{where}: facing '{facing}' should be one of {', '.join(ART_FACINGS)}")
    scale = fields.get("scale", (int, float), 0.5)
    if not 0.05 <= scale <= 4:
        raise ManifestError(f"{where}: scale {scale} is out of range (0.05 to 4)")
    face_size = _pair(fields.get("face_size", list, [0, 0]), f"{where}: face_size")
    return SpriteSet(name, folder, poses, expressions, tuple(fields.names("extras", [])), default, order,
                     tuple(fields.names("fixed", [])), facing, float(scale),
                     (int(face_size[0]), int(face_size[1])), False, manifest)


def _pose(name: Any, spec: Any, where: str) -> Pose:
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise ManifestError(f"{where}: a pose name is lower-case words joined by - or _")
    fields = _Fields(spec, where)
    size = _pair(fields.get("size", list), f"{where}: size")
    foot = _pair(fields.get("foot", list, [size[0] / 2, size[1]]), f"{where}: foot")
    face = _pair(fields.get("face", list), f"{where}: face")
    angle = fields.get("face_angle", (int, float), 0)
    visible = fields.get("face_visible", bool, True)
    scale = fields.get("scale", (int, float), 1.0)
    if not 0.05 <= scale <= 4:
        raise ManifestError(f"{where}: scale {scale} is out of range (0.05 to 4)")
    fixed = tuple(fields.names("fixed", [])) if "fixed" in spec else None
    return Pose(name, str(fields.get("text", str, "")), (int(size[0]), int(size[1])), foot, face, float(angle), visible,
                float(scale), fixed)


def _pair(value: Any, where: str) -> tuple[float, float]:
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and -MAX_SIDE <= v <= MAX_SIDE for v in value)):
        raise ManifestError(f"{where} should be two numbers [x, y]")
    return float(value[0]), float(value[1])


class _Fields:
    """Typed reads from one manifest mapping, each failure naming the field."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise ManifestError(f"{where}: should be a mapping of fields")
        self.data, self.where = data, where

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.data:
            if default is ...:
                raise ManifestError(f"{self.where}: '{key}' is missing")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise ManifestError(f"{self.where}: '{key}' has the wrong type")
        return value

    def name(self, key: str, default: str) -> str:
        value = self.get(key, str, default)
        if not NAME_RE.match(value):
            raise ManifestError(f"{self.where}: '{key}' should be a lower-case name, not '{value}'")
        return value

    def names(self, key: str, default: list[str]) -> list[str]:
        values = self.get(key, list, default)
        for value in values:
            if not isinstance(value, str) or not NAME_RE.match(value):
                raise ManifestError(f"{self.where}: '{key}' should list lower-case names")
        return list(values)
