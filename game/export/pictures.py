"""The web edition's stage pictures: each line's stage drawn by the game's own presenter and renderer
(the replay's drawing path, without the textbox or any interface), encoded as JPEG and deduplicated
by content. Owns picture size, format and file names; knows nothing of the page.

JPEG from pygame (SDL_image's libjpeg, quality fixed by pygame): measured on the chapter, 88 distinct
1280x720 pictures come to 8.1 MB with no visible ringing on the sprite outlines (see the README's
"Web edition"); PNG measured ~5x larger (over the 15 MB budget), and WebP would need Pillow.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from game.replay.pilot import headless_env

headless_env()

import pygame  # noqa: E402

from game.presenter import Presenter, speaker  # noqa: E402
from game.render.stage import StageRenderer  # noqa: E402
from game.story.model import Story  # noqa: E402
from game.story.program import Beat, Stage  # noqa: E402

SUFFIX = ".jpg"


class PictureWriter:
    """Draws stages into `folder`; `picture(beat)` returns the file name of that line's picture."""

    def __init__(self, story: Story, assets: Path, folder: Path, size: tuple[int, int] = (1280, 720)) -> None:
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
        data = encode_jpeg(surface)
        name = hashlib.sha256(data).hexdigest()[:16] + SUFFIX
        target = self.folder / name
        if not target.exists():
            target.write_bytes(data)
            self.names.append(name)
        return name


def encode_jpeg(surface: pygame.Surface) -> bytes:
    """JPEG bytes of `surface` (through a temporary file: pygame.image.save into a BytesIO keeps the
    buffer alive, see game/render/png.py)."""
    fd, tmp = tempfile.mkstemp(prefix="vn-export-", suffix=SUFFIX)
    os.close(fd)
    try:
        pygame.image.save(surface, tmp)
        return Path(tmp).read_bytes()
    finally:
        os.unlink(tmp)


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
