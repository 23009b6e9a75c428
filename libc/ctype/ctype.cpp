// <ctype.h> as functions over libc/ctype/character_class.h.
#include "libc/ctype/character_class.h"

extern "C" {

int isalnum(int c) { return vrt::is_alnum(c); }
int isalpha(int c) { return vrt::is_alpha(c); }
int isascii(int c) { return vrt::is_ascii(c); }
int isblank(int c) { return vrt::is_blank(c); }
int iscntrl(int c) { return vrt::is_cntrl(c); }
int isdigit(int c) { return vrt::is_digit(c); }
int isgraph(int c) { return vrt::is_graph(c); }
int islower(int c) { return vrt::is_lower(c); }
int isprint(int c) { return vrt::is_print(c); }
int ispunct(int c) { return vrt::is_punct(c); }
int isspace(int c) { return vrt::is_space(c); }
int isupper(int c) { return vrt::is_upper(c); }
int isxdigit(int c) { return vrt::is_xdigit(c); }
int tolower(int c) { return vrt::to_lower(c); }
int toupper(int c) { return vrt::to_upper(c); }
int toascii(int c) { return c & 0x7f; }

}
