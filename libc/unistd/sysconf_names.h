// The _SC_* names sysconf(3) answers, with glibc's numbers (bits/confname.h), which are the
// ABI of <unistd.h>'s _SC_* constants.
#pragma once

namespace vrt {

enum SysconfName : int {
    sc_arg_max = 0,
    sc_child_max = 1,
    sc_clk_tck = 2,
    sc_ngroups_max = 3,
    sc_open_max = 4,
    sc_stream_max = 5,
    sc_tzname_max = 6,
    sc_job_control = 7,
    sc_saved_ids = 8,
    sc_pagesize = 30,  // also _SC_PAGE_SIZE
    sc_rtsig_max = 31,
    sc_sigqueue_max = 34,
    sc_line_max = 43,
    sc_iov_max = 60,  // also _SC_UIO_MAXIOV
    sc_login_name_max = 71,
    sc_tty_name_max = 72,
    sc_nprocessors_conf = 83,
    sc_nprocessors_onln = 84,
    sc_phys_pages = 85,
    sc_avphys_pages = 86,
    sc_monotonic_clock = 149,
    sc_symloop_max = 173,
    sc_host_name_max = 180,
};

}  // namespace vrt
