"""Sound: music on two reserved mixer channels, so one piece crossfades into the next, each piece looping
sample-exactly; and effects, each with its volume (master × music, master × effects).

When the mixer cannot start (no audio device) every call is a silent no-op; nothing here raises.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pygame

from game import assetpaths

log = logging.getLogger(__name__)
FADE_MS = 2500  # a crossfade between two pieces (and a piece's fade in or out from silence)
MIXER = (22050, -16, 1, 1024)  # every sound and piece is mono at 22.05 kHz: a decoded 66 s piece is 2.9 MB


def pre_init() -> None:
    """Ask for the game's mixer format before `pygame.init()`, which otherwise opens the mixer at 44.1 kHz
    stereo (four times the memory for every decoded piece)."""
    pygame.mixer.pre_init(*MIXER)


def ensure_mixer() -> bool:
    """The mixer open in the game's format, reopened if something opened it in another; False without audio."""
    try:
        found = pygame.mixer.get_init()
        if found and found != MIXER[:3]:
            pygame.mixer.quit()
        if not pygame.mixer.get_init():
            pygame.mixer.init(*MIXER)
        return bool(pygame.mixer.get_init())
    except (pygame.error, OSError, NotImplementedError) as exc:
        log.info("no audio device (%s); playing silently", exc)
        return False


class Audio:
    def __init__(self, assets_root: Path, enabled: bool = True, fade_ms: int = FADE_MS) -> None:
        self.root = Path(assets_root)
        self.fade_ms = fade_ms
        self.ok = enabled and ensure_mixer()
        self.music: str | None = None
        self.master = self.music_volume = self.effects_volume = 1.0
        self._effects: dict[str, pygame.mixer.Sound | None] = {}
        self._warned: set[str] = set()
        self._decks: list[pygame.mixer.Channel] = []
        self._playing: dict[int, tuple[str, pygame.mixer.Sound]] = {}  # deck -> the piece it plays
        self._deck = 0  # the deck the current piece is on
        if self.ok:
            try:
                pygame.mixer.set_reserved(2)  # effects never take the music's channels
                self._decks = [pygame.mixer.Channel(0), pygame.mixer.Channel(1)]
            except pygame.error as exc:
                log.info("no music channels (%s); playing silently", exc)
                self.ok = False

    def _path(self, name: str) -> Path | None:
        path = assetpaths.sound_file(self.root, name)  # the catalogue's resolver: never outside assets/
        if path is not None:
            return path
        if name not in self._warned:
            self._warned.add(name)
            log.warning("sound %r not found; not played", name)
        return None

    def set_volumes(self, master: float, music: float, effects: float) -> None:
        self.master, self.music_volume, self.effects_volume = master, music, effects
        for _name, sound in self._playing.values():
            sound.set_volume(master * music)  # the chunk's level; the channel's own volume is the fade

    def play_music(self, name: str | None) -> None:
        """Loop `name` (None stops), crossfading from the piece that plays; the same piece carries on."""
        if name == self.music:
            return
        self.music = name
        if not self.ok:
            return
        try:
            path = self._path(name) if name is not None else None
            sound = pygame.mixer.Sound(str(path)) if path else None  # a minute of music decodes to ~5.6 MB
            old = self._decks[self._deck]
            if old.get_busy() and old.get_volume() <= 0:
                old.stop()  # its fade in has not begun: SDL_mixer would ignore a fade out, and it is silent anyway
            elif old.get_busy():
                old.fadeout(self.fade_ms)  # after the decoding, so both fades start together
            self._forget_silent()
            if sound is None or name is None:
                return
            sound.set_volume(self.master * self.music_volume)
            self._deck = 1 - self._deck
            deck = self._decks[self._deck]
            deck.stop()  # a piece still fading out on this deck from two changes ago ends now
            deck.set_volume(1.0)
            deck.play(sound, loops=-1, fade_ms=self.fade_ms)
            self._playing[self._deck] = (name, sound)
        except pygame.error as exc:
            log.warning("music %r: %s", name, exc)

    def _forget_silent(self) -> None:
        """Drop the decoded pieces of decks that have finished (their memory goes back)."""
        for deck in list(self._playing):
            if not self._decks[deck].get_busy():
                del self._playing[deck]

    def decks(self) -> list[tuple[str | None, bool]]:
        """For tests and tools: what each music deck holds, and whether it is sounding."""
        return [(self._playing.get(i, (None, None))[0], d.get_busy()) for i, d in enumerate(self._decks)]

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
                for deck in self._decks:
                    deck.stop()
                pygame.mixer.stop()
            except pygame.error:
                pass
        self._playing.clear()
        self.music = None
