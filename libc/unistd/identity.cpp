// getuid(2) and friends: the real and effective ids never fail (getuid(2)).
#include "libc/unistd/system_info.h"
#include "sys/kernel.h"

extern "C" {

uid_t getuid(void) { return static_cast<uid_t>(vrt::kernel::getuid()); }
uid_t geteuid(void) { return static_cast<uid_t>(vrt::kernel::geteuid()); }
gid_t getgid(void) { return static_cast<gid_t>(vrt::kernel::getgid()); }
gid_t getegid(void) { return static_cast<gid_t>(vrt::kernel::getegid()); }

}
