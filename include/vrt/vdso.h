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

/* A vDSO image as libvrt's reader sees it: the process's own (vrt_vdso_process_image) or the bytes
 * of a file dump of one (vrt_vdso_image_read). The fields before `reader` describe it; `reader`
 * is the reader's own state, to be neither read nor changed. */
struct vrt_vdso_image {
    const void *base;        /* the ELF header; NULL when there is no usable image */
    size_t size;             /* the bytes the reader may read */
    unsigned char elf_class; /* 32 or 64 */
    unsigned short machine;  /* e_machine (EM_*) */
    unsigned char gnu_hash;  /* 1 when it has DT_GNU_HASH */
    unsigned char sysv_hash; /* 1 when it has DT_HASH */
    unsigned char versioned; /* 1 when it has DT_VERDEF */
    size_t reader[16];
};

/* A time function of libvrt's and what serves it in this process. */
struct vrt_vdso_use {
    const char *function; /* "clock_gettime", "clock_getres", "gettimeofday", "time", "getcpu",
                          * "getrandom" */
    const char *symbol;   /* the vDSO symbol it would call; NULL when this arch's vDSO has none */
    const char *version;  /* the version that symbol is looked up in */
    const void *address;  /* where symbol is in this process's vDSO; NULL: the system call */
};

/* x86_64's legacy vsyscall page: gettimeofday, time and getcpu at fixed offsets from a fixed
 * address, from before the vDSO. */
struct vrt_vsyscall_page {
    unsigned long address;
    unsigned gettimeofday, time, getcpu; /* offsets into the page */
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

/* Fills *image with the process's own vDSO (base NULL when it has none: vrt_vdso_error says why). */
void vrt_vdso_process_image(struct vrt_vdso_image *image);
/* Reads the size bytes at data, a vDSO image of either ELF class and any machine (a file dump,
 * aligned as its class wants: mmap'd or malloc'd memory is). NULL when *image is usable, else the
 * reason it is not. data must outlive *image. */
const char *vrt_vdso_image_read(const void *data, size_t size, struct vrt_vdso_image *image);
/* The image's dynamic symbols, as vrt_vdso_symbol_count and vrt_vdso_symbol_at for the process. */
size_t vrt_vdso_image_symbol_count(const struct vrt_vdso_image *image);
int vrt_vdso_image_symbol_at(const struct vrt_vdso_image *image, size_t index, struct vrt_vdso_symbol *out);
/* Fills *out with the index-th of libvrt's vDSO-backed time functions; 0 past the last. */
int vrt_vdso_use_at(size_t index, struct vrt_vdso_use *out);

/* Fills *out with this arch's vsyscall page and returns 1; 0 (and *out zeroed) where it has none. */
int vrt_vsyscall_page_layout(struct vrt_vsyscall_page *out);
/* The system call numbers libvrt's time functions may enter the kernel with on this arch (the
 * time64 and time32 clock calls, gettimeofday, time, getcpu), at most capacity of them; returns
 * how many it stored. */
size_t vrt_time_syscalls(long *numbers, size_t capacity);

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
/* The vDSO's getrandom in this process and the opaque state it asked for (struct
 * vgetrandom_opaque_params of include/uapi/linux/random.h). */
struct vrt_vdso_random_state {
    const char *symbol;  /* this arch's vDSO symbol, NULL where no vDSO of this arch has one */
    const char *version;
    const void *address; /* the function in this process's vDSO; NULL: the system call serves */
    const void *state;   /* the mapped state (mapped now if it was not yet); NULL when none */
    unsigned int size, mmap_prot, mmap_flags; /* what the vDSO asked for */
};
void vrt_vdso_getrandom_state(struct vrt_vdso_random_state *out);

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
