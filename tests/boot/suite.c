// The boot tier's suite runner: /bin/suite of an initramfs whose /init is vrt-init (tests/boot.mk).
// It runs every program named in /suite/manifest (written on the host by tests/boot/manifest.sh
// from the programs' header comments, tests/run-program.sh), judges each as run-program.sh does,
// and prints on the console, a line each:
//     PASS <label>/<name>
//     FAIL <label>/<name>: <reason>
//     SKIP <label>/<name>: <reason>
// then `N passed, M failed, K skipped`, and exits (vrt-init then powers the machine off). A
// program that exits 77 when not expected to could not test what it is for on this machine
// (tests/run-program.sh): a skip, its reason from a stdout line `SKIP <reason>` or else its last
// stderr line.
//
// The manifest, a record a line ("<key> <value>", the value being the rest of the line):
//     label <arch>/<kernel-arch>-<gen>    once, first: the prefix of every result name
// and per program the records tests/directives.sh makes of its directives:
//     test <name> <path>                  starts a program's record
//     arg <word>  env <NAME=VALUE>        its arguments and environment (VRT_TEST_MODE=native is
//                                         always there; nothing else is inherited)
//     exit <N>  signal <N>                how it must end (default: exit 0)
//     allow-exit <N>                      another exit status that also passes (vrt-vdso's 77)
//     skip-exit <N>                       the exit status that means "could not test here"
//                                         (default 77; the kernel's selftests use kselftest's 4,
//                                         with the reason as their last stdout line)
//     timeout <seconds>                   default 60
//     stdout <line>                       its whole stdout, minus `ok `/`skip ` lines, line by line
//     stderr <text>                       its stderr must contain the text
//     show <marker>                       print its stdout between `=== BEGIN <marker>` and
//                                         `=== END <marker>` (the host saves `vrt-vdso info`)
//     line <name>|<prefix>|<needle>       one more result, <name>: one of the stdout lines that
//                                         start with <prefix> must contain <needle>
//     known-defect <text>                 exit 1 also passes when every failed check of its
//                                         vrt-vdso report contains <text> (the tool's mark of a
//                                         known kernel defect); each such check is then printed
//                                         as `KNOWN <label>/<name>: <check line>`, counted neither
//                                         way (tests/vdso-tool.sh does the same on the host)
//     end                                 runs it
// A program fails when it could not be started, ran out of time, printed a line that starts with
// `FAIL` (stdout or stderr, read through pipes), ended other than expected, or its output differs.
// A failing program's output follows its FAIL line, each line behind "| ", for whoever debugs it.
#include <asm/unistd.h>
#include <linux/poll.h>
#include <vrt/errno.h>
#include <vrt/fcntl.h>
#include <vrt/ioctl.h>
#include <vrt/mount.h>
#include <vrt/signal.h>
#include <vrt/stat.h>
#include <vrt/stdio.h>
#include <vrt/stdlib.h>
#include <vrt/string.h>
#include <vrt/time.h>
#include <vrt/unistd.h>
#include <vrt/utsname.h>
#include <vrt/wait.h>

enum { skip_status = 77, max_words = 64, max_lines = 256, capture_size = 256 * 1024, exit_grace_ms = 2000 };

static char manifest[256 * 1024];
static char label[128] = "?";
static int passed, failed, skipped;

// One console line, in one write, so that nothing the kernel prints lands inside it.
static void say(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *format, ...) {
    char line[2048];
    va_list arguments;
    va_start(arguments, format);
    int n = vsnprintf(line, sizeof line - 1, format, arguments);
    va_end(arguments);
    if (n < 0) return;
    if (n > (int)sizeof line - 2) n = sizeof line - 2;
    line[n++] = '\n';
    for (int at = 0; at < n;) {
        long w = write(1, line + at, n - at);
        if (w <= 0) break;
        at += w;
    }
}

