// mount, umount2, chroot, sethostname and reboot, safely: in a child that has its own mount and UTS
// namespaces, and in a grandchild that is PID 1 of its own PID namespace, where the kernel turns
// reboot(RB_POWER_OFF) into that process's death by SIGINT and reboot(RB_AUTOBOOT) into SIGHUP,
// and refuses the other commands with EINVAL. Needs root (CAP_SYS_ADMIN): a skip (exit 77) otherwise.
#include <linux/sched.h>
#include <vrt/fcntl.h>
#include <vrt/mount.h>
#include <vrt/reboot.h>
#include <vrt/stat.h>
#include <vrt/stdio.h>
#include <vrt/utsname.h>
#include <vrt/wait.h>
#include <asm/unistd.h>

#include "self_check.h"

static int contains(const char *text, const char *word) {
    for (size_t n = strlen(word); *text; ++text)
        if (strncmp(text, word, n) == 0) return 1;
    return 0;
}

static int run_in_child(int (*body)(void)) {
    pid_t pid = fork();
    if (pid == 0) _exit(body());
    int status = -1;
    waitpid(pid, &status, 0);
    return status;
}

// After chroot(dir) and chdir("/"), the file made on the tmpfs is /inside and the machine's
// /proc is gone; the exit status says which of these failed.
static const char *chroot_dir;
static int inside_chroot(void) {
    if (chroot(chroot_dir) != 0) return 1;
    if (chdir("/") != 0) return 2;
    if (access("/inside", F_OK) != 0) return 3;
    if (access("/proc/self", F_OK) == 0 || errno != ENOENT) return 4;
    return 0;
}

// In new mount and UTS namespaces: a tmpfs mounted on a fresh directory holds a file, unmounting
// it takes the file away; the host name changes here and nowhere else.
static int mount_and_name(void) {
    char dir[64], file[80];
    snprintf(dir, sizeof dir, "/tmp/vrt-mount-%d", getpid());
    snprintf(file, sizeof file, "%s/inside", dir);
    check_equal(mkdir(dir, 0700), 0, "make a mount point");
    check_equal(mount("vrt-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k"), 0, "mount a tmpfs");
    int fd = open(file, O_WRONLY | O_CREAT, 0600);
    check(fd >= 0, "create a file on the tmpfs");
    close(fd);
    char mounts[8192];
    read_whole_file("/proc/self/mounts", mounts, sizeof mounts);
    check(contains(mounts, "vrt-test"), "/proc/self/mounts lists the tmpfs");
    check_fails_with(chroot("/nonexistent-vrt"), ENOENT, "chroot to a missing directory fails with ENOENT");
    check_fails_with(chroot(file), ENOTDIR, "chroot to a file fails with ENOTDIR");
    chroot_dir = dir;
    int chrooted = run_in_child(inside_chroot);
    check_equal(WIFEXITED(chrooted) ? WEXITSTATUS(chrooted) : -1, 0, "in a child chrooted to the tmpfs, / is the tmpfs");
    check_fails_with(umount2(dir, 0x100), EINVAL, "umount2 with an unknown flag fails with EINVAL");
    check_equal(umount2(dir, MNT_DETACH), 0, "umount2(MNT_DETACH)");
    check_fails_with(access(file, F_OK), ENOENT, "the file went with the tmpfs");
    check_fails_with(umount(dir), EINVAL, "umount of a directory that is no mount point fails with EINVAL");
    rmdir(dir);
    check_fails_with(mount("none", "/nonexistent-vrt", "tmpfs", 0, 0), ENOENT, "mount on a missing directory fails with ENOENT");

    check_equal(sethostname("vrt-test-host", 13), 0, "sethostname");
    struct utsname name;
    uname(&name);
    check_strings(name.nodename, "vrt-test-host", "uname shows the new host name");
    check_fails_with(sethostname("x", 100), EINVAL, "sethostname longer than 64 bytes fails with EINVAL");
    sync();
    return check_result();
}

static int reboot_command;

// PID 1 of a new PID namespace. getpid() is checked first: anywhere else, these commands would
// act on the whole machine.
static int namespace_init(void) {
    if (getpid() != 1) return 90;
    if (reboot(RB_DISABLE_CAD) != -1 || errno != EINVAL) return 91;
    reboot(reboot_command);
    return 92;  // reboot returned
}

// The namespace's init must be a child of the process that called unshare(CLONE_NEWPID).
static int in_pid_namespace(void) {
    if (syscall(__NR_unshare, CLONE_NEWPID) != 0) return 93;
    int status = run_in_child(namespace_init);
    return WIFSIGNALED(status) ? 100 + WTERMSIG(status) : WEXITSTATUS(status);
}

static int probe_unshare(void) { return syscall(__NR_unshare, CLONE_NEWUTS) == 0 ? 0 : errno; }

static int in_mount_and_uts_namespaces(void) {
    if (syscall(__NR_unshare, CLONE_NEWNS | CLONE_NEWUTS) != 0) return 95;
    // Nothing mounted from here may propagate back to the machine's namespace.
    if (mount("none", "/", 0, MS_REC | MS_PRIVATE, 0) != 0) return 96;
    return mount_and_name();
}

int main(void) {
    int status = run_in_child(probe_unshare);
    if (WIFEXITED(status) && WEXITSTATUS(status) == EPERM)
        return skip_program("new mount and UTS namespaces need CAP_SYS_ADMIN (not root)");
    status = run_in_child(in_mount_and_uts_namespaces);
    check_equal(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 0, "mount and sethostname checks ran in their own namespaces");

    reboot_command = RB_POWER_OFF;
    status = run_in_child(in_pid_namespace);
    check_equal(WEXITSTATUS(status), 100 + SIGINT, "reboot(RB_POWER_OFF) ends a PID namespace's init as if by SIGINT");
    reboot_command = RB_AUTOBOOT;
    status = run_in_child(in_pid_namespace);
    check_equal(WEXITSTATUS(status), 100 + SIGHUP, "reboot(RB_AUTOBOOT) ends a PID namespace's init as if by SIGHUP");
    return check_result();
}
