#!/usr/bin/env python3
"""Top frames of a dotnet-trace speedscope file, counting only time spent working.

dotnet-trace's thread-time sampling records every thread, idle ones included, so its own report
is mostly thread-pool waits. This reads the speedscope export, drops the time whose innermost
frame is a wait (semaphores, monitors, socket polls, file watchers, "Missing Symbol" stubs under
them), and prints the frames that remain, exclusive and inclusive, as shares of the busy time.

    python3 bench/profile-top.py trace.speedscope.json [N] [FILTER]

FILTER keeps only the stacks that contain a frame with that text (e.g. "StoryPage").
"""
import json
import re
import sys
from collections import defaultdict

IDLE = re.compile(
    r"WaitOne|WaitForSignal|WaitNative|Monitor\.Wait|ManualResetEventSlim\.Wait|SemaphoreSlim\.Wait|Thread\.Sleep|"
    r"Interop\+Sys\.Read\(|WaitForSocketEvents|epoll|Interop\+Sys\.Poll|PollGC|LowLevelLifoSemaphore\.Wait|"
    r"WaitHandle\.Wait|Thread\.Join|Interop\+Sys\.WaitPid|SleepEx|UnmanagedThreadStart|ThreadNative\.SpinWait")


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    only = sys.argv[3] if len(sys.argv) > 3 else None
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    exclusive = defaultdict(float)
    inclusive = defaultdict(float)
    busy = 0.0
    idle = 0.0
    for profile in data["profiles"]:
        stack = []
        last = None
        for event in profile["events"]:
            at = event["at"]
            if stack and last is not None and at > last:
                span = at - last
                # The export ends each stack in a pseudo-frame, CPU_TIME or UNMANAGED_CODE_TIME.
                names = [frames[i] for i in stack if frames[i] not in ("CPU_TIME", "UNMANAGED_CODE_TIME")] or ["?"]
                leaf = names[-1]
                if IDLE.search(leaf) or (leaf == "Missing Symbol" and len(names) > 1 and IDLE.search(names[-2])):
                    idle += span
                elif only is None or any(only in n for n in names):
                    busy += span
                    exclusive[leaf] += span
                    for n in set(names):
                        inclusive[n] += span
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    if busy == 0:
        print("no busy samples")
        return
    print(f"busy {busy / 1000:.1f} s of thread time ({idle / 1000:.1f} s idle left out)")
    print("exclusive (where the time is spent):")
    for name, t in sorted(exclusive.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * t / busy:5.1f}%  {name[:140]}")
    print("inclusive (what it is spent under), framework plumbing left out:")
    shown = 0
    for name, t in sorted(inclusive.items(), key=lambda kv: -kv[1]):
        if re.search(r"ThreadPool|ExecutionContext|AsyncMethodBuilder|AsyncStateMachineBox|IOQueue|PortableThreadPool|"
                     r"WorkerThread|Thread\.Start|StartCallback|ThreadPoolWorkQueue|Task\.ExecuteWith|TaskAwaiter|"
                     r"Kestrel.*ProcessRequests|HttpProtocol|AwaitTaskContinuation|^Task\.|Missing Symbol|\(Non-Activities\)|Threads", name):
            continue
        print(f"  {100 * t / busy:5.1f}%  {name[:140]}")
        shown += 1
        if shown >= top:
            break


if __name__ == "__main__":
    main()
