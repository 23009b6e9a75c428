#include "crt/exit_handlers.h"

#include <linux/mman.h>

#include "sys/kernel.h"

namespace {

struct Handler {
    void (*function)(void *);
    void *argument;
};

// A stack of handlers: the first 32 (the minimum POSIX requires for atexit) live in the list
// itself, more come in mmap'ed blocks, so registration never depends on malloc.
struct Block {
    Block *previous;
    unsigned count;
    Handler handlers[32];
};

struct HandlerList {
    Block first;
    Block *current;

    bool push(Handler h) {
        if (!current) current = &first;
        if (current->count == sizeof current->handlers / sizeof current->handlers[0]) {
            long r = vrt::kernel::mmap(nullptr, sizeof(Block), PROT_READ | PROT_WRITE,
                                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (vrt::is_error(r)) return false;
            Block *b = reinterpret_cast<Block *>(r);
            b->previous = current;
            current = b;
        }
        current->handlers[current->count++] = h;
        return true;
    }

    // The newest handler, removed from the list; false when it is empty.
    bool pop(Handler &h) {
        if (!current) return false;
        while (current->count == 0 && current->previous) current = current->previous;
        if (current->count == 0) return false;
        h = current->handlers[--current->count];
        return true;
    }
};

// C++20 [basic.start.term]/2: every thread_local object is destroyed before the destruction of
// any static object begins, so thread_local destructors have their own list, emptied first.
HandlerList thread_local_destructors;
HandlerList process_exit_handlers;  // atexit and __cxa_atexit (static destructors)

void call_plain(void *function) { reinterpret_cast<void (*)(void)>(function)(); }

// Newest first; handlers registered while exit runs (by another handler) run too.
void run_all(void) {
    Handler h;
    while (thread_local_destructors.pop(h) || process_exit_handlers.pop(h)) h.function(h.argument);
}

bool add(HandlerList &list, Handler h) {
    vrt::run_exit_handlers = run_all;
    return list.push(h);
}

}  // namespace

extern "C" {

void *__dso_handle = &__dso_handle;

int __cxa_atexit(void (*function)(void *), void *argument, void *) {
    return add(process_exit_handlers, {function, argument}) ? 0 : -1;
}

int atexit(void (*function)(void)) {
    return add(process_exit_handlers, {call_plain, reinterpret_cast<void *>(function)}) ? 0 : -1;
}

// thread_local objects with destructors register here (GCC and clang emit the call; libstdc++
// would normally provide it). libvrt has one thread, whose thread_locals die at exit.
int __cxa_thread_atexit(void (*function)(void *), void *object, void *) {
    return add(thread_local_destructors, {function, object}) ? 0 : -1;
}

}
