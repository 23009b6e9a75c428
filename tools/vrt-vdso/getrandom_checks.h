// getrandom in vrt-vdso: the vDSO's state parameters (info), its output (verify), its answers
// to bad flags and pointers against the system call's (abi), and whether it enters the kernel
// (syscalls). Kept apart from the time functions' checks, which run over a Paths table.
#pragma once

#include "report.h"

// info: whether the vDSO has getrandom, and the state it asked for.
void print_getrandom_text();
void print_getrandom_json();  // one `"getrandom": {...}` member, without a leading comma

void run_getrandom_verify_checks(Report &report);
void run_getrandom_abi_checks(Report &report);
void run_getrandom_syscall_probes(Report &report);
