"""The logical frame: every picture (stage, screens, the web edition's stage pictures, replay shots before
scaling) is composed at 1280×720 and only the display scales it to the window. Mouse positions are mapped
back into it. A leaf with no imports, so the lowest layer that needs the size can have it."""

LOGICAL_W, LOGICAL_H = 1280, 720
LOGICAL = (LOGICAL_W, LOGICAL_H)