static void skip_result(const char *name, const char *reason) {
    ++skipped;
    say("SKIP %s/%s: %s", label, name, reason);
}

static void result(int ok, const char *name, const char *reason) {
    if (ok) {
        ++passed;
        say("PASS %s/%s", label, name);
    } else {
        ++failed;
        say("FAIL %s/%s: %s", label, name, reason);
    }
}

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

struct Test {
    char *name, *path;
    char *args[max_words], *env[max_words];
    int nargs, nenv;
    int want_signal, want_exit, allow_exit, skip_exit, timeout_s;
    char *stdout_lines[max_lines];
    int nstdout;
    char *stderr_texts[16];
    int nstderr;
    char *show, *line_check[8], *known_defect;
    int nline_checks;
};

struct Capture {
    char data[capture_size];
    long size;
    int open;
};
static struct Capture captured[2];  // stdout, stderr

static int contains(const char *text, long size, const char *needle);

// The first line of text that starts with `start` (and contains `needle`, unless it is null),
// copied into out without its newline.
static int find_line_with(const char *text, long size, const char *start, const char *needle, char *out,
                          size_t out_size) {
    size_t n = strlen(start);
    for (long at = 0; at < size;) {
        long end = at;
        while (end < size && text[end] != '\n') ++end;
        if ((size_t)(end - at) >= n && memcmp(text + at, start, n) == 0 &&
            (!needle || contains(text + at, end - at, needle))) {
            size_t length = (size_t)(end - at) < out_size - 1 ? (size_t)(end - at) : out_size - 1;
            memcpy(out, text + at, length);
            out[length] = '\0';
            return 1;
        }
        at = end + 1;
    }
    return 0;
}

static int find_line(const char *text, long size, const char *start, char *out, size_t out_size) {
    return find_line_with(text, size, start, 0, out, out_size);
}

static int contains(const char *text, long size, const char *needle) {
    size_t n = strlen(needle);
    for (long at = 0; at + (long)n <= size; ++at)
        if (memcmp(text + at, needle, n) == 0) return 1;
    return 0;
}

// The last non-empty line of a program's output.
static int last_line(const struct Capture *c, char *out, size_t out_size) {
    long end = c->size;
    while (end > 0 && c->data[end - 1] == '\n') --end;
    if (end == 0) return 0;
    long at = end;
    while (at > 0 && c->data[at - 1] != '\n') --at;
    size_t length = (size_t)(end - at) < out_size - 1 ? (size_t)(end - at) : out_size - 1;
    memcpy(out, c->data + at, length);
    out[length] = '\0';
    return 1;
}

// Up to `limit` bytes of text on one line: newlines become spaces.
static void flatten(const char *text, long size, long limit, char *out, size_t out_size) {
    long n = size < limit ? size : limit;
    if (n > (long)out_size - 1) n = (long)out_size - 1;
    for (long i = 0; i < n; ++i) out[i] = text[i] == '\n' ? ' ' : text[i];
    out[n] = '\0';
}

// vrt-vdso's reports have a line per check, "<api>/<test>: N failures (...)", and a summary line
// ("verify: 55 checks, 8 failed, ..., 8 failures in all") that is not one: is the line from `at`
// to `end` a check's, with N > 0? (tests/vdso-tool.sh reads them with the same pattern.)
static int is_failed_check(const char *text, long at, long end) {
    long i = at;
    int slash = 0;
    while (i < end && text[i] != ' ' && text[i] != ':') slash |= text[i++] == '/';
    if (!slash || i + 2 >= end || text[i] != ':' || text[i + 1] != ' ') return 0;
    i += 2;
    if (text[i] < '1' || text[i] > '9') return 0;
    while (i < end && text[i] >= '0' && text[i] <= '9') ++i;
    return end - i >= 9 && !memcmp(text + i, " failures", 9);
}

