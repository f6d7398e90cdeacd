"""Exports of the story to other media: `vn export web` writes a static site that plays it in a browser."""
