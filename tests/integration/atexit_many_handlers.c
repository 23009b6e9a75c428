// expect-stdout-file: atexit_many_handlers.expected
//
// More atexit handlers than the 32 POSIX guarantees (ATEXIT_MAX): 40 of them run newest first,
// across the boundary where libvrt's list grows, and one that handler 5 registers while exit
// runs comes right after handler 5.
#include <vrt/stdlib.h>

#include "self_check.h"

static int next_to_run = 39;

static void say(int n) {
    char digits[24];
    if (n != next_to_run) out("FAIL a handler ran out of order\n");
    next_to_run = n - 1;
    out("handler ");
    out(decimal(n, digits));
    out("\n");
}

static void late(void) { out("handler registered during exit\n"); }

#define HANDLER(n) static void handler_##n(void) { say(n); }
#define TEN(t) HANDLER(t##0) HANDLER(t##1) HANDLER(t##2) HANDLER(t##3) HANDLER(t##4) \
               HANDLER(t##5) HANDLER(t##6) HANDLER(t##7) HANDLER(t##8) HANDLER(t##9)
HANDLER(0) HANDLER(1) HANDLER(2) HANDLER(3) HANDLER(4) HANDLER(6) HANDLER(7) HANDLER(8) HANDLER(9)
TEN(1) TEN(2) TEN(3)
static void handler_5(void) {
    say(5);
    if (atexit(late) != 0) out("FAIL atexit during exit\n");
}

#define ADDRESS(n) handler_##n
#define TEN_ADDRESSES(t) ADDRESS(t##0), ADDRESS(t##1), ADDRESS(t##2), ADDRESS(t##3), ADDRESS(t##4), \
                         ADDRESS(t##5), ADDRESS(t##6), ADDRESS(t##7), ADDRESS(t##8), ADDRESS(t##9)
static void (*const handlers[40])(void) = {
    handler_0, handler_1, handler_2, handler_3, handler_4, handler_5, handler_6, handler_7,
    handler_8, handler_9, TEN_ADDRESSES(1), TEN_ADDRESSES(2), TEN_ADDRESSES(3)};

int main(void) {
    int registered = 0;
    for (int i = 0; i < 40; ++i) registered += atexit(handlers[i]) == 0;
    check_equal(registered, 40, "atexit accepts 40 handlers");
    return check_result();
}