// The first failed check's line.
static int first_failed_check(const char *text, long size, char *out, size_t out_size) {
    for (long at = 0; at < size;) {
        long end = at;
        while (end < size && text[end] != '\n') ++end;
        if (is_failed_check(text, at, end)) {
            size_t length = (size_t)(end - at) < out_size - 1 ? (size_t)(end - at) : out_size - 1;
            memcpy(out, text + at, length);
            out[length] = '\0';
            return 1;
        }
        at = end + 1;
    }
    return 0;
}

// Whether the report has failed checks and every one of them contains `mark`; with `print`,
// each is printed as a KNOWN line of the test `name`.
static int only_known_failures(const char *text, long size, const char *mark, const char *name, int print) {
    int failures = 0;
    for (long at = 0; at < size;) {
        long end = at;
        while (end < size && text[end] != '\n') ++end;
        if (is_failed_check(text, at, end)) {
            if (!contains(text + at, end - at, mark)) return 0;
            ++failures;
            if (print) say("KNOWN %s/%s: %.*s", label, name, (int)(end - at), text + at);
        }
        at = end + 1;
    }
    return failures > 0;
}

static void show_output(const char *title, const struct Capture *c) {
    if (!c->size) return;
    say("| --- %s (%ld bytes)", title, c->size);
    long shown = c->size < 4096 ? c->size : 4096;
    for (long at = 0; at < shown;) {
        long end = at;
        while (end < shown && c->data[end] != '\n') ++end;
        say("| %.*s", (int)(end - at), c->data + at);
        at = end + 1;
    }
}

// Starts the program with its stdout and stderr on pipes, reads both until they close or the
// time is up, and returns its wait status (-1: could not start, -2: timed out).
static int run(const struct Test *t) {
    int pipes[2][2];
    if (pipe2(pipes[0], O_CLOEXEC) != 0 || pipe2(pipes[1], O_CLOEXEC) != 0) return -1;
    char *argv[max_words + 2], *envp[max_words + 2];
    int argc = 0, envc = 0;
    argv[argc++] = t->path;
    for (int i = 0; i < t->nargs; ++i) argv[argc++] = t->args[i];
    argv[argc] = 0;
    envp[envc++] = (char *)"VRT_TEST_MODE=native";
    for (int i = 0; i < t->nenv; ++i) envp[envc++] = t->env[i];
    envp[envc] = 0;

    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        // A process group of its own, so that a timeout takes its children too.
        setpgid(0, 0);
        int null = open("/dev/null", O_RDONLY);
        if (null >= 0) dup2(null, 0);
        dup2(pipes[0][1], 1);
        dup2(pipes[1][1], 2);
        chdir("/tmp");
        execve(t->path, argv, envp);
        dprintf(2, "FAIL execve %s: errno %d\n", t->path, errno);
        _exit(127);
    }
    close(pipes[0][1]);
    close(pipes[1][1]);
    for (int i = 0; i < 2; ++i) {
        captured[i].size = 0;
        captured[i].open = 1;
    }
    long long deadline = now_ms() + (long long)t->timeout_s * 1000, exited_at = 0;
    int status = 0, exited = 0, timed_out = 0;
    for (;;) {
        struct pollfd fds[2];
        int n = 0, which[2];
        for (int i = 0; i < 2; ++i)
            if (captured[i].open) {
                fds[n].fd = pipes[i][0];
                fds[n].events = POLLIN;
                fds[n].revents = 0;
                which[n++] = i;
            }
        if (!n) break;
        struct { long tv_sec, tv_nsec; } wait_for = {0, 100 * 1000000L};  // the kernel's old timespec
        long ready = syscall(__NR_ppoll, fds, n, &wait_for, 0, 0);
        for (int k = 0; ready > 0 && k < n; ++k) {
            if (!fds[k].revents) continue;
            struct Capture *c = &captured[which[k]];
            char scratch[4096];
            long space = capture_size - c->size;
            long r = space > 0 ? read(fds[k].fd, c->data + c->size, space) : read(fds[k].fd, scratch, sizeof scratch);
            if (r > 0 && space > 0) c->size += r;
            if (r == 0 || (r < 0 && errno != EINTR && errno != EAGAIN)) c->open = 0;
        }
        if (!exited) {
            int s;
            if (waitpid(pid, &s, WNOHANG) == pid) {
                exited = 1;
                status = s;
                exited_at = now_ms();
            }
        }
        long long t_now = now_ms();
        // Something it left behind holds the pipes: stop reading a while after it ended.
        if (exited && t_now - exited_at > exit_grace_ms) break;
        if (!exited && t_now > deadline) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
            timed_out = 1;
            break;
        }
    }
    close(pipes[0][0]);
    close(pipes[1][0]);
    if (!exited) waitpid(pid, &status, 0);
    kill(-pid, SIGKILL);  // whatever is left in its group
    return timed_out ? -2 : status;
}

