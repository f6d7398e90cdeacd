"""`python -m game` is the `vn` command."""

from game.cli import main

raise SystemExit(main())
