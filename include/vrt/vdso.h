/* What libc does not offer: calling the vDSO or the kernel explicitly, and looking inside the vDSO.
 *
 * The explicit paths return 0 (or a result) or a negative errno, and never touch errno:
 *   vrt_vdso_*  only the vDSO function (-ENOSYS when this process's vDSO has none);
 *   vrt_sys_*   only the system call.
 * Null pointers are passed through unchecked, so tests can see what each path does with them.
 * C++ has the same functions as vrt::vdso::clock_gettime, vrt::sys::clock_gettime, ... */
#ifndef VRT_VDSO_H
#define VRT_VDSO_H

#include <stddef.h>
#include <vrt/cdefs.h>
#include <vrt/time.h>
#include <vrt/types.h>

struct vrt_vdso_symbol {
    const char *name;      /* "" for an unnamed entry */
    const char *version;   /* defining version, or NULL when unversioned */
    void *address;         /* NULL unless it lies in an executable segment */
    unsigned char type;    /* STT_* */
    unsigned char binding; /* STB_* */
    unsigned char defined; /* st_shndx != SHN_UNDEF */
};

VRT_BEGIN_DECLS

/* The vDSO's ELF header (AT_SYSINFO_EHDR), or NULL when the process has no usable vDSO. */
const void *vrt_vdso_base(void);
/* How many bytes of the vDSO libvrt reads (its PT_LOAD extent); 0 without a vDSO. */
size_t vrt_vdso_size(void);
/* Why the vDSO is unusable ("no AT_SYSINFO_EHDR", or the reader's reason); NULL when usable. */
const char *vrt_vdso_error(void);
/* The address of name in version (NULL: any version), or NULL. GNU hash, then SysV hash, then
 * a scan; versions checked against DT_VERDEF when the vDSO has version tables. */
void *vrt_vdso_sym(const char *name, const char *version);
/* Number of entries in the vDSO's dynamic symbol table (entry 0 is the null symbol). */
size_t vrt_vdso_symbol_count(void);
/* Fills *out with entry index; 0 when index is out of range. */
int vrt_vdso_symbol_at(size_t index, struct vrt_vdso_symbol *out);

/* How this process enters the kernel: "syscall", "svc 0", "int $0x80", "__kernel_vsyscall"... */
const char *vrt_syscall_entry(void);

int vrt_vdso_clock_gettime(clockid_t clock, struct timespec *ts);
int vrt_vdso_clock_getres(clockid_t clock, struct timespec *res);
int vrt_vdso_gettimeofday(struct timeval *tv, struct timezone *tz);
/* The vDSO's time(): the time, or -ENOSYS where the vDSO has none. */
time_t vrt_vdso_time(time_t *t);
int vrt_vdso_getcpu(unsigned int *cpu, unsigned int *node);
/* The vDSO's getrandom (Linux 6.11+ on x86_64; 6.12+ on arm64, ppc64 and s390x; 6.16+ on
 * riscv64): bytes written or -errno; -ENOSYS where the vDSO has none. It uses libvrt's one opaque
 * state, mapped at the first call; the vDSO itself makes the system call for what it does not
 * serve (unknown flags, an RNG not yet ready, a state in use by the code a signal interrupted). */
ssize_t vrt_vdso_getrandom(void *buf, size_t n, unsigned int flags);

int vrt_sys_clock_gettime(clockid_t clock, struct timespec *ts);
int vrt_sys_clock_getres(clockid_t clock, struct timespec *res);
int vrt_sys_gettimeofday(struct timeval *tv, struct timezone *tz);
/* time(2) where the arch has it, else the seconds of a CLOCK_REALTIME_COARSE system call (the
 * clock time(2) reads). */
time_t vrt_sys_time(time_t *t);
int vrt_sys_getcpu(unsigned int *cpu, unsigned int *node);
ssize_t vrt_sys_getrandom(void *buf, size_t n, unsigned int flags);

VRT_END_DECLS

#ifdef __cplusplus
namespace vrt {
namespace vdso {
inline const void *base() { return vrt_vdso_base(); }
inline void *sym(const char *name, const char *version = nullptr) { return vrt_vdso_sym(name, version); }
inline size_t symbol_count() { return vrt_vdso_symbol_count(); }
inline bool symbol_at(size_t index, vrt_vdso_symbol &out) { return vrt_vdso_symbol_at(index, &out); }
inline int clock_gettime(clockid_t c, timespec *ts) { return vrt_vdso_clock_gettime(c, ts); }
inline int clock_getres(clockid_t c, timespec *res) { return vrt_vdso_clock_getres(c, res); }
inline int gettimeofday(timeval *tv, struct timezone *tz) { return vrt_vdso_gettimeofday(tv, tz); }
inline time_t time(time_t *t) { return vrt_vdso_time(t); }
inline int getcpu(unsigned *cpu, unsigned *node) { return vrt_vdso_getcpu(cpu, node); }
inline ssize_t getrandom(void *buf, size_t n, unsigned flags) { return vrt_vdso_getrandom(buf, n, flags); }
}  // namespace vdso
namespace sys {
inline int clock_gettime(clockid_t c, timespec *ts) { return vrt_sys_clock_gettime(c, ts); }
inline int clock_getres(clockid_t c, timespec *res) { return vrt_sys_clock_getres(c, res); }
inline int gettimeofday(timeval *tv, struct timezone *tz) { return vrt_sys_gettimeofday(tv, tz); }
inline time_t time(time_t *t) { return vrt_sys_time(t); }
inline int getcpu(unsigned *cpu, unsigned *node) { return vrt_sys_getcpu(cpu, node); }
inline ssize_t getrandom(void *buf, size_t n, unsigned flags) { return vrt_sys_getrandom(buf, n, flags); }
}  // namespace sys
}  // namespace vrt
#endif

#endif
