// Counting the CPUs in a kernel CPU list, the format of /sys/devices/system/cpu/online and
// .../possible (Documentation/ABI/testing/sysfs-devices-system-cpu, "cpulist" format:
// comma-separated decimal numbers and ranges, e.g. "0-3,8,10-11\n"). Pure: unit-tested.
#pragma once

#include <stddef.h>

namespace vrt {

// The number of CPUs the list names, or 0 when it is empty or not in that format.
long count_cpu_list(const char *text, size_t length);

}  // namespace vrt
