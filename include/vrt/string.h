/* Kept for programs written against earlier libvrt: the string functions are in <string.h>. */
#include <string.h>
