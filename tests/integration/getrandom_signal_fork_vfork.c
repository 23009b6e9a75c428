// timeout: 180
//
// Where a naive cache of random bytes goes wrong, getrandom and arc4random stay right:
//   - a vfork child is the first caller (the state is made in the memory it shares with its
//     parent), and parent and child draw different bytes;
//   - after fork the child's bytes differ from the parent's (the vDSO's state is mapped
//     MAP_DROPPABLE, which the kernel wipes in the child, so the child reseeds), for getrandom
//     and for arc4random_buf, twice over;
//   - a signal handler that calls getrandom while the code it interrupted is inside getrandom
//     gets bytes of its own: none of them appear in the interrupted call's output, and all of
//     its draws differ (the vDSO marks its state in use and sends the handler to the system
//     call).
// The timeout: asynchronous signals on a busy one-CPU machine wait for scheduler ticks.
#include <vrt/random.h>
#include <vrt/signal.h>
#include <vrt/time.h>
#include <vrt/wait.h>

#include "self_check.h"

static int contains(const unsigned char *haystack, size_t n, const unsigned char *needle, size_t k) {
    for (size_t i = 0; i + k <= n; ++i)
        if (memcmp(haystack + i, needle, k) == 0) return 1;
    return 0;
}

static volatile long vfork_child_result = -1;
static unsigned char vfork_child_bytes[32];

// A vfork child draws into vfork_child_bytes (memory it shares with us) and exits with 0 when
// it got them all; its pid.
static pid_t vfork_child_draws(void) {
    pid_t pid = vfork();
    if (pid == 0) {
        long r = getrandom(vfork_child_bytes, sizeof vfork_child_bytes, 0);
        vfork_child_result = r;
        _exit(r == (long)sizeof vfork_child_bytes ? 0 : 1);
    }
    return pid;
}

static void vfork_child_draws_first(void) {
    pid_t pid = vfork_child_draws();
    int status = -1;
    check_equal(waitpid(pid, &status, 0), pid, "the vfork child was reaped");
    check(WIFEXITED(status) && WEXITSTATUS(status) == 0,
          "a vfork child's getrandom, the process's first, fills 32 bytes");
    unsigned char mine[32];
    check_equal(getrandom(mine, sizeof mine, 0), sizeof mine,
                "the parent's getrandom after the vfork child fills 32 bytes");
    if (under_qemu_user()) {
        skip("vfork children's bytes against the parent's: qemu-user turns vfork into fork");
        return;
    }
    check_equal(vfork_child_result, sizeof vfork_child_bytes,
                "the vfork child wrote its result into the parent's memory");
    check(memcmp(mine, vfork_child_bytes, sizeof mine) != 0, "the parent's bytes differ from its vfork child's");
    int differed = 0;
    for (int i = 0; i < 8; ++i) {
        vfork_child_result = -1;
        waitpid(vfork_child_draws(), &status, 0);
        getrandom(mine, sizeof mine, 0);
        differed += vfork_child_result == 32 && memcmp(mine, vfork_child_bytes, sizeof mine) != 0;
    }
    check_equal(differed, 8, "eight more vfork children drew 32 bytes that differ from their parent's next");
}

// fill(buf, n) is getrandom or arc4random_buf. The child's first 64 bytes after fork, through a
// pipe, against the parent's.
static void fork_child_differs(int use_arc4random, const char *what) {
    unsigned char warm[16], mine[64], childs[64];
    if (use_arc4random) arc4random_buf(warm, sizeof warm);
    else getrandom(warm, sizeof warm, 0);  // the parent's state is made and holds buffered bytes
    int fds[2];
    if (!check_equal(pipe(fds), 0, "pipe")) return;
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        if (use_arc4random) arc4random_buf(childs, sizeof childs);
        else if (getrandom(childs, sizeof childs, 0) != sizeof childs) _exit(1);
        _exit(write(fds[1], childs, sizeof childs) == sizeof childs ? 0 : 1);
    }
    close(fds[1]);
    if (use_arc4random) arc4random_buf(mine, sizeof mine);
    else getrandom(mine, sizeof mine, 0);
    long got = read(fds[0], childs, sizeof childs);
    close(fds[0]);
    int status = -1;
    waitpid(pid, &status, 0);
    check_equal(got, sizeof childs, "the fork child sent its 64 bytes");
    check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the fork child drew its bytes");
    check(!contains(mine, sizeof mine, childs, 16) && !contains(childs, sizeof childs, mine, 16), what);
}

