// POSIX basename(3) and dirname(3) (the <libgen.h> ones, which may write into the path), with
// glibc's answers where POSIX leaves a choice: a path of exactly two slashes, or starting with
// exactly two, keeps both in dirname ("//" and "//a" give "//"; POSIX lets an implementation
// treat "//" as its own root). The C shell is libc/libgen/libgen.cpp. Header-only, so that the
// unit tests compare these very functions with glibc's on every short path.
//
//   path       dirname   basename
//   /usr/lib   /usr      lib
//   /usr/      /         usr
//   usr        .         usr
//   /          /         /
//   "" or NULL .         .
#pragma once

namespace vrt {

inline char dot_path[] = ".";

// The last path component, its trailing slashes cut off by writing a NUL over the first of
// them; "/" for a path of slashes only, whose bytes stay as they were.
inline char *path_base_name(char *path) {
    if (!path || !*path) return dot_path;
    char *end = path;
    while (*end) ++end;
    // Past the trailing slashes, back to the last byte of the name.
    char *name_end = end;
    while (name_end > path && name_end[-1] == '/') --name_end;
    if (name_end == path) return end - 1;  // only slashes
    *name_end = '\0';
    char *name = name_end;
    while (name > path && name[-1] != '/') --name;
    return name;
}

// Everything before the last component, its trailing slashes cut off by a NUL, or "." when the
// path has no slash before its last component (the path is then left as it was).
inline char *path_directory(char *path) {
    if (!path || !*path) return dot_path;
    char *end = path;
    while (*end) ++end;
    char *p = end;
    while (p > path && p[-1] == '/') --p;  // trailing slashes
    while (p > path && p[-1] != '/') --p;  // the last component
    if (p == path) {
        // No slash before the last component: a relative name ("a", "a/"), or only slashes.
        if (*path != '/') return dot_path;
        // Only slashes: "//" stays itself, anything else is "/".
        path[end - path == 2 ? 2 : 1] = '\0';
        return path;
    }
    while (p > path && p[-1] == '/') --p;  // the slashes between directory and component
    if (p == path) {
        // The directory is the leading slashes: exactly two are kept, more or fewer give "/".
        path[path[1] == '/' && path[2] != '/' ? 2 : 1] = '\0';
        return path;
    }
    *p = '\0';
    return path;
}

}  // namespace vrt
