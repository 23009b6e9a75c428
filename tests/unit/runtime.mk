# The formatter, the allocator and the 64-bit division helpers: pure code, compiled into the host
# unit tests (format_test.cpp, allocator_test.cpp, int64_division_test.cpp).
UNIT_LIB_SOURCES += libc/stdio/format.cpp libc/malloc/allocator.cpp crt/int64_division.cpp crt/int64_shifts.cpp
# Buffered stdio's kernel-free parts (stdio_test.cpp, scan_test.cpp).
UNIT_LIB_SOURCES += libc/stdio/stream.cpp libc/stdio/scan.cpp
