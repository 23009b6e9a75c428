/* Sending signals. The signal numbers are per architecture (vrt/bits/signal.h). */
#ifndef VRT_SIGNAL_H
#define VRT_SIGNAL_H

#include <vrt/bits/signal.h>
#include <vrt/cdefs.h>
#include <vrt/types.h>

VRT_BEGIN_DECLS
int kill(pid_t pid, int sig);
/* Sends sig to the calling thread. */
int raise(int sig);
VRT_END_DECLS

#endif
