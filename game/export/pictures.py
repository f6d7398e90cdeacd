"""The web edition's stage pictures: each line's stage drawn by the game's own presenter and renderer
(the replay's drawing path, without the textbox or any interface), encoded as WebP and deduplicated
by content. Owns picture size, format and file names; knows nothing of the page.

WebP through Pillow (the `export` extra), quality 85, effort 2: the staged chapter has 231 distinct pictures,
because its camera and poses change the stage on most lines. pygame can only write JPEG at its one fixed
quality (19.1 MB for those pictures, over the 15 MB budget) or PNG (about 5x larger); Pillow's WebP at
quality 85 measured 8.1 MB, under half the JPEG bytes, keeping the memory grade's colour and most of its
grain when looked at side by side at 2x. Every browser the page supports shows WebP.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from game.replay.pilot import headless_env

headless_env()

import pygame  # noqa: E402

from game.logical import LOGICAL  # noqa: E402
from game.presenter import Presenter, speaker  # noqa: E402
from game.render.stage import StageRenderer  # noqa: E402
from game.story.model import Story  # noqa: E402
from game.story.program import Beat, Stage  # noqa: E402

SUFFIX = ".webp"
QUALITY = 85  # WebP quality (0-100)
METHOD = 2  # libwebp's effort (0-6): 4 saved 5% of the bytes for 80% more time, 6 another 5% for 50% more


class MissingEncoder(RuntimeError):
    """Pillow, which writes the WebP pictures, is not installed."""


def encoder():  # type: ignore[no-untyped-def]
    """Pillow's Image module, or MissingEncoder saying how to install it."""
    try:
        from PIL import Image, features
    except ImportError as exc:
        raise MissingEncoder("the web edition's pictures need Pillow: pip install 'bleed-for-me-vn[export]' "
                             "(or pip install pillow)") from exc
    if not features.check("webp"):
        raise MissingEncoder("this Pillow was built without WebP support; install Pillow's wheel from PyPI")
    return Image


class PictureWriter:
    """Draws stages into `folder`; `picture(beat)` returns the file name of that line's picture."""

    def __init__(self, story: Story, assets: Path, folder: Path, size: tuple[int, int] = LOGICAL) -> None:
        self.image = encoder()  # before any drawing: a missing encoder is said at once
        pygame.init()
        self.folder, self.size = folder, size
        self.presenter = Presenter(StageRenderer(story, assets))
        self.presenter.renderer.emphasis = False  # the web player has no speaker emphasis: one picture per stage
        self.by_stage: dict[tuple[Stage, str | None], str] = {}  # a stage, and who speaks on it (emphasis)
        self.names: list[str] = []  # distinct files, in order of first use
        self.drawn = 0  # stages drawn (before deduplication by content)
        folder.mkdir(parents=True, exist_ok=True)

    def picture(self, beat: Beat) -> str:
        key = (beat.stage, self.presenter.renderer.focus(beat.stage, speaker(beat)))
        name = self.by_stage.get(key)
        if name is None:
            name = self._write(self.draw(beat))
            self.by_stage[key] = name
        return name

    def draw(self, beat: Beat) -> pygame.Surface:
        """The stage as the player sees it once the line has settled: the presenter's stage frame, which the
        game draws its textbox and quick menu over (so no interface is in it)."""
        self.presenter.show(beat, "cut", instant=True)
        frame = self.presenter.stage_frame()
        self.drawn += 1
        if frame.get_size() != self.size:
            frame = pygame.transform.smoothscale(frame, self.size)
        return frame

    def _write(self, surface: pygame.Surface) -> str:
        data = encode_webp(self.image, surface)
        name = hashlib.sha256(data).hexdigest()[:16] + SUFFIX
        target = self.folder / name
        if not target.exists():
            target.write_bytes(data)
            self.names.append(name)
        return name


def encode_webp(image, surface: pygame.Surface) -> bytes:  # type: ignore[no-untyped-def]
    """WebP bytes of `surface` (opaque RGB; the same pixels give the same bytes)."""
    picture = image.frombytes("RGB", surface.get_size(), pygame.image.tobytes(surface, "RGB"))
    out = io.BytesIO()
    picture.save(out, format="WEBP", quality=QUALITY, method=METHOD)
    return out.getvalue()


def title_backdrop(writer: PictureWriter, story: Story) -> str | None:
    """The title screen's backdrop, as the game draws it: the first scene's place at dusk, vignetted."""
    from game.render import effects

    if not story.scenes:
        return None
    back = writer.presenter.renderer.lit(story.scenes[0].place, "dusk")[0]
    picture = effects.vignette(back, 0.6)
    if picture.get_size() != writer.size:
        picture = pygame.transform.smoothscale(picture, writer.size)
    return writer._write(picture)
