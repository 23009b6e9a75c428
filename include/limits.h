/* Limits of the integer types and of the system (limits.h(0p)). Complete in itself: the
 * compiler's own limits.h expects a hosted one behind it.
 *
 * The system limits are Linux's fixed ones (include/uapi/linux/limits.h and the kernel's
 * constants named beside each). Limits that vary at run time (ARG_MAX, OPEN_MAX, CHILD_MAX,
 * PAGESIZE...) are left undefined, as POSIX asks: ask sysconf(). */
#ifndef VRT_LIMITS_H
#define VRT_LIMITS_H

#define CHAR_BIT __CHAR_BIT__
#define SCHAR_MAX __SCHAR_MAX__
#define SCHAR_MIN (-1 - SCHAR_MAX)
#define UCHAR_MAX (SCHAR_MAX * 2 + 1)
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN 0
#define CHAR_MAX UCHAR_MAX
#else
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#endif
#define SHRT_MAX __SHRT_MAX__
#define SHRT_MIN (-1 - SHRT_MAX)
#define USHRT_MAX (SHRT_MAX * 2 + 1)
#define INT_MAX __INT_MAX__
#define INT_MIN (-1 - INT_MAX)
#define UINT_MAX (INT_MAX * 2U + 1U)
#define LONG_MAX __LONG_MAX__
#define LONG_MIN (-1L - LONG_MAX)
#define ULONG_MAX (LONG_MAX * 2UL + 1UL)
#define LLONG_MAX __LONG_LONG_MAX__
#define LLONG_MIN (-1LL - LLONG_MAX)
#define ULLONG_MAX (LLONG_MAX * 2ULL + 1ULL)
/* libvrt has only the C locale: a character is one byte. */
#define MB_LEN_MAX 1

#define SSIZE_MAX LONG_MAX /* ssize_t is as wide as long on every Linux arch */
#define LONG_BIT (__SIZEOF_LONG__ * CHAR_BIT)
#define WORD_BIT (__SIZEOF_INT__ * CHAR_BIT)

/* include/uapi/linux/limits.h */
#define NGROUPS_MAX 65536
#define NAME_MAX 255
#define PATH_MAX 4096
#define PIPE_BUF 4096
#define XATTR_NAME_MAX 255
#define XATTR_SIZE_MAX 65536
#define XATTR_LIST_MAX 65536
/* __NEW_UTS_LEN in include/uapi/linux/utsname.h: struct utsname's 65 bytes with the NUL. */
#define HOST_NAME_MAX 64
/* MAXSYMLINKS in include/linux/namei.h: path resolution gives ELOOP beyond it. */
#define SYMLOOP_MAX 40
/* UIO_MAXIOV in include/uapi/linux/uio.h: readv/writev take at most this many buffers. */
#define IOV_MAX 1024
/* The kernel's minimum for the real-time signal range (SIGRTMAX - SIGRTMIN + 1 is more). */
#define RTSIG_MAX 32
#define LOGIN_NAME_MAX 256
#define TTY_NAME_MAX 32
/* The longest line the POSIX utilities must handle (the value glibc and musl give). */
#define LINE_MAX 2048

/* POSIX's minimum values of the limits above, which every conforming system meets. */
#define _POSIX_ARG_MAX 4096
#define _POSIX_CHILD_MAX 25
#define _POSIX_HOST_NAME_MAX 255
#define _POSIX_LINK_MAX 8
#define _POSIX_LOGIN_NAME_MAX 9
#define _POSIX_MAX_CANON 255
#define _POSIX_MAX_INPUT 255
#define _POSIX_NAME_MAX 14
#define _POSIX_NGROUPS_MAX 8
#define _POSIX_OPEN_MAX 20
#define _POSIX_PATH_MAX 256
#define _POSIX_PIPE_BUF 512
#define _POSIX_RTSIG_MAX 8
#define _POSIX_SIGQUEUE_MAX 32
#define _POSIX_SSIZE_MAX 32767
#define _POSIX_STREAM_MAX 8
#define _POSIX_SYMLOOP_MAX 8
#define _POSIX_TTY_NAME_MAX 9
#define _POSIX2_LINE_MAX 2048

#endif
