"""Contact sheets for eyeballing the generated assets.

Writes ``out/contact-places.png`` (every map rendered from its tile layers via
pytmx, stage points marked), ``out/contact-sprites.png`` and
``out/contact-sprites-<set>.png`` (every layered pose x a few expressions, one
mirrored under the memory grade, and its silhouette as a black shape) and
``out/composite-<place>.png`` (a few sprites over a place at true scale), and
``out/contact-events.png`` (every event illustration as the frame shows it, beside the
same frame in the memory grade the renderer gives remembered scenes).
``out/`` is git-ignored."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytmx  # noqa: E402
import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
OUT = ROOT / "out"
sys.path.insert(0, str(ROOT))
EXPR_ORDER = ["neutral", "smile", "sad", "cry", "surprised", "angry", "sleep", "thinking"]


def render_map(path: Path, mark: bool = True) -> pygame.Surface:
    tm = pytmx.load_pygame(str(path))
    surf = pygame.Surface((tm.width * tm.tilewidth, tm.height * tm.tileheight))
    surf.fill((255, 0, 255))
    for layer in tm.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, img in layer.tiles():
                surf.blit(img, (x * tm.tilewidth, y * tm.tileheight))
    if mark:
        font = pygame.font.Font(None, 26)
        for obj in tm.get_layer_by_name("stage"):
            pygame.draw.circle(surf, (255, 40, 40), (int(obj.x), int(obj.y)), 7)
            pygame.draw.line(surf, (255, 40, 40), (int(obj.x), int(obj.y)), (int(obj.x), int(obj.y) - 40), 2)
            surf.blit(font.render(obj.name, True, (255, 255, 255), (0, 0, 0)), (int(obj.x) + 8, int(obj.y) - 40))
        for obj in tm.get_layer_by_name("light"):
            pygame.draw.ellipse(surf, (255, 230, 0), pygame.Rect(obj.x, obj.y, obj.width, obj.height), 2)
        pygame.draw.line(surf, (0, 200, 255), (0, 520), (1280, 520), 1)
    return surf


def places_sheet() -> None:
    maps = sorted((ASSETS / "maps").glob("*.tmx"))
    cols = 2
    tw, th = 640, 360
    rows = (len(maps) + cols - 1) // cols
    sheet = pygame.Surface((cols * tw, rows * (th + 24)))
    sheet.fill((30, 30, 30))
    font = pygame.font.Font(None, 24)
    for i, p in enumerate(maps):
        img = pygame.transform.smoothscale(render_map(p), (tw, th))
        x, y = (i % cols) * tw, (i // cols) * (th + 24)
        sheet.blit(font.render(p.stem, True, (240, 240, 240)), (x + 6, y + 4))
        sheet.blit(img, (x, y + 24))
    pygame.image.save(sheet, str(OUT / "contact-places.png"))


def layered(set_dir: Path):  # type: ignore[no-untyped-def]
    """(manifest, get) for a layered set on disk; get(relative path) -> Surface or None."""
    import yaml
    from tools.art.build import canvas_layer, compose  # noqa: F401  (the composer the sheets use)
    man = yaml.safe_load((set_dir / "sprite.yaml").read_text())
    cache: dict[str, pygame.Surface | None] = {}

    def get(rel: str) -> pygame.Surface | None:
        if rel not in cache:
            f = set_dir / rel
            if not f.exists():
                cache[rel] = None
            elif rel.startswith("poses/"):  # trimmed layers, placed back on their canvas
                cache[rel] = canvas_layer(f.read_bytes(), tuple(man["poses"][rel.split("/")[1]]["size"])).convert_alpha()
            else:
                cache[rel] = pygame.image.load(str(f)).convert_alpha()
        return cache[rel]
    return man, get


def _row(tiles: list[tuple[str, pygame.Surface]], scale: float, font: pygame.font.Font) -> pygame.Surface:
    from game.render.effects import memory_grade
    h = max(int(t.get_height() * scale) for _, t in tiles) + 22
    row = pygame.Surface((sum(int(t.get_width() * scale) + 6 for _, t in tiles), h))
    row.fill((96, 104, 114))
    x = 0
    for label, t in tiles:
        tw, th = int(t.get_width() * scale), int(t.get_height() * scale)
        cell = pygame.Surface((tw, h - 22))
        cell.fill((150, 156, 164) if "silhouette" not in label else (230, 230, 230))
        cell.blit(pygame.transform.smoothscale(t, (tw, th)), (0, h - 22 - th))
        if "memory" in label:
            cell = memory_grade(cell)
        row.blit(cell, (x, 22))
        row.blit(font.render(label, True, (255, 255, 255)), (x + 2, 3))
        x += tw + 6
    return row


def _stack(rows: list[pygame.Surface], path: Path) -> None:
    sheet = pygame.Surface((max(r.get_width() for r in rows), sum(r.get_height() + 4 for r in rows)))
    sheet.fill((40, 40, 40))
    y = 0
    for r in rows:
        sheet.blit(r, (0, y))
        y += r.get_height() + 4
    pygame.image.save(sheet, str(path))


def sprites_sheet(scale: float = 0.25, exprs: tuple[str, ...] = ("neutral", "smile", "sad", "cry")) -> None:
    """Per set (``out/contact-sprites-<set>.png``): a row per pose with a few expressions, the pose
    mirrored under the memory grade (game/render/effects.memory_grade, the renderer's own), and its
    silhouette as a black shape. ``out/contact-sprites.png``: every pose of every set, neutral."""
    from tools.art.build import compose
    sets = sorted(p for p in (ASSETS / "sprites").iterdir() if (p / "sprite.yaml").exists())
    font = pygame.font.Font(None, 22)
    overview: list[pygame.Surface] = []
    for d in sets:
        man, get = layered(d)
        rows = []
        first = []
        for pose in man["poses"]:
            es = [e for e in exprs if e in man["expressions"]]
            tiles = [(f"{d.name} {pose} {e}", compose(get, man, pose, e)) for e in es]
            tiles.append((f"{pose} mirrored, memory", compose(get, man, pose, es[-1], ("blush",), mirror=True)))
            sil = compose(get, man, pose, es[0])
            sil.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MIN)
            tiles.append((f"{pose} silhouette", sil))
            rows.append(_row(tiles, scale, font))
            first.append((f"{d.name} {pose}", tiles[0][1]))
        _stack(rows, OUT / f"contact-sprites-{d.name}.png")
        overview.append(_row(first, 0.2, font))
    _stack(overview, OUT / "contact-sprites.png")


def lineup(scale: float = 0.3) -> None:
    """``out/contact-lineup.png``: every set standing on the common floor at true relative height, in
    colour and drained of colour (Sakura at 13, 15 and 21 must differ in both)."""
    from tools.art.build import compose
    order = ["kakashi", "sakura-13", "sakura-15", "sakura-21", "tsunade", "kotetsu"]
    imgs = []
    for name in order:
        d = ASSETS / "sprites" / name
        if (d / "sprite.yaml").exists():
            man, get = layered(d)
            imgs.append(compose(get, man, "standing", "neutral"))
    w = sum(int(i.get_width() * scale * 0.7) for i in imgs) + 40
    h = int(1320 * scale)
    sheet = pygame.Surface((w, 2 * h + 10))
    sheet.fill((150, 156, 164))
    x = 20
    for img in imgs:
        small = pygame.transform.smoothscale(img, (int(img.get_width() * scale), h))
        sheet.blit(small, (x - int(img.get_width() * scale * 0.15), 0))
        sheet.blit(pygame.transform.grayscale(small), (x - int(img.get_width() * scale * 0.15), h + 10))
        x += int(img.get_width() * scale * 0.7)
    pygame.image.save(sheet, str(OUT / "contact-lineup.png"))


def composite(place: str, cast: list[tuple[str, ...]], name: str = "") -> None:
    """The place with characters at stage points: (set, expression, point[, pose[, "mirror"]]); a layered
    set is composed at its manifest's scale and stood on the point by its pose's foot anchor."""
    from tools.art.build import compose
    tm = pytmx.load_pygame(str(ASSETS / "maps" / f"{place}.tmx"))
    base = pygame.Surface((1280, 720))
    front = pygame.Surface((1280, 720), pygame.SRCALPHA)
    for layer in tm.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            tgt = front if layer.name == "front" else base
            for x, y, img in layer.tiles():
                tgt.blit(img, (x * 40, y * 40))
    pts = {o.name: (o.x, o.y) for o in tm.get_layer_by_name("stage")}
    for s, e, where, *more in cast:
        x, y = pts[where]
        d = ASSETS / "sprites" / s
        if (d / "sprite.yaml").exists():
            man, get = layered(d)
            pose = more[0] if more else man["default_pose"]
            img = compose(get, man, pose, e, mirror="mirror" in more)
            k = man.get("scale", 0.5) * man["poses"][pose].get("scale", 1.0)
            img = pygame.transform.smoothscale(img, (round(img.get_width() * k), round(img.get_height() * k)))
            fx, fy = man["poses"][pose]["foot"]
            if "mirror" in more:
                fx = man["poses"][pose]["size"][0] - fx
            base.blit(img, (int(x - fx * k), int(y - fy * k)))
    base.blit(front, (0, 0))
    box = pygame.Surface((1240, 180), pygame.SRCALPHA)
    box.fill((10, 10, 20, 170))
    base.blit(box, (20, 520))
    pygame.image.save(base, str(OUT / f"composite-{name or place}.png"))


def events_sheet() -> None:
    """Each illustration scaled to the 1280 x 720 frame, plain and in the memory grade
    (`game.render.effects.memory_grade`), shown at half size with its name and Gallery title."""
    from game.render.effects import memory_grade

    titles = yaml.safe_load((ASSETS / "events" / "events.yaml").read_text(encoding="utf-8")) or {}
    names = [n for n in titles if (ASSETS / "events" / f"{n}.png").exists()]
    tw, th, pad = 640, 360, 28
    sheet = pygame.Surface((2 * tw + 12, max(1, len(names)) * (th + pad)))
    sheet.fill((30, 30, 30))
    font = pygame.font.Font(None, 24)
    for i, name in enumerate(names):
        frame = pygame.transform.smoothscale(pygame.image.load(str(ASSETS / "events" / f"{name}.png")).convert(),
                                             (1280, 720))
        y = i * (th + pad)
        label = f"{name}: {titles[name]['title']}"
        sheet.blit(font.render(label, True, (240, 240, 240)), (6, y + 5))
        sheet.blit(font.render("memory grade", True, (240, 220, 180)), (tw + 18, y + 5))
        sheet.blit(pygame.transform.smoothscale(frame, (tw, th)), (0, y + pad))
        sheet.blit(pygame.transform.smoothscale(memory_grade(frame), (tw, th)), (tw + 12, y + pad))
    pygame.image.save(sheet, str(OUT / "contact-events.png"))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    pygame.init()
    pygame.display.set_mode((1, 1))
    what = sys.argv[1:] or ["places", "sprites", "composite", "events"]
    if "places" in what:
        places_sheet()
    if "sprites" in what and (ASSETS / "sprites").exists():
        sprites_sheet()
        lineup()
    if "events" in what and (ASSETS / "events" / "events.yaml").exists():
        events_sheet()
    if "composite" in what:
        composite("memorial", [("kakashi", "sad", "centre")])
        composite("memorial", [("sakura-21", "cry", "stone", "kneeling-stone")], "memorial-stone")
        composite("training-ground", [("sakura-13", "smile", "left", "standing", "mirror"), ("kakashi", "smile", "right", "wave")])
        composite("training-ground", [("sakura-13", "sad", "left", "sitting-ground", "mirror"),
                                      ("kakashi", "smile", "right", "crouching")], "training-ground-friend")
        composite("kakashi-apartment", [("sakura-15", "sleep", "couch", "asleep"), ("kakashi", "smile", "chair", "sitting")])
        composite("kakashi-apartment", [("kakashi", "sleep", "couch", "lying-couch-book")], "kakashi-apartment-nap")
        composite("hokage-office", [("tsunade", "sad", "desk", "sitting"), ("sakura-15", "surprised", "far-right", "standing"),
                                    ("kotetsu", "neutral", "far-left")])
    if "single" in what:
        for p in sorted((ASSETS / "maps").glob("*.tmx")):
            pygame.image.save(render_map(p, mark=False), str(OUT / f"place-{p.stem}.png"))


if __name__ == "__main__":
    main()
