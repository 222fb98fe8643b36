#!/usr/bin/env python3
"""Where a CPU profile's time went: shares of an async-profiler collapsed-stacks file by what the
application was doing (the first rule a stack matches counts it). Used by src/bench/run after each
CPU profile; also by hand: python3 src/bench/shares.py target/bench/flame-write-cpu.collapsed"""
import sys

RULES = [  # (what, a frame that marks it)
    ("renumbering places on a rating change (moveToRating)", "ReviewService.moveToRating"),
    ("the rest of the write transaction (lock, find, insert/update, commit)", "Database.lambda$write"),
    ("rendering a page (JSP)", "PageCache.renderInto"),  # a whole page or a part of one
    ("reading a book page's rows (BookService)", "BookService"),
    ("reading the reader's own review", "findMine"),
    ("JIT compilers", "CompileBroker"),
    ("Tomcat, filters, sending (the rest of a request)", "Http11Processor"),
]
GC_FRAMES = ("GangWorker", "G1", "GCTaskThread", "ParallelGC", "PSScavenge", "PSParallelCompact")


def what(stack):
    for name, frame in RULES:
        if frame in stack:
            return name
    if "java/" not in stack and any(frame in stack for frame in GC_FRAMES):
        return "garbage collection"
    return "other (kernel, JVM, idle threads)"


def main(path):
    shares, total = {}, 0
    with open(path, encoding="utf-8", errors="replace") as stacks:
        for line in stacks:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not count.isdigit():
                continue
            total += int(count)
            shares[what(stack)] = shares.get(what(stack), 0) + int(count)
    names = [name for name, _ in RULES] + ["garbage collection", "other (kernel, JVM, idle threads)"]
    for name in names:
        print(f"{100 * shares.get(name, 0) / max(total, 1):5.1f} %  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
