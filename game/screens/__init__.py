"""The player's screens as objects: each owns its state (focus, scroll, page, a question), its buttons, its
reaction to intents and its drawing; the app keeps them in a stack (`stack.Screens`)."""
