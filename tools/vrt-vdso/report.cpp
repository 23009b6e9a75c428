#include "report.h"

#include <vrt/stdio.h>
#include <vrt/string.h>

#include "output.h"

Check &Report::add(const char *api, const char *test) {
    Check &c = count_ < capacity ? checks_[count_++] : overflow_;
    memset(&c, 0, sizeof c);
    snprintf(c.api, sizeof c.api, "%s", api);
    snprintf(c.test, sizeof c.test, "%s", test);
    return c;
}

int Report::finish(bool json, bool verbose) {
    long failures = 0, failed_checks = 0, skipped = 0;
    for (int i = 0; i < count_; ++i) {
        failures += checks_[i].failures;
        if (checks_[i].failures) ++failed_checks;
        if (checks_[i].skipped) ++skipped;
    }
    if (json) {
        out.print("{\"command\": \"%s\", \"checks\": [", command_);
        for (int i = 0; i < count_; ++i) {
            const Check &c = checks_[i];
            out.print("%s{\"api\": ", i ? ", " : "");
            out.json_string(c.api);
            out.print(", \"test\": ");
            out.json_string(c.test);
            out.print(", \"cases\": %ld, \"failures\": %ld, \"skipped\": ", c.cases, c.failures);
            if (c.skipped) out.json_string(c.skipped); else out.print("null");
            out.print(", \"note\": ");
            out.json_string(c.note);
            out.print("}");
        }
        out.print("], \"failures\": %ld, \"ok\": %s}\n", failures, failures ? "false" : "true");
    } else {
        for (int i = 0; i < count_; ++i) {
            const Check &c = checks_[i];
            if (c.skipped) {
                out.print("%s/%s: skipped (%s)\n", c.api, c.test, c.skipped);
                continue;
            }
            out.print("%s/%s: %ld failures", c.api, c.test, c.failures);
            if ((verbose || c.failures) && c.note[0]) out.print(" (%s)", c.note);
            if (verbose) out.print(" [%ld cases]", c.cases);
            out.print("\n");
        }
        out.print("%s: %d checks, %ld failed, %ld skipped, %ld failures in all: %s\n", command_, count_,
                  failed_checks, skipped, failures, failures ? "FAIL" : "ok");
    }
    return failures ? 1 : 0;
}

const Check *Report::find(const char *api, const char *test) const {
    for (int i = 0; i < count_; ++i)
        if (!strcmp(checks_[i].api, api) && !strcmp(checks_[i].test, test)) return &checks_[i];
    return nullptr;
}