enum { handler_draws = 256, handler_draw_size = 16 };
static unsigned char handler_bytes[handler_draws][handler_draw_size];
static volatile long handler_results[handler_draws];
static volatile sig_atomic_t handler_calls, inside_getrandom, landed_inside;

static void draw_in_handler(int sig) {
    (void)sig;
    int saved = errno;
    int slot = handler_calls;
    if (slot < handler_draws) {
        if (inside_getrandom) ++landed_inside;
        handler_results[slot] = getrandom(handler_bytes[slot], handler_draw_size, 0);
        handler_calls = slot + 1;
    }
    errno = saved;
}

// One round: a child sends 200 signals while this process draws 4096 bytes at a time.
static void signals_during_getrandom(void) {
    handler_calls = 0;
    landed_inside = 0;
    pid_t parent = getpid();
    enum { signals = 200 };
    pid_t pid = fork();
    if (pid == 0) {
        struct timespec pause = {0, 200000};
        for (int i = 0; i < signals; ++i) {
            if (kill(parent, SIGUSR1) != 0) _exit(1);
            nanosleep(&pause, 0);
        }
        _exit(0);
    }
    static unsigned char main_bytes[4096];
    int bad_results = 0, shared = 0, calls = 0, calls_after_sender = 0;
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        int before = handler_calls;
        inside_getrandom = 1;
        long r = getrandom(main_bytes, sizeof main_bytes, 0);
        inside_getrandom = 0;
        ++calls;
        if (r != (long)sizeof main_bytes) ++bad_results;
        for (int slot = before; slot < handler_calls; ++slot)
            shared += contains(main_bytes, sizeof main_bytes, handler_bytes[slot], handler_draw_size);
        if (handler_calls >= signals || calls_after_sender > 1000) break;
        if (pid < 0) ++calls_after_sender;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec > 120) break;
        // A system call here would take most signals (they are delivered on its way out):
        // the sender is asked about rarely.
        int status;
        if (handler_calls > before || calls % 256) continue;
        // Once the sender is gone, a thousand more calls collect the signals still pending
        // (two sent before the first was delivered count as one).
        if (pid > 0 && waitpid(pid, &status, WNOHANG) == pid) pid = -1;
    }
    if (pid > 0) {
        int status;
        waitpid(pid, &status, 0);
    }
    int n = handler_calls;
    check(n > 0, "the signal handler ran");
    check_equal(bad_results, 0, "every interrupted getrandom filled its 4096 bytes");
    int handler_failures = 0, repeats = 0;
    for (int i = 0; i < n; ++i) {
        handler_failures += handler_results[i] != handler_draw_size;
        for (int j = 0; j < i; ++j) repeats += memcmp(handler_bytes[i], handler_bytes[j], handler_draw_size) == 0;
    }
    check_equal(handler_failures, 0, "every getrandom in the handler filled its 16 bytes");
    check_equal(repeats, 0, "no two of the handler's draws are equal");
    check_equal(shared, 0, "no handler draw appears in the output of the call it interrupted");
}

// Where a signal lands is up to the scheduler: on one emulated CPU a whole round can see none
// arrive inside getrandom (once, riscv64 7.2 under TCG), which proves nothing either way. So up
// to three rounds run, each checked in full, until one has signals that did.
static void signal_handler_gets_its_own_bytes(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = draw_in_handler;
    action.sa_flags = SA_RESTART;
    check_equal(sigaction(SIGUSR1, &action, 0), 0, "sigaction(SIGUSR1)");
    for (int round = 0; round < 3; ++round) {
        signals_during_getrandom();
        if (landed_inside > 0 || under_qemu_user()) break;
    }
    char line[96], digits[24];
    const char *prefix = "signals that arrived inside getrandom: ";
    size_t length = strlen(prefix);
    memcpy(line, prefix, length);
    const char *d = decimal(landed_inside, digits);
    memcpy(line + length, d, strlen(d) + 1);
    if (under_qemu_user()) skip(line);  // no vDSO there: every call is the system call
    else check(landed_inside > 0, line);
}

int main(void) {
    vfork_child_draws_first();
    fork_child_differs(0, "a fork child's getrandom bytes differ from its parent's");
    fork_child_differs(0, "and again, from a parent that has drawn since");
    fork_child_differs(1, "a fork child's arc4random_buf bytes differ from its parent's");
    fork_child_differs(1, "and again, for arc4random_buf");
    signal_handler_gets_its_own_bytes();
    return check_result();
}
