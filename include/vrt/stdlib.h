/* Process exit, the environment, and (through vrt/malloc.h) the allocator. */
#ifndef VRT_STDLIB_H
#define VRT_STDLIB_H

#include <vrt/cdefs.h>
#include <vrt/malloc.h>
#include <vrt/types.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

VRT_BEGIN_DECLS

/* Runs atexit/__cxa_atexit handlers newest first, then .fini_array, then exits. */
VRT_NORETURN void exit(int status);
VRT_NORETURN void _Exit(int status);
int atexit(void (*function)(void));
/* Dies by SIGABRT even if it is blocked or caught by a handler that returns. */
VRT_NORETURN void abort(void);

char *getenv(const char *name);

VRT_END_DECLS

#endif
