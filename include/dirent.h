/* Reading directories (POSIX <dirent.h>).
 *
 * struct dirent is the kernel's struct linux_dirent64 (fs/readdir.c), whose layout is the same
 * on every architecture: readdir returns the records getdents64(2) wrote, in place. d_name is
 * declared as 256 bytes, but only d_reclen bytes of the record are there: copy a name with
 * strlen, never sizeof. DIR is opaque. */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <vrt/cdefs.h>
#include <vrt/types.h>

struct dirent {
    ino_t d_ino;
    off_t d_off;             /* the file system's cookie for the next entry */
    unsigned short d_reclen; /* bytes in this record */
    unsigned char d_type;    /* DT_*, or DT_UNKNOWN where the file system does not say */
    char d_name[256];
};

/* d_type values: the file type bits of st_mode shifted down by 12 (include/linux/fs_types.h). */
#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12
#define DT_WHT 14

typedef struct __vrt_dir DIR;

VRT_BEGIN_DECLS
/* The directory is opened O_RDONLY | O_DIRECTORY | O_CLOEXEC. */
DIR *opendir(const char *path);
/* Takes fd over (closedir closes it) and sets FD_CLOEXEC on it. ENOTDIR if fd is not a
 * directory, EBADF if it is not open, EINVAL if it is open for writing only. */
DIR *fdopendir(int fd);
/* The next entry, or NULL with errno unchanged at the end, or NULL with errno set on error.
 * The entry stays valid until the next readdir or closedir on the same DIR. */
struct dirent *readdir(DIR *dir);
int closedir(DIR *dir);
int dirfd(DIR *dir);
VRT_END_DECLS

#endif
