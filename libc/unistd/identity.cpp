// getuid(2) and friends: the real and effective ids never fail (getuid(2)).
#include "libc/unistd/system_info.h"
#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" {

uid_t getuid(void) { return static_cast<uid_t>(vrt::kernel::getuid()); }
uid_t geteuid(void) { return static_cast<uid_t>(vrt::kernel::geteuid()); }
gid_t getgid(void) { return static_cast<gid_t>(vrt::kernel::getgid()); }
gid_t getegid(void) { return static_cast<gid_t>(vrt::kernel::getegid()); }

}

// setuid(2), setgid(2) and getgroups(2), on the *32 calls where the table still has 16-bit ones.
// libvrt has no threads, so the change needs no broadcast to other threads (as glibc's setxid).
#ifdef __NR_setuid32
static constexpr long nr_setuid = __NR_setuid32, nr_setgid = __NR_setgid32, nr_getgroups = __NR_getgroups32;
#else
static constexpr long nr_setuid = __NR_setuid, nr_setgid = __NR_setgid, nr_getgroups = __NR_getgroups;
#endif

extern "C" {

int setuid(uid_t uid) { return vrt::c_result(vrt::syscall(nr_setuid, uid)); }
int setgid(gid_t gid) { return vrt::c_result(vrt::syscall(nr_setgid, gid)); }
// size 0 asks for the count only; a list too small for the groups is EINVAL (getgroups(2)).
int getgroups(int size, gid_t list[]) { return vrt::c_result(vrt::syscall(nr_getgroups, size, list)); }

}
