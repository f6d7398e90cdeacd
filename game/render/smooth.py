"""pygame's smoothscale, safe for a picture one pixel high or wide.

pygame 2.6's smoothscale, stretching a picture one pixel high, reads a row below its last one: past the end of
its own working buffer. Usually that memory is there and nothing shows; where it is not, the process dies (a 2x1
strip stretched to 300000x2 is a segmentation fault once large blocks are mapped on their own, as
`os_memory.return_large_blocks` has them for the player; the title screen's 2x1 shade killed a test worker
after a trim had just given the heap's top back). A source one pixel high or wide that is stretched along that
side is first given a second, identical row or column (nearest-neighbour scaling reads only its own pixels):
the same pixels come out, without the read past the end. The camera's parts of a picture in view can be one
row or column of it (a figure's edge just entering the frame), so they go through here too.
"""

from __future__ import annotations

import pygame


def smoothscale(surface: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """`pygame.transform.smoothscale(surface, size)`, with no read past the picture's end (see above)."""
    w, h = surface.get_size()
    if (h == 1 and size[1] > 1) or (w == 1 and size[0] > 1):
        surface = pygame.transform.scale(surface, (max(2, w), max(2, h)))
    return pygame.transform.smoothscale(surface, size)
