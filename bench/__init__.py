"""The benchmark suite (issue 8): start-up, frame time, idle CPU, replay, script load at scale, memory, saves.

Separate from the tests. `python -m bench` runs it, prints a table and writes bench/results/latest.json.
Each figure is measured next to a floor taken in the same run on the same machine, and judged as a
ratio to it where the goal is a ratio.
"""
