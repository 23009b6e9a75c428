// The check engines, over any Paths table (the real one, or the self-test's broken fakes).
#pragma once

#include "paths.h"
#include "report.h"

void run_verify_checks(Report &report, const Paths &paths, long long duration_ns);
void run_abi_checks(Report &report, const Paths &paths);
