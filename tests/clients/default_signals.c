// Runs a command with no signal ignored: what a test suite that reads its children's
// dispositions from /proc (tini's signal configuration test) needs when it is started by a
// process that ignores some. GNU make, for one, starts its recipes with signals 32 and 33 ignored,
// which glibc reserves and so cannot give back (its sigaction refuses them, and Python has no
// name for them); libvrt reserves none.
//   default_signals COMMAND [ARG...]
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s COMMAND [ARG...]\n", argv[0]);
        return 2;
    }
    for (int signal_number = 1; signal_number <= SIGRTMAX; ++signal_number) {
        struct sigaction now;
        if (sigaction(signal_number, NULL, &now) == 0 && now.sa_handler == SIG_IGN) {
            struct sigaction fresh;
            memset(&fresh, 0, sizeof fresh);
            fresh.sa_handler = SIG_DFL;
            sigaction(signal_number, &fresh, NULL);
        }
    }
    execvp(argv[1], argv + 1);
    perror(argv[1]);
    return 127;
}
