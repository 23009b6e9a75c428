#include "crt/exit_handlers.h"

#include <linux/mman.h>

#include "sys/kernel.h"

namespace {

struct Handler {
    void (*function)(void *);
    void *argument;
};

// The first 32 handlers (the minimum POSIX requires) live here; more come in mmap'ed blocks,
// so registration never depends on malloc.
struct Block {
    Block *previous;
    unsigned count;
    Handler handlers[32];
};

Block first_block;
Block *current = &first_block;

bool add(void (*function)(void *), void *argument) {
    if (current->count == sizeof current->handlers / sizeof current->handlers[0]) {
        long r = vrt::kernel::mmap(nullptr, sizeof(Block), PROT_READ | PROT_WRITE,
                                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (vrt::is_error(r)) return false;
        Block *b = reinterpret_cast<Block *>(r);
        b->previous = current;
        current = b;
    }
    current->handlers[current->count++] = {function, argument};
    return true;
}

void call_plain(void *function) { reinterpret_cast<void (*)(void)>(function)(); }

}  // namespace

extern "C" {

void *__dso_handle = &__dso_handle;

int __cxa_atexit(void (*function)(void *), void *argument, void *) {
    return add(function, argument) ? 0 : -1;
}

int atexit(void (*function)(void)) {
    return add(call_plain, reinterpret_cast<void *>(function)) ? 0 : -1;
}

// Handlers registered while exit runs (by another handler) run too, still newest first.
void __vrt_run_exit_handlers(void) {
    for (;;) {
        while (current->count == 0 && current->previous) current = current->previous;
        if (current->count == 0) return;
        Handler h = current->handlers[--current->count];
        h.function(h.argument);
    }
}

}

// thread_local objects with destructors register here (GCC emits the call; libstdc++ would
// normally provide it). With one thread they join the exit list, so they are destroyed before
// every static object that was constructed before them.
extern "C" int __cxa_thread_atexit(void (*function)(void *), void *object, void *dso) {
    return __cxa_atexit(function, object, dso);
}
