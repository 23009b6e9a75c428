// int __aeabi_atexit(void *object, void (*destructor)(void *), void *dso_handle) (C++ ABI for the
// Arm Architecture, "Static object destruction"): GCC registers every static object's destructor
// through it on Arm EABI where other targets call __cxa_atexit. Same job, with the object and the
// destructor swapped.
extern "C" int __cxa_atexit(void (*function)(void *), void *argument, void *dso_handle);

extern "C" int __aeabi_atexit(void *object, void (*destructor)(void *), void *dso_handle) {
    return __cxa_atexit(destructor, object, dso_handle);
}
