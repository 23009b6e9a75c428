// environ: the start code sets it, so it is in every program; getenv is in libc/env/getenv.cpp.
extern "C" {
char **environ;
extern char **__environ __attribute__((alias("environ")));
}
