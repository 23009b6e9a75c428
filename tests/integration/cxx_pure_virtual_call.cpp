// expect-signal: 6
// expect-stderr: pure virtual function called
// expect-stdout: before the call
//
// Calling a pure virtual function (here from the base class's constructor, while the object is
// still a Base) lands in __cxa_pure_virtual, which says so and aborts.
#include "self_check.h"

// Out of line and with external linkage, so that the compiler cannot see the call happen during
// construction (undefined behaviour it would be free to turn into a call of Derived::name).
struct Base {
    __attribute__((noinline)) Base() { announce(); }
    __attribute__((noinline)) void announce() { name(); }
    virtual void name() = 0;

protected:
    ~Base() = default;
};

struct Derived : Base {
    void name() override { out("FAIL the derived function ran during Base()\n"); }
};

int main() {
    out("before the call\n");
    Derived object;
    out("FAIL constructing went on after a pure virtual call\n");
    return 1;
}
