#!/usr/bin/env python3
"""Time from starting the reader in a pseudo-terminal (120x40) to its first frame on screen.

    cargo build --release && scripts/first_frame.py DIR...

Five runs a corpus; prints the times sorted, in milliseconds.
"""
import os, pty, sys, time, select
def first_frame(args, marker=b"Loading"):
    pid, fd = pty.fork()
    if pid == 0:
        import fcntl, termios, struct
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.environ["KRONIEK_STATE_DIR"] = "/tmp/kroniek-first-frame-state"
        os.execv(args[0], args)
    t0 = time.perf_counter(); buf = b""; t = None
    while time.perf_counter() - t0 < 30:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            try: data = os.read(fd, 65536)
            except OSError: break
            buf += data
            if t is None and marker in buf:
                t = time.perf_counter() - t0
                break
    os.kill(pid, 9); os.waitpid(pid, 0)
    return t
for path in sys.argv[1:]:
    ts = sorted(first_frame(["/work/main/target/release/kroniek", path]) for _ in range(5))
    print(path, "first frame (ms), 5 runs:", [round(x*1000, 1) for x in ts])
