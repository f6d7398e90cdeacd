"""The pure parts of bench/processes.py: reading /proc/PID/status and /proc/PID/stat (no timing)."""

import pytest

from bench.processes import cpu_ticks, vm_hwm_mb

STATUS = """Name:\tpython
VmPeak:\t  812345 kB
VmHWM:\t  155648 kB
VmRSS:\t  120000 kB
"""


def test_vm_hwm_is_the_peak_not_the_current_size():
    assert vm_hwm_mb(STATUS) == 152.0


def test_a_status_without_vm_hwm_is_an_error():
    with pytest.raises(ValueError):
        vm_hwm_mb("Name:\tpython\nVmRSS:\t 1 kB\n")


def test_cpu_ticks_are_utime_plus_stime_even_with_a_parenthesis_in_the_name():
    # pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    stat = "4242 (py (x) thon) S 1 4242 4242 0 -1 4194560 900 0 0 0 123 45 0 0 20 0 3 0 100"
    assert cpu_ticks(stat) == 168