static void judge(const struct Test *t) {
    char reason[1024], ended[32], expected[32], first[512];
    const char *skip_reason = 0;
    int known = 0;
    long long started = now_ms();
    int status = run(t);
    long long took = now_ms() - started;
    // Under TCG a program can take long enough to approach its timeout, and a boot's time is
    // its slowest programs': say which took a second or more.
    if (took >= 1000) say("suite: %s took %lld ms", t->name, took);
    const struct Capture *out = &captured[0], *err = &captured[1];
    int ok = 1;
    reason[0] = '\0';
    if (status == -1) {
        ok = 0;
        snprintf(reason, sizeof reason, "could not start it: errno %d", errno);
    } else if (status == -2) {
        ok = 0;
        snprintf(reason, sizeof reason, "timed out after %d s", t->timeout_s);
    } else {
        if (WIFSIGNALED(status)) snprintf(ended, sizeof ended, "signal %d", WTERMSIG(status));
        else snprintf(ended, sizeof ended, "exit %d", WEXITSTATUS(status));
        if (t->want_signal) snprintf(expected, sizeof expected, "signal %d", t->want_signal);
        else snprintf(expected, sizeof expected, "exit %d", t->want_exit);
        int allowed = !t->want_signal && t->allow_exit >= 0 && WIFEXITED(status) &&
                      WEXITSTATUS(status) == t->allow_exit;
        int skips = WIFEXITED(status) && WEXITSTATUS(status) == t->skip_exit && !allowed &&
                    (t->want_signal || t->want_exit != t->skip_exit);
        known = t->known_defect && WIFEXITED(status) && WEXITSTATUS(status) == 1 &&
                only_known_failures(out->data, out->size, t->known_defect, t->name, 0);
        if (find_line(out->data, out->size, "FAIL", first, sizeof first) ||
            find_line(err->data, err->size, "FAIL", first, sizeof first)) {
            ok = 0;
            snprintf(reason, sizeof reason, "%s (%s)", first[4] == ' ' ? first + 5 : first + 4, ended);
        } else if (skips) {
            if (!find_line(out->data, out->size, "SKIP ", first, sizeof first) && !last_line(err, first, sizeof first) &&
                !(t->skip_exit != skip_status && last_line(out, first, sizeof first))) {
                ok = 0;
                snprintf(reason, sizeof reason, "exit %d (skipped) without a reason on stdout (SKIP ...) or stderr",
                         t->skip_exit);
            } else {
                skip_reason = !strncmp(first, "SKIP ", 5) ? first + 5 : first;
            }
        } else if (strcmp(ended, expected) != 0 && !allowed && !known) {
            char text[256];
            ok = 0;
            if (err->size) {
                flatten(err->data, err->size, 200, text, sizeof text);
                snprintf(reason, sizeof reason, "%s, expected %s; stderr: %s", ended, expected, text);
            } else if (first_failed_check(out->data, out->size, text, sizeof text)) {
                snprintf(reason, sizeof reason, "%s, expected %s; stdout: %s", ended, expected, text);
            } else {
                snprintf(reason, sizeof reason, "%s, expected %s; no stderr", ended, expected);
            }
        }
        for (int i = 0; ok && !skip_reason && i < t->nstderr; ++i)
            if (!contains(err->data, err->size, t->stderr_texts[i])) {
                char text[256];
                flatten(err->data, err->size, 200, text, sizeof text);
                ok = 0;
                snprintf(reason, sizeof reason, "stderr lacks \"%s\"; it has: %s", t->stderr_texts[i], text);
            }
        if (ok && !skip_reason && t->nstdout) {
            // Line by line, leaving out the self-checks' `ok ` and `skip ` lines.
            int line = 0;
            long at = 0;
            for (;;) {
                while (at < out->size && (!strncmp(out->data + at, "ok ", 3) || !strncmp(out->data + at, "skip ", 5))) {
                    while (at < out->size && out->data[at] != '\n') ++at;
                    ++at;
                }
                if (at >= out->size) break;
                long end = at;
                while (end < out->size && out->data[end] != '\n') ++end;
                const char *want = line < t->nstdout ? t->stdout_lines[line] : 0;
                if (!want || strlen(want) != (size_t)(end - at) || memcmp(want, out->data + at, end - at) != 0) {
                    ok = 0;
                    snprintf(reason, sizeof reason, "stdout differs: line %d is \"%.*s\", expected \"%s\"",
                             line + 1, (int)(end - at > 200 ? 200 : end - at), out->data + at, want ? want : "");
                    break;
                }
                ++line;
                at = end + 1;
            }
            if (ok && line < t->nstdout) {
                ok = 0;
                snprintf(reason, sizeof reason, "stdout differs: line %d is missing, expected \"%s\"", line + 1,
                         t->stdout_lines[line]);
            }
        }
    }
    if (t->show) {
        say("=== BEGIN %s", t->show);
        for (long at = 0; at < out->size;) {
            long end = at;
            while (end < out->size && out->data[end] != '\n') ++end;
            say("%.*s", (int)(end - at), out->data + at);
            at = end + 1;
        }
        say("=== END %s", t->show);
    }
    if (ok && skip_reason) skip_result(t->name, skip_reason);
    else result(ok, t->name, reason);
    if (ok && known) only_known_failures(out->data, out->size, t->known_defect, t->name, 1);
    if (!ok) {
        show_output("stdout", out);
        show_output("stderr", err);
    }
    // line <name>|<prefix>|<needle>: one more result from its output.
    for (int i = 0; i < t->nline_checks; ++i) {
        char spec[256], *name = spec, *prefix, *needle, found[512];
        snprintf(spec, sizeof spec, "%s", t->line_check[i]);
        prefix = strchr(name, '|');
        if (!prefix || !(needle = strchr(prefix + 1, '|'))) {
            result(0, name, "bad line check in the manifest");
            continue;
        }
        *prefix++ = '\0';
        *needle++ = '\0';
        if (status < 0) {
            result(0, name, "its program did not run to the end");
        } else if (!find_line(out->data, out->size, prefix, found, sizeof found)) {
            snprintf(reason, sizeof reason, "no output line starts with \"%s\"", prefix);
            result(0, name, reason);
        } else if (!find_line_with(out->data, out->size, prefix, needle, found, sizeof found)) {
            snprintf(reason, sizeof reason, "\"%s\" lacks \"%s\"", found, needle);
            result(0, name, reason);
        } else {
            result(1, name, 0);
        }
    }
}

