"""Asset generators for the game: places (Tiled maps), sounds (characters: tools/art).

Modules:
    paint    -- drawing primitives (supersampled canvas, gradients, tapered strokes)
    tmx      -- slicing painted layers into tiles and writing TMX/TSX files
    places   -- the painted places (one function per place)
    sounds   -- synthesised sound effects and loops
    events   -- the event illustrations (CGs), painted as SVG by the modules in cg/
"""
