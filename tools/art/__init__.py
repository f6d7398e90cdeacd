"""The character art, made as SVG from Python and rasterised at build time by resvg (the ``art`` extra).

Modules:
    svg      -- smooth paths, tapered limbs, the cel-shaded part with thick outer / thin inner lines
    body     -- the puppet: proportions, pose angles, skeleton, limbs, hands, feet, neck, head
    hair     -- hair masses, fringes, shine bands, forehead protectors and their engraving
    outfits  -- vests, collars, coats, skirts built from the skeleton's stations
    props    -- the book, bowl, chopsticks, flower, blanket
    faces    -- expressions and extras in the shared face box
    figure   -- one character in one pose as its layers (back, body, front, mark)
    cast     -- the six characters
    poses    -- the poses each set needs for chapter 1
    build    -- writes assets/sprites/<set>/ (manifest, layers, faces, extras, flat files)
"""
