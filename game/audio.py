"""Sound: one music channel (a looping track, crossfaded) and effects, each with its volume.

When the mixer cannot start (no audio device) every call is a silent no-op; nothing here raises.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pygame

log = logging.getLogger(__name__)
FADE_MS = 800


class Audio:
    def __init__(self, assets_root: Path, enabled: bool = True) -> None:
        self.root = Path(assets_root)
        self.ok = enabled and self._init()
        self.music: str | None = None
        self.master = self.music_volume = self.effects_volume = 1.0
        self._effects: dict[str, pygame.mixer.Sound | None] = {}
        self._warned: set[str] = set()

    @staticmethod
    def _init() -> bool:
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=22050, size=-16, channels=2, buffer=1024)
            return bool(pygame.mixer.get_init())
        except (pygame.error, OSError, NotImplementedError) as exc:
            log.info("no audio device (%s); playing silently", exc)
            return False

    def _path(self, name: str) -> Path | None:
        for suffix in (".ogg", ".wav"):
            path = self.root / "sounds" / f"{name}{suffix}"
            if path.is_file():
                return path
        if name not in self._warned:
            self._warned.add(name)
            log.warning("sound %r not found; not played", name)
        return None

    def set_volumes(self, master: float, music: float, effects: float) -> None:
        self.master, self.music_volume, self.effects_volume = master, music, effects
        if self.ok:
            try:
                pygame.mixer.music.set_volume(master * music)
            except pygame.error:
                pass

    def play_music(self, name: str | None) -> None:
        """Loop `name` (None stops); the same track already playing carries on."""
        if name == self.music:
            return
        self.music = name
        if not self.ok:
            return
        try:
            if name is None:
                pygame.mixer.music.fadeout(FADE_MS)
                return
            path = self._path(name)
            if path is None:
                pygame.mixer.music.fadeout(FADE_MS)
                return
            pygame.mixer.music.load(str(path))
            pygame.mixer.music.set_volume(self.master * self.music_volume)
            pygame.mixer.music.play(loops=-1, fade_ms=FADE_MS)
        except pygame.error as exc:
            log.warning("music %r: %s", name, exc)

    def play_effect(self, name: str) -> None:
        if not self.ok:
            return
        if name not in self._effects:
            path = self._path(name)
            try:
                self._effects[name] = pygame.mixer.Sound(str(path)) if path else None
            except pygame.error as exc:
                log.warning("sound %r: %s", name, exc)
                self._effects[name] = None
        sound = self._effects[name]
        if sound is not None:
            sound.set_volume(self.master * self.effects_volume)
            sound.play()

    def stop(self) -> None:
        if self.ok:
            try:
                pygame.mixer.music.stop()
                pygame.mixer.stop()
            except pygame.error:
                pass
        self.music = None
