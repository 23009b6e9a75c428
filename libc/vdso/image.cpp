// vrt_vdso_base, vrt_vdso_sym and the symbol listing: the process's vDSO as the reader found
// it at startup (vdso/resolved.h), for programs that look inside it.
#include <vrt/vdso.h>

#include <linux/elf.h>

#include "arch/vdso_names.h"
#include "sys/long_time.h"
#include "vdso/resolved.h"
#include "vdso_arch.h"

using vrt::vdso::resolved;

extern "C" {

const void *vrt_vdso_base(void) { return resolved.error ? nullptr : resolved.image.base; }
size_t vrt_vdso_size(void) { return resolved.error ? 0 : resolved.image.size; }
const char *vrt_vdso_error(void) { return resolved.error; }

void *vrt_vdso_sym(const char *name, const char *version) {
    if (!name) return nullptr;
    return vrt::vdso::find_symbol(resolved.image, name, version);
}

size_t vrt_vdso_symbol_count(void) { return vrt::vdso::symbol_count(resolved.image); }

}

namespace {

using vrt::vdso::Image;

static_assert(sizeof(Image) <= sizeof(vrt_vdso_image::reader) && alignof(Image) <= alignof(size_t),
              "the public image keeps the reader's Image in its reader words");

void describe(const Image &image, vrt_vdso_image *out) {
    *reinterpret_cast<Image *>(out->reader) = image;
    out->base = image.base;
    out->size = image.size;
    out->elf_class = image.elf_class == ELFCLASS64 ? 64 : 32;
    out->machine = image.machine;
    out->gnu_hash = vrt::vdso::has_gnu_hash(image);
    out->sysv_hash = vrt::vdso::has_sysv_hash(image);
    out->versioned = image.verdef != 0;
}

const Image &image_of(const vrt_vdso_image *image) { return *reinterpret_cast<const Image *>(image->reader); }

int copy_symbol(const Image &image, size_t index, vrt_vdso_symbol *out) {
    vrt::vdso::Symbol s;
    if (!out || !vrt::vdso::symbol_at(image, index, s)) return 0;
    *out = {s.name, s.version, s.address, s.type, s.binding, s.defined};
    return 1;
}

}  // namespace

extern "C" {

void vrt_vdso_process_image(struct vrt_vdso_image *image) { describe(resolved.image, image); }

const char *vrt_vdso_image_read(const void *data, size_t size, struct vrt_vdso_image *image) {
    Image parsed;
    vrt::vdso::Error e = vrt::vdso::parse(data, size, parsed);
    describe(parsed, image);
    return e == vrt::vdso::Error::none ? nullptr : vrt::vdso::error_message(e);
}

size_t vrt_vdso_image_symbol_count(const struct vrt_vdso_image *image) {
    return vrt::vdso::symbol_count(image_of(image));
}

int vrt_vdso_image_symbol_at(const struct vrt_vdso_image *image, size_t index, struct vrt_vdso_symbol *out) {
    return copy_symbol(image_of(image), index, out);
}

int vrt_vdso_symbol_at(size_t index, struct vrt_vdso_symbol *out) { return copy_symbol(resolved.image, index, out); }

// Where C long is 32 bits, gettimeofday and time read the time64 clock_gettime (their own vDSO
// entries return 32-bit seconds: vdso/dispatch.h); time uses the coarse clock where the vDSO has
// no time of its own.
int vrt_vdso_use_at(size_t index, struct vrt_vdso_use *out) {
    const vrt::VdsoNames &names = vrt::arch::vdso_names;
    const vrt::vdso::Functions &f = resolved.functions;
    constexpr bool long64 = vrt::long_is_64_bits;
    const bool own_time = long64 && f.time;
    const vrt_vdso_use uses[] = {
        {"clock_gettime", names.clock_gettime, names.version, f.clock_gettime},
        {"clock_getres", names.clock_getres, names.version, f.clock_getres},
        {"gettimeofday", long64 ? names.gettimeofday : names.clock_gettime, names.version,
         long64 ? f.gettimeofday : f.clock_gettime},
        {"time", own_time ? names.time : names.clock_gettime, names.version, own_time ? f.time : f.clock_gettime},
        {"getcpu", names.getcpu, names.version, f.getcpu},
        {"getrandom", names.getrandom, names.version, f.getrandom},
    };
    if (!out || index >= sizeof uses / sizeof uses[0]) return 0;
    *out = uses[index];
    return 1;
}

}
