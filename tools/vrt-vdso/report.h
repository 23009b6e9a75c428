// Results in vdsotest's shape: one `<api>/<test>: N failures` line per check, then a summary.
#pragma once

struct Check {
    char api[48];
    char test[48];
    long cases;
    long failures;
    const char *skipped;  // why the check could not run, or null
    char note[160];       // what the cases saw (e.g. "EFAULT" or "SIGSEGV"), for -v and --json
};

class Report {
public:
    explicit Report(const char *command) : command_(command) {}
    Check &add(const char *api, const char *test);
    // Prints every check (-v: also the ones with notes; --json: everything), the summary, and
    // returns the exit status: 0 only when no check failed.
    int finish(bool json, bool verbose);
    // The check named api/test, or null; for the self-test, which inspects what a run found.
    const Check *find(const char *api, const char *test) const;
    void clear() { count_ = 0; }

private:
    const char *command_;
    static constexpr int capacity = 512;
    Check checks_[capacity];
    int count_ = 0;
    Check overflow_;
};
