// This thread's rseq area (restartable sequences, rseq(2), include/uapi/linux/rseq.h): once it is
// registered, the kernel writes the CPU the thread runs on into cpu_id every time it returns to
// user space after a migration, a preemption or a signal, so reading the CPU is one load, with
// no call at all. libvrt uses it only for sched_getcpu, registers it the first time
// sched_getcpu needs it, and tells other code about it as glibc does (__rseq_offset,
// __rseq_size, __rseq_flags in <vrt/rseq.h>).
#pragma once

#include <linux/rseq.h>

namespace vrt::rseq {

// cpu_id stays RSEQ_CPU_ID_UNINITIALIZED (negative) until registration succeeds; the kernel
// sets it back to that when the area is unregistered.
extern struct rseq area;

// The CPU from the area, or -1 when it is not registered (yet, or ever: no rseq in the kernel,
// or someone else's area registered first).
inline int current_cpu() {
    return static_cast<int>(static_cast<const volatile struct rseq &>(area).cpu_id);
}

// Registers the area, once per process (a later call does nothing); true when it is now
// registered. A fork child inherits the registration (rseq_fork in kernel/rseq.c keeps it for a
// child without CLONE_VM), and exec drops it.
bool register_once();

}  // namespace vrt::rseq
