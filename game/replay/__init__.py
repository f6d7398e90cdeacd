"""Headless replay for testers: an injected clock, the pilot, recorded input, traces and screenshots.

Everything here drives the same `game.app.App` as the window, through `App.step` with a headless display.
"""
