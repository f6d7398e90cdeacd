"""The exit codes of every `vn` command (play, check, replay, coverage, export, ...), in one place.

0 success; 1 the script (or a replay) has errors, or lines no trace reached (coverage); 2 usage error
(a bad option or argument); 3 runtime failure. A replay stopped by Ctrl+C exits 130 (128 + SIGINT),
as shells expect. A leaf: imports nothing.
"""

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_RUNTIME = 0, 1, 2, 3
EXIT_INTERRUPTED = 130
