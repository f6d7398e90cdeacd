"""pygame drawing: maps, lighting, effects, sprites, fonts and the composed stage."""
