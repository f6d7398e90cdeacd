"""The interface drawn over the story: textbox, menus, cards. Each module draws, hit-tests and emits actions."""
