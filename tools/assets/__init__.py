"""Asset generators for the game: places (Tiled maps), sprites, sounds.

Modules:
    paint    -- drawing primitives (supersampled canvas, gradients, tapered strokes)
    tmx      -- slicing painted layers into tiles and writing TMX/TSX files
    places   -- the painted places (one function per place)
    sprites  -- the character sprite sets and their expressions
    faces    -- the face/expression painter used by sprites
    sounds   -- synthesised sound effects and loops
"""
