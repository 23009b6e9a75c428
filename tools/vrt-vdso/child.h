// Running one case in a forked child, so that a fault ends the case and not the tool.
#pragma once

struct Outcome {
    long value;    // what the call returned
    int signal;    // the signal that killed the child, 0 if it returned
    bool ran;      // false when no child could be made
};

// Runs `body` in a child and returns what it returned, or the signal that killed it. The
// result travels through a shared anonymous page, so the body may return any long.
Outcome run_in_child(long (*body)(void *), void *context);

// A shared anonymous page for a child to report more than one value (null on failure).
void *shared_page();
