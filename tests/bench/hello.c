/* The hello world of `make bench` (tests/bench.mk), compiled unchanged against libvrt, glibc and
 * musl. It declares write(2) itself, with the type every Linux libc gives it, so that no header
 * of any of them is involved: the difference between the three programs is the runtime alone. */
long write(int fd, const void *buffer, unsigned long length);

int main(void) {
    static const char text[] = "hello, world\n";
    return write(1, text, sizeof text - 1) == sizeof text - 1 ? 0 : 1;
}
