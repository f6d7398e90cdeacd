"""Contact sheets for eyeballing the generated assets.

Writes ``out/contact-places.png`` (every map rendered from its tile layers via
pytmx, stage points marked), ``out/contact-sprites.png`` (every sprite set x
expression) and ``out/composite-<place>.png`` (a few sprites over a place at
true scale).  ``out/`` is git-ignored."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytmx  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
OUT = ROOT / "out"
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


def sprites_sheet(scale: float = 0.5) -> None:
    sets = sorted(p for p in (ASSETS / "sprites").iterdir() if p.is_dir())
    sw, sh = int(480 * scale), int(660 * scale)
    cols = len(EXPR_ORDER)
    sheet = pygame.Surface((cols * sw, len(sets) * (sh + 20)))
    sheet.fill((92, 100, 110))
    font = pygame.font.Font(None, 20)
    for r, d in enumerate(sets):
        for c, e in enumerate(EXPR_ORDER):
            f = d / f"{e}.png"
            x, y = c * sw, r * (sh + 20)
            if r == 0 or c == 0:
                pass
            if f.exists():
                img = pygame.transform.smoothscale(pygame.image.load(str(f)).convert_alpha(), (sw, sh))
                pygame.draw.rect(sheet, (110, 118, 128), (x + 1, y + 20, sw - 2, sh))
                sheet.blit(img, (x, y + 20))
                sheet.blit(font.render(f"{d.name}/{e}", True, (255, 255, 255)), (x + 4, y + 3))
    pygame.image.save(sheet, str(OUT / "contact-sprites.png"))


def composite(place: str, cast: list[tuple[str, str, str]]) -> None:
    tm = pytmx.load_pygame(str(ASSETS / "maps" / f"{place}.tmx"))
    base = pygame.Surface((1280, 720))
    front = pygame.Surface((1280, 720), pygame.SRCALPHA)
    for layer in tm.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            tgt = front if layer.name == "front" else base
            for x, y, img in layer.tiles():
                tgt.blit(img, (x * 40, y * 40))
    pts = {o.name: (o.x, o.y) for o in tm.get_layer_by_name("stage")}
    for s, e, where in cast:
        f = ASSETS / "sprites" / s / f"{e}.png"
        if f.exists():
            img = pygame.image.load(str(f)).convert_alpha()
            x, y = pts[where]
            base.blit(img, (int(x - img.get_width() / 2), int(y - img.get_height())))
    base.blit(front, (0, 0))
    box = pygame.Surface((1240, 180), pygame.SRCALPHA)
    box.fill((10, 10, 20, 170))
    base.blit(box, (20, 520))
    pygame.image.save(base, str(OUT / f"composite-{place}.png"))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    pygame.init()
    pygame.display.set_mode((1, 1))
    what = sys.argv[1:] or ["places", "sprites", "composite"]
    if "places" in what:
        places_sheet()
    if "sprites" in what and (ASSETS / "sprites").exists():
        sprites_sheet()
    if "composite" in what:
        composite("memorial", [("kakashi", "sad", "centre")])
        composite("training-ground", [("sakura-13", "smile", "left"), ("kakashi", "smile", "right")])
        composite("kakashi-apartment", [("kakashi", "sad", "couch"), ("sakura-21", "cry", "chair")])
        composite("hokage-office", [("tsunade", "neutral", "desk"), ("kotetsu", "surprised", "far-left"),
                                    ("kakashi", "neutral", "far-right")])
    if "single" in what:
        for p in sorted((ASSETS / "maps").glob("*.tmx")):
            pygame.image.save(render_map(p, mark=False), str(OUT / f"place-{p.stem}.png"))


if __name__ == "__main__":
    main()
