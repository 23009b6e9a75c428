// The CPU_* macros of libvrt's include/sched.h (tests/unit/sysfuncs.mk puts include/ first
// for this file alone), behind tests/unit/cpu_set_operations.h.
#include <sched.h>

#include "tests/unit/cpu_set_operations.h"

namespace {

cpu_set_t *as_set(void *p) { return static_cast<cpu_set_t *>(p); }
const cpu_set_t *as_set(const void *p) { return static_cast<const cpu_set_t *>(p); }

}  // namespace

const CpuSetOperations ours_cpu_set = {
    [](size_t setsize, void *set) { CPU_ZERO_S(setsize, as_set(set)); },
    [](size_t cpu, size_t setsize, void *set) { CPU_SET_S(cpu, setsize, as_set(set)); },
    [](size_t cpu, size_t setsize, void *set) { CPU_CLR_S(cpu, setsize, as_set(set)); },
    [](size_t cpu, size_t setsize, const void *set) -> int { return CPU_ISSET_S(cpu, setsize, as_set(set)); },
    [](size_t setsize, const void *set) -> int { return CPU_COUNT_S(setsize, as_set(set)); },
    [](size_t setsize, const void *a, const void *b) -> int { return CPU_EQUAL_S(setsize, as_set(a), as_set(b)); },
    [](size_t setsize, void *to, const void *a, const void *b) { CPU_AND_S(setsize, as_set(to), as_set(a), as_set(b)); },
    [](size_t setsize, void *to, const void *a, const void *b) { CPU_OR_S(setsize, as_set(to), as_set(a), as_set(b)); },
    [](size_t setsize, void *to, const void *a, const void *b) { CPU_XOR_S(setsize, as_set(to), as_set(a), as_set(b)); },
    [](size_t count) -> size_t { return CPU_ALLOC_SIZE(count); },
    sizeof(cpu_set_t),
    CPU_SETSIZE,
};
