# The system functions' pure parts (libc/unistd/cpu_list.cpp), and the tests that build a
# libvrt public header or internal header that includes one (cpu_set_ours.cpp,
# stat_from_statx_ours.cpp): for those files alone include/ comes before the host's headers, so
# that <sched.h> and <sys/stat.h> are libvrt's. They include no host header, and talk to the
# glibc side of their test through plain structs.
UNIT_LIB_SOURCES += libc/unistd/cpu_list.cpp
$(HOST_BUILD)/obj/tests/unit/cpu_set_ours.cpp.o $(HOST_BUILD)/obj/tests/unit/stat_from_statx_ours.cpp.o: \
    UNIT_CXXFLAGS += -Iinclude
