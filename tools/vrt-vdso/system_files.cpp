#include "system_files.h"

#include <vrt/fcntl.h>
#include <vrt/string.h>
#include <vrt/unistd.h>

long read_text_file(const char *path, char *buffer, size_t size) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t used = 0;
    while (used + 1 < size) {
        ssize_t n = read(fd, buffer + used, size - 1 - used);
        if (n <= 0) break;
        used += static_cast<size_t>(n);
    }
    close(fd);
    buffer[used] = '\0';
    return static_cast<long>(used);
}

namespace {

// The line of `text` that ends with `suffix`, as a pointer to its start, or null.
const char *line_ending_with(const char *text, const char *suffix) {
    size_t suffix_length = strlen(suffix);
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t length = end ? static_cast<size_t>(end - line) : strlen(line);
        if (length >= suffix_length && memcmp(line + length - suffix_length, suffix, suffix_length) == 0)
            return line;
        if (!end) break;
        line = end + 1;
    }
    return nullptr;
}

}  // namespace

const char *vsyscall_mode() {
    static char maps[65536];
    if (read_text_file("/proc/self/maps", maps, sizeof maps) < 0) return "unknown";
    const char *line = line_ending_with(maps, "[vsyscall]");
    if (!line) return "none";
    const char *permissions = strchr(line, ' ');
    if (!permissions) return "unknown";
    return permissions[1] == 'r' ? "emulate" : "xonly";
}

const char *current_clocksource() {
    static char name[64];
    long n = read_text_file("/sys/devices/system/clocksource/clocksource0/current_clocksource", name,
                            sizeof name);
    if (n <= 0) return nullptr;
    if (name[n - 1] == '\n') name[n - 1] = '\0';
    return name;
}
