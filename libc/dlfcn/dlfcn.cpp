// dlopen(3), dlsym(3), dlvsym(3), dlerror(3) and dlclose(3) over the vDSO, the one shared
// object in a static program's address space (include/dlfcn.h). The kernel's own selftests
// find the vDSO this way (tools/testing/selftests/vDSO/vdso_test_correctness.c:
// dlopen("linux-vdso.so.1", RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD), then dlsym).
#include <dlfcn.h>
#include <vrt/stdio.h>
#include <vrt/string.h>

#include "vdso/image.h"
#include "vdso/resolved.h"

namespace {

// The message dlerror hands out next, or null; one at a time, as in glibc.
char error_text[256];
bool error_pending;

void report(const char *format, const char *a, const char *b = "", const char *c = "") {
    snprintf(error_text, sizeof error_text, format, a, b, c);
    error_pending = true;
}

// The handle is the live vDSO's record; callers never look inside it.
void *vdso_handle() { return &vrt::vdso::resolved; }

// glibc matches a name against the object's DT_SONAME; libvrt also takes the two names the
// selftests and most programs ask for, on every arch, so that code written for x86 finds the
// vDSO on ppc64le and s390x too.
bool names_the_vdso(const char *name) {
    const char *soname = vrt::vdso::soname(vrt::vdso::resolved.image);
    return (soname && strcmp(name, soname) == 0) || strcmp(name, "linux-vdso.so.1") == 0 ||
           strcmp(name, "linux-gate.so.1") == 0;
}

const char *vdso_name() {
    const char *soname = vrt::vdso::soname(vrt::vdso::resolved.image);
    return soname ? soname : "linux-vdso.so.1";
}

bool is_vdso_handle(void *handle, const char *caller) {
    if (handle == vdso_handle()) return true;
    if (handle == RTLD_DEFAULT || handle == RTLD_NEXT)
        report("%s: RTLD_DEFAULT and RTLD_NEXT are not supported: a static libvrt program has no "
               "dynamic symbol table",
               caller);
    else
        report("%s: invalid handle: the vDSO's handle from dlopen is the only one", caller);
    return false;
}

}  // namespace

extern "C" {

void *dlopen(const char *name, int mode) {
    if ((mode & (RTLD_LAZY | RTLD_NOW)) == 0) {
        report("invalid mode for dlopen(): %s", "Invalid argument");
        return nullptr;
    }
    if (!name) {
        report("dlopen(NULL): %s", "a static libvrt program has no dynamic symbol table");
        return nullptr;
    }
    if (!names_the_vdso(name)) {
        report("%s: cannot open shared object file: %s", name,
               "libvrt programs are static and load no shared objects (only the vDSO is there)");
        return nullptr;
    }
    if (vrt::vdso::resolved.error) {
        report("%s: cannot open shared object file: %s", name, vrt::vdso::resolved.error);
        return nullptr;
    }
    return vdso_handle();
}

void *dlvsym(void *__restrict handle, const char *__restrict name, const char *__restrict version) {
    if (!is_vdso_handle(handle, version ? "dlvsym" : "dlsym")) return nullptr;
    void *address = name ? vrt::vdso::find_symbol(vrt::vdso::resolved.image, name, version) : nullptr;
    if (address) return address;
    if (version)
        report("%s: undefined symbol: %s, version %s", vdso_name(), name ? name : "(null)", version);
    else
        report("%s: undefined symbol: %s", vdso_name(), name ? name : "(null)");
    return nullptr;
}

void *dlsym(void *__restrict handle, const char *__restrict name) { return dlvsym(handle, name, nullptr); }

char *dlerror(void) {
    if (!error_pending) return nullptr;
    error_pending = false;
    return error_text;
}

int dlclose(void *handle) {
    if (handle == vdso_handle()) return 0;
    report("%s: shared object not open", "dlclose");
    return -1;
}

}
