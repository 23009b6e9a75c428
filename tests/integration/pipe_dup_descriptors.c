// pipe2, dup, dup2, dup3 and fcntl: flags land where asked (O_CLOEXEC as FD_CLOEXEC, O_NONBLOCK
// as EAGAIN on an empty pipe), duplicates share the open file, the edge cases fail as POSIX and
// Linux say, and bytes cross a pipe from a forked child to its parent.
#include <vrt/fcntl.h>
#include <vrt/wait.h>

#include "self_check.h"

int main(void) {
    int fds[2];
    check_equal(pipe2(fds, O_CLOEXEC | O_NONBLOCK), 0, "pipe2(O_CLOEXEC | O_NONBLOCK)");
    check_equal(fcntl(fds[0], F_GETFD) & FD_CLOEXEC, FD_CLOEXEC, "pipe2's O_CLOEXEC sets FD_CLOEXEC");
    check_equal(fcntl(fds[0], F_GETFL) & O_NONBLOCK, O_NONBLOCK, "pipe2's O_NONBLOCK shows in F_GETFL");
    char byte;
    check_fails_with(read(fds[0], &byte, 1), EAGAIN, "reading an empty non-blocking pipe fails with EAGAIN");

    int copy = dup(fds[1]);
    check(copy >= 0 && copy != fds[0] && copy != fds[1], "dup returns a new descriptor");
    check_equal(fcntl(copy, F_GETFD) & FD_CLOEXEC, 0, "dup's copy has no FD_CLOEXEC");
    check_equal(write(copy, "x", 1), 1, "write through the dup");
    check_equal(read(fds[0], &byte, 1), 1, "read what the dup wrote");
    check_equal(byte, 'x', "the byte came through the dup");

    check_equal(dup2(copy, 100), 100, "dup2 to a chosen descriptor");
    check_equal(dup2(100, 100), 100, "dup2 of a descriptor onto itself returns it");
    check_fails_with(dup2(200, 200), EBADF, "dup2 of a closed descriptor onto itself fails with EBADF");
    check_fails_with(dup2(201, 101), EBADF, "dup2 of a closed descriptor fails with EBADF");
    check_equal(dup3(copy, 101, O_CLOEXEC), 101, "dup3 with O_CLOEXEC");
    check_equal(fcntl(101, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC, "dup3's O_CLOEXEC sets FD_CLOEXEC");
    check_fails_with(dup3(101, 101, 0), EINVAL, "dup3 onto itself fails with EINVAL");
    check_equal(fcntl(101, F_SETFD, 0), 0, "F_SETFD clears FD_CLOEXEC");
    check_equal(fcntl(101, F_GETFD), 0, "F_GETFD shows it cleared");
    check_fails_with(fcntl(300, F_GETFD), EBADF, "fcntl on a closed descriptor fails with EBADF");
    close(100);
    close(101);
    close(copy);
    close(fds[0]);
    close(fds[1]);

    check_equal(pipe(fds), 0, "pipe");
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        write(fds[1], "from the child", 14);
        _exit(0);
    }
    close(fds[1]);
    char text[32] = {0};
    long total = 0, n;
    while ((n = read(fds[0], text + total, sizeof text - 1 - total)) > 0) total += n;
    check_equal(n, 0, "read sees end of file once the child exits");
    check_strings(text, "from the child", "the child's bytes came through the pipe");
    int status;
    check_equal(waitpid(pid, &status, 0), pid, "reap the writer");
    check_fails_with(pipe2(fds, 0x7fffffff), EINVAL, "pipe2 with unknown flags fails with EINVAL");
    return check_result();
}
