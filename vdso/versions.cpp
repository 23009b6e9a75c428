// Symbol versions, LSB Core "Symbol Versioning", read as the kernel's
// tools/testing/selftests/vDSO/parse_vdso.c reads them:
//
//   DT_VERSYM: uint16_t versym[symbol count]; bit 15 hides the symbol from unversioned
//              references, the other bits are the vd_ndx of the Verdef that defines it.
//   DT_VERDEF: Verdef records chained by vd_next (a byte offset, 0 at the end), each with
//              its Verdaux names at vd_aux; the first Verdaux names the version. The record
//              flagged VER_FLG_BASE names the file itself, not a version.
#include "vdso/reader.h"
#include "sys/c_strings.h"

namespace vrt::vdso {

namespace {

// Calls `visit(verdef, name)` on each definition in chain order until it returns true. False
// when a record, its first Verdaux or that name lies outside the image or the string table.
// vd_next and vd_aux are added in 64 bits, so they cannot wrap back to an earlier record;
// the walk is bounded by DT_VERDEFNUM, or by how many records the image could hold.
template <class Visit>
bool for_each_verdef(const Image &image, Visit visit) {
    const uint64_t limit = image.verdef_count ? image.verdef_count : image.size / sizeof(Verdef);
    uint64_t offset = image.verdef;
    for (uint64_t n = 0; n < limit; ++n) {
        const Verdef *def = object_at<Verdef>(image, offset);
        const Verdaux *aux = def ? object_at<Verdaux>(image, offset + def->vd_aux) : nullptr;
        const char *name = aux ? string_at(image, aux->vda_name) : nullptr;
        if (!name) return false;
        if (visit(*def, name) || def->vd_next == 0) return true;
        offset += def->vd_next;
    }
    return true;
}

}  // namespace

// With only one of the two tables there is nothing to compare: no version check.
bool has_version_tables(const Image &image) { return image.versym != 0 && image.verdef != 0; }

Error check_version_tables(const Image &image) {
    if (image.versym && !object_at<uint16_t>(image, image.versym, image.symbol_entries))
        return Error::bad_version_tables;
    if (image.verdef && !for_each_verdef(image, [](const Verdef &, const char *) { return false; }))
        return Error::bad_version_tables;
    return Error::none;
}

const char *symbol_version(const Image &image, size_t index) {
    if (!has_version_tables(image) || index >= image.symbol_entries) return nullptr;
    const uint16_t wanted = object_at<uint16_t>(image, image.versym)[index] & versym_index_mask;
    const char *found = nullptr;
    for_each_verdef(image, [&](const Verdef &def, const char *name) {
        if ((def.vd_flags & VER_FLG_BASE) || (def.vd_ndx & versym_index_mask) != wanted)
            return false;
        found = name;
        return true;
    });
    return found;
}

}  // namespace vrt::vdso
