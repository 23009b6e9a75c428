/* Kept for programs written against earlier libvrt: <stdlib.h> and libvrt's allocator extras. */
#include <stdlib.h>
#include <vrt/malloc.h>
