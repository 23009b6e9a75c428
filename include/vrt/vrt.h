/* Everything libvrt declares, for programs that would rather include one header. Only the
 * compiler's <stddef.h>/<stdarg.h> and the kernel's UAPI headers are pulled in with it. */
#ifndef VRT_VRT_H
#define VRT_VRT_H

#include <vrt/auxv.h>
#include <vrt/errno.h>
#include <vrt/fcntl.h>
#include <vrt/ioctl.h>
#include <vrt/malloc.h>
#include <vrt/mman.h>
#include <vrt/mount.h>
#include <vrt/prctl.h>
#include <vrt/random.h>
#include <vrt/reboot.h>
#include <vrt/resource.h>
#include <vrt/rseq.h>
#include <vrt/sched.h>
#include <vrt/signal.h>
#include <vrt/signalfd.h>
#include <vrt/stat.h>
#include <vrt/stdio.h>
#include <vrt/stdlib.h>
#include <vrt/string.h>
#include <vrt/time.h>
#include <vrt/types.h>
#include <vrt/unistd.h>
#include <vrt/utsname.h>
#include <vrt/vdso.h>
#include <vrt/wait.h>
#ifdef __cplusplus
#include <vrt/new.h>
#endif

#endif
