// program_invocation_name and program_invocation_short_name (program_invocation_name(3)): argv[0]
// and what follows its last '/', recorded from .preinit_array, whose functions get (argc, argv,
// envp) before any constructor. Only a program that names them (or <err.h>) links this file.
extern "C" {
char *program_invocation_name = const_cast<char *>("");
char *program_invocation_short_name = const_cast<char *>("");
}

namespace {

void record_program_name(int argc, char **argv, char **) {
    if (argc < 1 || !argv[0]) return;
    program_invocation_name = program_invocation_short_name = argv[0];
    for (char *p = argv[0]; *p; ++p)
        if (*p == '/') program_invocation_short_name = p + 1;
}

[[gnu::used, gnu::section(".preinit_array")]] void (*const record_entry)(int, char **, char **) = record_program_name;

}  // namespace
