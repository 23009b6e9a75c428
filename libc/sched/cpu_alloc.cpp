// CPU_ALLOC and CPU_FREE (<sched.h>), under glibc's names for them.
#include <sched.h>
#include <vrt/malloc.h>

extern "C" {

cpu_set_t *__sched_cpualloc(size_t count) { return static_cast<cpu_set_t *>(malloc(CPU_ALLOC_SIZE(count))); }
void __sched_cpufree(cpu_set_t *set) { free(set); }

}
