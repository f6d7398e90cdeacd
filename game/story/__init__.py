"""The story engine: script model, loader, diagnostics, state and runner. Never imports pygame."""