static int number(const char *s) {
    int n = 0;
    while (*s >= '0' && *s <= '9') n = n * 10 + (*s++ - '0');
    return n;
}

// What the programs expect of a machine that only vrt-init prepared: a writable /tmp and the
// pseudo-terminals of /dev/pts (/proc, /sys and /dev are vrt-init's).
static void prepare(void) {
    mkdir("/tmp", 01777);
    if (mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777") != 0)
        say("suite: cannot mount a tmpfs on /tmp (errno %d); it stays on the root file system", errno);
    mkdir("/dev/pts", 0755);
    if (mount("devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC, "ptmxmode=0666,mode=0620") != 0)
        say("suite: cannot mount devpts on /dev/pts (errno %d)", errno);
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "/suite/manifest";
    int fd = open(path, O_RDONLY);
    long size = 0, r;
    if (fd < 0) {
        say("FAIL suite: cannot open %s (errno %d)", path, errno);
        say("0 passed, 1 failed, 0 skipped");
        return 1;
    }
    while (size < (long)sizeof manifest - 1 && (r = read(fd, manifest + size, sizeof manifest - 1 - size)) > 0)
        size += r;
    close(fd);
    manifest[size] = '\0';
    if (argc == 1) prepare();  // only in the initramfs: given a manifest, it runs on any machine

    // An empty line first: the console may still hold the start of a kernel line (ppc64le's
    // hvc console does), which our first line would otherwise continue.
    say("%s", "");
    struct utsname u;
    if (uname(&u) == 0) say("suite: kernel %s %s %s", u.sysname, u.release, u.machine);

    static struct Test t;
    int in_test = 0;
    long long started = now_ms();
    for (char *line = manifest; *line;) {
        char *end = strchr(line, '\n');
        if (end) *end = '\0';
        char *value = strchr(line, ' ');
        if (value) *value++ = '\0';
        else value = line + strlen(line);
        if (!strcmp(line, "label")) {
            snprintf(label, sizeof label, "%s", value);
        } else if (!strcmp(line, "test")) {
            memset(&t, 0, sizeof t);
            t.timeout_s = 60;
            t.allow_exit = -1;
            t.skip_exit = skip_status;
            t.name = value;
            char *space = strchr(value, ' ');
            if (space) {
                *space = '\0';
                t.path = space + 1;
            } else {
                t.path = value;
            }
            in_test = 1;
        } else if (in_test && !strcmp(line, "arg") && t.nargs < max_words) {
            t.args[t.nargs++] = value;
        } else if (in_test && !strcmp(line, "env") && t.nenv < max_words) {
            t.env[t.nenv++] = value;
        } else if (in_test && !strcmp(line, "exit")) {
            t.want_exit = number(value);
        } else if (in_test && !strcmp(line, "allow-exit")) {
            t.allow_exit = number(value);
        } else if (in_test && !strcmp(line, "skip-exit")) {
            t.skip_exit = number(value);
        } else if (in_test && !strcmp(line, "signal")) {
            t.want_signal = number(value);
        } else if (in_test && !strcmp(line, "timeout")) {
            t.timeout_s = number(value) > 0 ? number(value) : 60;
        } else if (in_test && !strcmp(line, "stdout") && t.nstdout < max_lines) {
            t.stdout_lines[t.nstdout++] = value;
        } else if (in_test && !strcmp(line, "stderr") && t.nstderr < 16) {
            t.stderr_texts[t.nstderr++] = value;
        } else if (in_test && !strcmp(line, "show")) {
            t.show = value;
        } else if (in_test && !strcmp(line, "known-defect")) {
            t.known_defect = value;
        } else if (in_test && !strcmp(line, "line") && t.nline_checks < 8) {
            t.line_check[t.nline_checks++] = value;
        } else if (in_test && !strcmp(line, "end")) {
            judge(&t);
            in_test = 0;
        } else if (line[0] && line[0] != '#') {
            say("suite: manifest line not understood: %s %s", line, value);
        }
        if (!end) break;
        line = end + 1;
    }
    say("suite: %s took %lld ms", label, now_ms() - started);
    say("%d passed, %d failed, %d skipped", passed, failed, skipped);
    // tcdrain: the console's serial port sends what it holds before vrt-init powers the machine
    // off, which would otherwise drop these last lines.
    ioctl(1, TCSBRK, 1);
    return failed ? 1 : 0;
}
