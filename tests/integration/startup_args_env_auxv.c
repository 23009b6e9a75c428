// args: one '' 'two words' three
// env: FOO=bar EMPTY= ABC=1 'SPACED=a b'
//
// What _start hands to main and keeps for later: argc, argv, envp, environ, getenv and the
// auxiliary vector, each compared with what the kernel shows in /proc/self (cmdline, environ,
// auxv, exe, maps), which libvrt never reads.
#include <linux/elf.h>
#include <vrt/auxv.h>
#include <vrt/stdlib.h>

#include "self_check.h"

#if __SIZEOF_POINTER__ == 8
typedef Elf64_Ehdr ElfHeader;
typedef Elf64_Phdr ProgramHeader;
#else
typedef Elf32_Ehdr ElfHeader;
typedef Elf32_Phdr ProgramHeader;
#endif

extern char _start[];

static char text[65536];

static void check_argv(int argc, char **argv) {
    long n = read_whole_file("/proc/self/cmdline", text, sizeof text);
    int i = 0, same = 1;
    long at = 0;
    for (; at < n && i < argc; ++i) {
        if (strcmp(argv[i], text + at) != 0) same = 0;
        at += (long)strlen(text + at) + 1;
    }
    check(same, "argv[i] is the i-th string of /proc/self/cmdline");
    check_equal(argc, 5, "argc counts the program and its four arguments");
    check(i == argc && at == n, "/proc/self/cmdline has argc strings");
    check(argv[argc] == 0, "argv[argc] is NULL");
    check_strings(argv[2], "", "an empty argument stays an empty string");
    check_strings(argv[3], "two words", "an argument with a space stays one argument");
}

static void check_environment(char **envp) {
    check(envp == environ, "main's envp is environ");
    // As sets: qemu-user hands the guest its environment in reverse order.
    long n = read_whole_file("/proc/self/environ", text, sizeof text);
    int strings = 0, count = 0, all_found = 1;
    for (long at = 0; at < n; at += (long)strlen(text + at) + 1) ++strings;
    for (; environ[count]; ++count) {
        int found = 0;
        for (long at = 0; at < n && !found; at += (long)strlen(text + at) + 1)
            found = strcmp(environ[count], text + at) == 0;
        all_found &= found;
    }
    check(all_found, "every environ entry is a string of /proc/self/environ");
    check_equal(count, strings, "environ has as many entries as /proc/self/environ");
    check_strings(getenv("FOO"), "bar", "getenv FOO");
    check_strings(getenv("EMPTY"), "", "getenv of an empty value is \"\", not NULL");
    check_strings(getenv("ABC"), "1", "getenv ABC");
    check_strings(getenv("SPACED"), "a b", "getenv of a value with a space");
    check(getenv("AB") == 0, "getenv AB: a prefix of ABC is not a match");
    check(getenv("ABCD") == 0, "getenv ABCD: longer than ABC is not a match");
    check(getenv("FO") == 0, "getenv FO is not FOO");
    check(getenv("") == 0, "getenv of the empty name is NULL");
    check(getenv("NOT_SET") == 0, "getenv of an unset name is NULL");
    check_strings(getenv("VRT_TEST_MODE"), under_qemu_user() ? "qemu-user" : "native",
                  "getenv VRT_TEST_MODE, set by the runner");
}

