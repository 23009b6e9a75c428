// Streams over real files: fopen's modes (r w a r+ w+ a+, b, e for O_CLOEXEC, x for O_EXCL),
// fread/fwrite counts, fgets, getc/ungetc, fseek/ftell/rewind, the end and error indicators,
// a read on an output-only stream, fdopen's checks, setvbuf, and fclose's result on a write
// error (/dev/full).
#include <stdio.h>

#include "self_check.h"

static char path[64];

static void make_path(void) { snprintf(path, sizeof path, "/tmp/vrt-stdio-files-%d", (int)getpid()); }

static void write_file(const char *text) {
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static void modes(void) {
    FILE *f = fopen(path, "w");
    if (!check(f != NULL, "fopen \"w\" creates the file")) return;
    check_equal(fwrite("abc", 1, 3, f), 3, "fwrite 3 elements of 1 byte");
    check_equal(fwrite("defghi", 2, 3, f), 3, "fwrite 3 elements of 2 bytes");
    check_equal(fclose(f), 0, "fclose");

    char buffer[32] = {0};
    f = fopen(path, "rb");
    check_equal(fread(buffer, 4, 3, f), 2, "fread of 3 4-byte elements from 9 bytes gives 2 whole ones");
    check(memcmp(buffer, "abcdefghi", 9) == 0, "and the bytes are all there, the partial element too");
    check(feof(f) && !ferror(f), "the end indicator is set, the error indicator is not");
    check_equal(fgetc(f), EOF, "fgetc at the end gives EOF");
    fclose(f);

    f = fopen(path, "a");
    fputs("XY", f);
    fclose(f);
    f = fopen(path, "r");
    check(fgets(buffer, sizeof buffer, f) != NULL, "fgets");
    check_strings(buffer, "abcdefghiXY", "\"a\" appended");
    fclose(f);

    f = fopen(path, "r+");
    check_equal(fputc('0', f), '0', "fputc on \"r+\"");
    check_equal(fseek(f, 0, SEEK_END), 0, "fseek to the end");
    check_equal(ftell(f), 11, "ftell there is the size");
    rewind(f);
    check_equal(getc(f), '0', "\"r+\" overwrote the first byte, and rewind went back to it");
    fclose(f);

    f = fopen(path, "w+");
    check_equal(fgetc(f), EOF, "\"w+\" truncated the file");
    check(feof(f), "so the first read ends it");
    fclose(f);

    f = fopen(path, "a+");
    fputs("first\n", f);
    rewind(f);
    check(fgets(buffer, sizeof buffer, f) && strcmp(buffer, "first\n") == 0, "\"a+\" reads from the start after rewind");
    fputs("second\n", f);  // appends whatever the position
    rewind(f);
    fgets(buffer, sizeof buffer, f);
    fgets(buffer, sizeof buffer, f);
    check_strings(buffer, "second\n", "and writes at the end");
    fclose(f);

    errno = 0;
    check(fopen(path, "wx") == NULL && errno == EEXIST, "\"wx\" on an existing file fails with EEXIST");
    errno = 0;
    check(fopen(path, "q") == NULL && errno == EINVAL, "a bad mode fails with EINVAL");
    errno = 0;
    check(fopen("/nonexistent/file", "r") == NULL && errno == ENOENT, "a missing file fails with ENOENT");

    f = fopen(path, "re");
    check_equal(fcntl(fileno(f), F_GETFD), FD_CLOEXEC, "\"e\" opens with O_CLOEXEC");
    fclose(f);
    f = fopen(path, "r");
    check_equal(fcntl(fileno(f), F_GETFD), 0, "without \"e\" the descriptor stays open across exec");
    fclose(f);
}

static void lines_and_pushback(void) {
    write_file("one\ntwo and more\nlast");
    FILE *f = fopen(path, "r");
    char line[8];
    check(fgets(line, sizeof line, f) && strcmp(line, "one\n") == 0, "fgets stops after the newline");
    check(fgets(line, sizeof line, f) && strcmp(line, "two and") == 0, "fgets stops at size - 1");
    check(fgets(line, sizeof line, f) && strcmp(line, " more\n") == 0, "and goes on from there");
    check(fgets(line, 1, f) == line && line[0] == '\0', "fgets of size 1 stores an empty string");
    check_equal(ungetc('L', f), 'L', "ungetc");
    check_equal(ftell(f), 16, "ftell counts the pushed-back byte: one before the 17 read");
    check(fgets(line, sizeof line, f) && strcmp(line, "Llast") == 0, "fgets reads it back first, the line has no newline");
    check(fgets(line, sizeof line, f) == NULL && feof(f), "then NULL at the end");
    check_equal(ungetc('z', f), 'z', "ungetc at the end");
    check(!feof(f), "clears the end indicator");
    check_equal(getc(f), 'z', "getc gets it");
    clearerr(f);
    check(!feof(f) && !ferror(f), "clearerr");
    fclose(f);
}

static void errors(void) {
    FILE *f = fopen(path, "w");
    errno = 0;
    check_equal(fgetc(f), EOF, "fgetc on a write-only stream gives EOF");
    check(ferror(f) && errno == EBADF, "sets the error indicator and EBADF");
    char byte;
    check_equal(fread(&byte, 1, 1, f), 0, "fread on it reads nothing");
    fclose(f);

    f = fopen(path, "r");
    errno = 0;
    check_equal(fputs("x", f), EOF, "fputs on a read-only stream gives EOF");
    check(ferror(f) && errno == EBADF, "sets the error indicator and EBADF");
    fclose(f);

    errno = 0;
    check(fdopen(-1, "r") == NULL && errno == EBADF, "fdopen of a closed descriptor fails with EBADF");
    int fd = open(path, O_RDONLY);
    errno = 0;
    check(fdopen(fd, "w") == NULL && errno == EINVAL, "fdopen \"w\" of a read-only descriptor fails with EINVAL");
    f = fdopen(fd, "r");
    check(f && fileno(f) == fd, "fdopen \"r\" of it works, fileno gives the descriptor");
    fclose(f);
    check_fails_with(close(fd), EBADF, "fclose closed the descriptor");

    int wfd = open(path, O_WRONLY);
    f = fdopen(wfd, "a");
    check((fcntl(wfd, F_GETFL) & O_APPEND) != 0, "fdopen \"a\" sets O_APPEND on the descriptor");
    fclose(f);

    f = fopen("/dev/full", "w");
    if (!f) {
        skip("fclose errors: no /dev/full");
        return;
    }
    check_equal(fputs("buffered, fine so far", f), 1, "fputs into the buffer succeeds (glibc returns 1)");
    errno = 0;
    check_equal(fclose(f), EOF, "fclose of /dev/full gives EOF: the flush failed");
    check_equal(errno, ENOSPC, "with ENOSPC");

    f = fopen("/dev/full", "w");
    setvbuf(f, NULL, _IONBF, 0);
    errno = 0;
    check_equal(fprintf(f, "%d", 12), -1, "unbuffered, fprintf itself fails");
    check(ferror(f) && errno == ENOSPC, "with the error indicator and ENOSPC");
    check_equal(fclose(f), 0, "and fclose, with nothing left to write, succeeds");
}

static void buffers(void) {
    FILE *f = fopen(path, "w");
    static char mine[32];
    check_equal(setvbuf(f, mine, _IOFBF, sizeof mine), 0, "setvbuf with a buffer of ours");
    fputs("0123456789", f);
    int fd = open(path, O_RDONLY);
    char seen[64];
    check_equal(read(fd, seen, sizeof seen), 0, "nothing written yet");
    check_equal(fflush(f), 0, "fflush");
    check_equal(read(fd, seen, sizeof seen), 10, "now the file has it");
    fputs("0123456789012345678901234567890123456789", f);  // more than our 32 bytes
    check(read(fd, seen, sizeof seen) > 0, "a full buffer of ours is written out without fflush");
    check_equal(setvbuf(f, NULL, 3, 0), EOF, "setvbuf with a bad mode fails");
    close(fd);
    fclose(f);
}

int main(void) {
    make_path();
    modes();
    lines_and_pushback();
    errors();
    buffers();
    unlink(path);
    return check_result();
}
