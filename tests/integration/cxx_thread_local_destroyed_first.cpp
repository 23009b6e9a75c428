// expect-stdout: construct thread_local
// expect-stdout: construct local static
// expect-stdout: destroy thread_local
// expect-stdout: destroy local static
//
// At exit the main thread's thread_local objects are destroyed before every object of static
// storage duration, even one constructed after them ([basic.start.term]/2 of C++20).
#include "self_check.h"

namespace {

struct Noisy {
    const char *name;
    explicit Noisy(const char *n) : name(n) {
        out("construct ");
        out(name);
        out("\n");
    }
    ~Noisy() {
        out("destroy ");
        out(name);
        out("\n");
    }
};

thread_local Noisy per_thread("thread_local");

Noisy &local_static() {
    static Noisy object("local static");
    return object;
}

}  // namespace

int main() {
    check(per_thread.name != nullptr, "the thread_local object is built first");
    check(local_static().name != nullptr, "the function-local static is built next");
    return check_result();
}
