"""Work forked to other processes, for the tools that split a long job in two (`vn check`, `vn replay`): whether
this process may fork, how many cores it may use, and the children, each running a job and sending back what it
yields. Knows nothing of stories or pictures.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import selectors
import signal
import struct
import sys
import time
from collections.abc import Callable, Iterator

Job = Callable[[], Iterator[object]]


def can_fork() -> bool:
    """Fork where it is the usual way to start a process (Linux), and only from a process of one thread."""
    if not (hasattr(os, "fork") and sys.platform.startswith("linux")):
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


def cores() -> int:
    """The cores this process may run on: one core would run the workers one after the other, and the split costs
    a little, so it takes one for each worker."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Workers:
    """Forked children, each running a job and sending what it yields back through a pipe, pickled (this process's
    own children: trusted), one message at a time: a message is read as soon as it has come, while the children go
    on. `run` gives each child's messages once every child has sent all of them (a child that is done is left to
    exit meanwhile: letting go of its memory takes a while), or None when one failed; `end` waits for every child,
    killing those still at work (this process was interrupted, or a child failed). `dumps` pickles a message;
    exceptions of the kinds in `interrupts` (raised by this process's signal handlers) are not taken for a failure:
    they go on up, and the caller ends the children."""

    def __init__(self, dumps: Callable[[object], bytes] | None = None,
                 interrupts: tuple[type[BaseException], ...] = ()) -> None:
        self.pids: list[int] = []
        self.fds: list[int] = []
        self.dumps = dumps or _dumps
        self.interrupts = interrupts

    def run(self, jobs: list[Job], tick: Callable[[], None] | None = None, every: float = 0.1) -> list[list[object]] | None:
        """Each job in a child of its own; their messages, or None when one failed. `tick` is called about every
        `every` seconds while they work (and once at the end), from this process."""
        try:
            for job in jobs:
                read, write = os.pipe()
                with contextlib.suppress(OSError, ImportError):  # a larger pipe: fewer switches between the processes
                    import fcntl  # Linux: can_fork

                    fcntl.fcntl(write, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
                # no signal handler runs between the fork and the child's being counted (a stop then would leave
                # a child no one ends): signals wait until it is, in the child until it has set its own
                mask = signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
                try:
                    pid = os.fork()
                    if pid == 0:  # the child: never returns
                        _child(job, read, write, self.dumps, mask)
                    os.close(write)
                    self.pids.append(pid)
                    self.fds.append(read)
                finally:
                    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            return _drain(self.fds, tick, every)
        except Exception as exc:  # noqa: BLE001 - any failure means the serial way
            if isinstance(exc, self.interrupts):
                raise
            return None

    def end(self, grace: float = 0.0) -> None:
        """Wait for every child; those still at work are killed, at once or, with `grace`, asked to stop (SIGTERM)
        and killed only if they have not ended within `grace` seconds (a child finishing what it was writing)."""
        working = bool(self.fds)  # a pipe still open: its child has not sent all of its result
        for fd in self.fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        if working and grace > 0:
            for pid in self.pids:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + grace
            left = list(self.pids)
            while left and time.monotonic() < deadline:
                left = [pid for pid in left if not _ended(pid)]
                if left:
                    time.sleep(0.01)
            self.pids = left
        for pid in self.pids:
            with contextlib.suppress(OSError):
                if working:
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        self.pids, self.fds = [], []


def _ended(pid: int) -> bool:
    """Whether the child `pid` has ended (and is waited for now)."""
    try:
        return os.waitpid(pid, os.WNOHANG)[0] != 0
    except ChildProcessError:
        return True


_SIZE = struct.Struct("<Q")  # each message: its length, then its pickle


def _drain(fds: list[int], tick: Callable[[], None] | None = None, every: float = 0.1) -> list[list[object]] | None:
    """The messages sent through each pipe until its end, read from all of them as they come (a worker that is done
    early is not left blocked on a full pipe while the other works) and unpickled as each is whole. Each pipe is
    closed at its end and taken out of `fds`; None as soon as one ends with a message cut short or none at all (its
    child failed: the others are not waited for)."""
    pending = {fd: bytearray() for fd in fds}
    messages: dict[int, list[object]] = {fd: [] for fd in fds}
    with selectors.DefaultSelector() as selector:
        for fd in fds:
            selector.register(fd, selectors.EVENT_READ)
        while fds:
            ready = selector.select(every if tick is not None else None)
            if tick is not None:
                tick()
            for key, _events in ready:
                fd, chunk = key.fd, os.read(key.fd, 1 << 20)
                buffer = pending[fd]
                if chunk:
                    buffer += chunk
                    while len(buffer) >= _SIZE.size and len(buffer) >= _SIZE.size + _SIZE.unpack_from(buffer)[0]:
                        end = _SIZE.size + _SIZE.unpack_from(buffer)[0]
                        messages[fd].append(pickle.loads(memoryview(buffer)[_SIZE.size:end]))
                        del buffer[:end]
                    continue
                selector.unregister(fd)
                fds.remove(fd)
                os.close(fd)
                if buffer or not messages[fd]:
                    return None
    if tick is not None:
        tick()
    return list(messages.values())


def _dumps(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _child(job: Job, read: int, write: int, dumps: Callable[[object], bytes], mask: set[signal.Signals]) -> None:
    code = 1
    try:
        os.close(read)
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the children at once, as it ends the parent
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        with os.fdopen(write, "wb") as pipe:
            for message in job():
                data = dumps(message)
                pipe.write(_SIZE.pack(len(data)))
                pipe.write(data)
                pipe.flush()
        code = 0
    except BaseException:  # noqa: BLE001 - the parent does the work serially instead
        pass
    finally:
        os._exit(code)  # no cleanup of the parent's state: atexit handlers, buffers and files are the parent's
