// The list behind atexit(3) and __cxa_atexit (Itanium C++ ABI 3.3.6): handlers run in reverse
// order of registration at exit(). crt/exit.cpp calls __vrt_run_exit_handlers through a weak
// reference, so a program that registers nothing carries none of this.
#pragma once

extern "C" void __vrt_run_exit_handlers(void);
