"""Event illustrations painted as SVG: one module per place (see tools/assets/events.py)."""
