// GNU's basename(3), <string.h> with _GNU_SOURCE: the part after the last '/', never a write.
// "/usr/lib" gives "lib", "/usr/" gives "", "name" gives "name".

extern "C" char *basename(const char *path) {
    const char *last = path;
    for (const char *p = path; *p; ++p)
        if (*p == '/') last = p + 1;
    return const_cast<char *>(last);
}