// The vector that follows envp's NULL on the initial stack, pair by pair, is /proc/self/auxv.
static void check_auxv(char **envp) {
    char **p = envp;
    while (*p) ++p;
    const unsigned long *vector = (const unsigned long *)(p + 1);
    long n = read_whole_file("/proc/self/auxv", text, sizeof text);
    const unsigned long *kernel = (const unsigned long *)text;
    long pairs = n / (long)(2 * sizeof(unsigned long));
    check(pairs > 5, "/proc/self/auxv has entries");
    int same = 1, lookups = 1;
    for (long i = 0; i < pairs; ++i) {
        if (vector[2 * i] != kernel[2 * i] || vector[2 * i + 1] != kernel[2 * i + 1]) same = 0;
        if (kernel[2 * i] == AT_NULL) break;
        if (kernel[2 * i] != AT_IGNORE && getauxval(kernel[2 * i]) != kernel[2 * i + 1]) {
            char buf[24];
            check_that(0, "getauxval(type) is that type's value in /proc/self/auxv", decimal((long long)kernel[2 * i], buf));
            lookups = 0;
        }
    }
    check(same, "the auxv after envp on the stack is /proc/self/auxv");
    check(lookups, "getauxval finds every type in /proc/self/auxv");

    unsigned long page = getauxval(AT_PAGESZ);
    check(page >= 4096 && (page & (page - 1)) == 0, "AT_PAGESZ is a power of two, 4096 or more");

    const unsigned char *random = (const unsigned char *)getauxval(AT_RANDOM);
    int nonzero = 0;
    for (int i = 0; random && i < 16; ++i) nonzero |= random[i];
    check(random && nonzero, "AT_RANDOM points at 16 bytes, not all zero");

    errno = 0;
    check_equal((long long)getauxval(0x7ffe), 0, "getauxval of a type never passed returns 0");
    check_equal(errno, ENOENT, "getauxval of a type never passed sets ENOENT");

    unsigned long vdso = getauxval(AT_SYSINFO_EHDR);
    if (under_qemu_user())
        check(vdso == 0, "no AT_SYSINFO_EHDR under qemu-user (the tier's premise)");
    else
        check(vdso != 0, "the kernel passes AT_SYSINFO_EHDR");
}

// AT_PHDR, AT_PHNUM, AT_PHENT and AT_ENTRY against the ELF file itself.
static void check_program_headers(void) {
    int fd = open("/proc/self/exe", O_RDONLY);
    ElfHeader header;
    static ProgramHeader file_headers[64];
    if (!check(fd >= 0 && pread(fd, &header, sizeof header, 0) == (long)sizeof header,
               "read the ELF header of /proc/self/exe"))
        return;
    check_equal((long long)getauxval(AT_PHNUM), header.e_phnum, "AT_PHNUM is e_phnum");
    check_equal((long long)getauxval(AT_PHENT), header.e_phentsize, "AT_PHENT is e_phentsize");
    size_t size = (size_t)header.e_phnum * sizeof(ProgramHeader);
    if (!check(header.e_phnum <= 64 && pread(fd, file_headers, size, (off_t)header.e_phoff) == (long)size,
               "read the program headers"))
        return;
    close(fd);
    const void *in_memory = (const void *)getauxval(AT_PHDR);
    check(in_memory && memcmp(in_memory, file_headers, size) == 0,
          "AT_PHDR points at the file's program headers");

    // The load bias: where the headers are minus where the file's PT_LOAD says they are.
    unsigned long linked = 0;
    for (int i = 0; i < header.e_phnum; ++i) {
        const ProgramHeader *ph = &file_headers[i];
        if (ph->p_type == PT_LOAD && ph->p_offset <= header.e_phoff &&
            header.e_phoff < ph->p_offset + ph->p_filesz)
            linked = (unsigned long)(ph->p_vaddr + (header.e_phoff - ph->p_offset));
    }
    unsigned long bias = (unsigned long)in_memory - linked;
    check(linked != 0, "a PT_LOAD segment maps the program headers");
    if (header.e_type == ET_EXEC)
        check_equal((long long)bias, 0, "a static (ET_EXEC) program runs where it was linked");
    else
        check(bias != 0 && (bias & 4095) == 0, "a static-pie (ET_DYN) program runs at a page-aligned bias");
    check_equal((long long)getauxval(AT_ENTRY), (long long)(header.e_entry + bias),
                "AT_ENTRY is e_entry plus the load bias");
    check_equal((long long)getauxval(AT_ENTRY), (long long)(unsigned long)_start, "AT_ENTRY is _start");
}

int main(int argc, char **argv, char **envp) {
    check_argv(argc, argv);
    check_environment(envp);
    check_auxv(envp);
    check_program_headers();
    return check_result();
}
