/* The smallest child there is, for tests/bench/spawn_latency.c: a static libvrt program that exits 0. */
int main(void) { return 0; }
