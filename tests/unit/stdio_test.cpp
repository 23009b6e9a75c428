// The buffering core (libc/stdio/stream.cpp) over a scripted file: which write(2) and read(2)
// calls each buffering mode makes, the end and error indicators, push-back, direction changes,
// and fopen's mode strings. What glibc does is the reference where C leaves a choice.
#include "libc/stdio/file.h"
#include "libc/stdio/open_mode.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>  // _IOFBF _IOLBF _IONBF: libvrt uses glibc's values
#include <cstring>
#include <string>
#include <vector>

// libvrt points it at stdout (libc/stdio/stdout.cpp); here each test sets its own.
vrt::stdio::File *vrt::stdio::interactive_output = nullptr;

namespace {

using vrt::stdio::File;
using vrt::stdio::IoResult;

// A file in memory that records every call made to it.
struct FakeFile {
    std::string contents;       // what reads return and writes change, at `offset`
    long long offset = 0;
    std::vector<std::string> writes;
    std::vector<size_t> read_sizes;
    size_t read_limit = 1 << 20;  // the most one read returns (a pipe or terminal gives less)
    int fail_writes_with = 0;     // errno for the next writes
    int fail_reads_with = 0;
    long write_limit = -1;        // accept at most this many bytes, then fail (with fail_writes_with)
    bool seekable = true;
    bool terminal = false;
    int closes = 0;

    static FakeFile &of(void *cookie) { return *static_cast<FakeFile *>(cookie); }

    static long read(void *cookie, char *bytes, size_t length) {
        FakeFile &f = of(cookie);
        f.read_sizes.push_back(length);
        if (f.fail_reads_with) return -f.fail_reads_with;
        size_t left = f.offset < static_cast<long long>(f.contents.size()) ? f.contents.size() - f.offset : 0;
        size_t n = std::min({length, left, f.read_limit});
        memcpy(bytes, f.contents.data() + f.offset, n);
        f.offset += static_cast<long long>(n);
        return static_cast<long>(n);
    }
    static long write(void *cookie, const char *bytes, size_t length) {
        FakeFile &f = of(cookie);
        if (f.write_limit == 0 || (f.fail_writes_with && f.write_limit < 0)) return -f.fail_writes_with;
        size_t n = f.write_limit > 0 ? std::min(length, static_cast<size_t>(f.write_limit)) : length;
        if (f.write_limit > 0) f.write_limit -= static_cast<long>(n);
        f.writes.emplace_back(bytes, n);
        if (f.contents.size() < static_cast<size_t>(f.offset) + n) f.contents.resize(static_cast<size_t>(f.offset) + n);
        f.contents.replace(static_cast<size_t>(f.offset), n, bytes, n);
        f.offset += static_cast<long long>(n);
        return static_cast<long>(n);
    }
    static long seek(void *cookie, long long offset, int whence, long long *position) {
        FakeFile &f = of(cookie);
        if (!f.seekable) return -ESPIPE;
        long long base = whence == 0 ? 0 : whence == 1 ? f.offset : static_cast<long long>(f.contents.size());
        if (whence < 0 || whence > 2 || base + offset < 0) return -EINVAL;
        f.offset = base + offset;
        *position = f.offset;
        return 0;
    }
    static long close(void *cookie) {
        ++of(cookie).closes;
        return 0;
    }
    static bool is_terminal(void *cookie) { return of(cookie).terminal; }

    std::string written() const {
        std::string all;
        for (const auto &w : writes) all += w;
        return all;
    }
};

const vrt::stdio::StreamIo fake_io = {FakeFile::read, FakeFile::write, FakeFile::seek, FakeFile::close,
                                      FakeFile::is_terminal};

constexpr size_t kBufferSize = 64 + vrt::stdio::kUngetRoom;  // a 64-byte data area

struct Stream {
    FakeFile file;
    char buffer[kBufferSize];
    File f;

    explicit Stream(unsigned access, bool terminal = false) {
        file.terminal = terminal;
        vrt::stdio::initialize(f, &fake_io, &file, 3, access, buffer, sizeof buffer);
    }
    IoResult put(const std::string &s) { return vrt::stdio::write_bytes(f, s.data(), s.size()); }
    std::string get(size_t n) {
        std::string s(n, '\0');
        IoResult r = vrt::stdio::read_bytes(f, s.data(), n);
        s.resize(r.count);
        return s;
    }
};

constexpr unsigned R = vrt::stdio::kReadable, W = vrt::stdio::kWritable;

TEST_CASE("a fully buffered stream writes only when its buffer fills or is flushed") {
    Stream s(W);
    CHECK(s.put("hello\n").error == 0);
    CHECK(s.put("world\n").error == 0);
    CHECK(s.file.writes.empty());
    CHECK(vrt::stdio::flush(s.f) == 0);
    REQUIRE(s.file.writes.size() == 1);
    CHECK(s.file.writes[0] == "hello\nworld\n");

    // 100 bytes in two writes through a 64-byte buffer: one full buffer out, the rest kept.
    Stream t(W);
    CHECK(t.put(std::string(30, 'x')).count == 30);
    CHECK(t.put(std::string(70, 'x')).count == 70);
    REQUIRE(t.file.writes.size() == 1);
    CHECK(t.file.writes[0].size() == 64);
    vrt::stdio::flush(t.f);
    CHECK(t.file.written() == std::string(100, 'x'));
}

TEST_CASE("a write at least as large as the buffer goes straight to the file when nothing is pending") {
    Stream s(W);
    CHECK(s.put(std::string(200, 'y')).count == 200);
    REQUIRE(s.file.writes.size() == 1);
    CHECK(s.file.writes[0].size() == 200);
}

TEST_CASE("a terminal makes a stream line buffered: output up to the last newline goes out at once") {
    Stream s(W, true);
    s.put("ab");
    CHECK(s.file.writes.empty());
    s.put("c\nde\nf");
    REQUIRE(s.file.writes.size() == 1);
    CHECK(s.file.writes[0] == "abc\nde\n");
    int error = 0;
    CHECK(vrt::stdio::put_char(s.f, 'g', error) == 'g');
    CHECK(s.file.writes.size() == 1);
    CHECK(vrt::stdio::put_char(s.f, '\n', error) == '\n');
    REQUIRE(s.file.writes.size() == 2);
    CHECK(s.file.writes[1] == "fg\n");
}

TEST_CASE("setvbuf: _IONBF writes every call through, _IOLBF needs no terminal, a bad mode is EINVAL") {
    Stream s(W);
    REQUIRE(vrt::stdio::set_buffering(s.f, nullptr, _IONBF, 0) == 0);
    s.put("a");
    s.put("bc");
    CHECK(s.file.writes == std::vector<std::string>{"a", "bc"});

    Stream t(W, false);
    REQUIRE(vrt::stdio::set_buffering(t.f, nullptr, _IOLBF, 0) == 0);
    t.put("x\ny");
    CHECK(t.file.writes == std::vector<std::string>{"x\n"});

    // A caller's buffer is used as it is given (8 bytes here: 4 of data after the push-back room).
    Stream u(W, true);
    char mine[8];
    REQUIRE(vrt::stdio::set_buffering(u.f, mine, _IOFBF, sizeof mine) == 0);
    u.put("1\n2");  // fully buffered now, although a terminal
    CHECK(u.file.writes.empty());
    u.put("345");
    CHECK(u.file.written() == "1\n23");

    Stream v(W);
    CHECK(vrt::stdio::set_buffering(v.f, nullptr, 7, 0) == -EINVAL);
    CHECK(vrt::stdio::set_buffering(v.f, nullptr, -1, 0) == -EINVAL);
}

TEST_CASE("setvbuf on a stream in use writes its pending output first, as glibc does") {
    Stream s(W);
    s.put("pending");
    REQUIRE(vrt::stdio::set_buffering(s.f, nullptr, _IONBF, 0) == 0);
    CHECK(s.file.writes == std::vector<std::string>{"pending"});
}

TEST_CASE("reading a write-only stream, or writing a read-only one, is EBADF and sets the error indicator") {
    Stream s(W);
    char c;
    IoResult r = vrt::stdio::read_bytes(s.f, &c, 1);
    CHECK(r.count == 0);
    CHECK(r.error == EBADF);
    CHECK((s.f.flags & vrt::stdio::kFailed) != 0);
    CHECK(s.file.read_sizes.empty());

    Stream t(R);
    r = t.put("x");
    CHECK(r.error == EBADF);
    CHECK((t.f.flags & vrt::stdio::kFailed) != 0);
    CHECK(t.file.writes.empty());
}

TEST_CASE("a write error sets the error indicator and reports how much was taken") {
    Stream s(W);
    s.file.fail_writes_with = EIO;
    s.put("abc");
    CHECK(vrt::stdio::flush(s.f) == -EIO);
    CHECK((s.f.flags & vrt::stdio::kFailed) != 0);

    // A large write that the file takes only 50 bytes of.
    Stream t(W);
    t.file.write_limit = 50;
    t.file.fail_writes_with = ENOSPC;
    IoResult r = t.put(std::string(100, 'z'));
    CHECK(r.count == 50);
    CHECK(r.error == ENOSPC);
}

TEST_CASE("output a failed flush could not write stays buffered for the next flush") {
    Stream s(W);
    s.file.write_limit = 2;
    s.file.fail_writes_with = EAGAIN;
    s.put("abcdef");
    CHECK(vrt::stdio::flush(s.f) == -EAGAIN);
    CHECK(s.file.written() == "ab");
    s.file.write_limit = -1;
    s.file.fail_writes_with = 0;
    CHECK(vrt::stdio::flush(s.f) == 0);
    CHECK(s.file.written() == "abcdef");
}

TEST_CASE("reads fill the buffer, large reads go straight to the caller, and the end indicator is sticky") {
    Stream s(R);
    s.file.contents = std::string(40, 'a') + std::string(200, 'b');
    CHECK(s.get(10) == std::string(10, 'a'));
    CHECK(s.file.read_sizes == std::vector<size_t>{64});
    CHECK(s.get(200) == std::string(30, 'a') + std::string(170, 'b'));  // 54 buffered, 146 direct
    CHECK(s.file.read_sizes.size() == 2);
    CHECK(s.file.read_sizes[1] == 146);
    CHECK(s.get(100) == std::string(30, 'b'));
    CHECK((s.f.flags & vrt::stdio::kAtEnd) != 0);
    size_t reads = s.file.read_sizes.size();
    s.file.contents += "more";  // the file grows, but the end indicator holds (C11 7.21.7.1)
    CHECK(s.get(4).empty());
    CHECK(s.file.read_sizes.size() == reads);
    s.f.flags &= ~vrt::stdio::kAtEnd;  // clearerr
    CHECK(s.get(4) == "more");
}

TEST_CASE("fread over a pipe that returns little at a time still gathers the whole count") {
    Stream s(R);
    s.file.contents = std::string(300, 'p');
    s.file.read_limit = 7;
    CHECK(s.get(300).size() == 300);
}

TEST_CASE("a read error sets the error indicator and keeps what was read before it") {
    Stream s(R);
    s.file.contents = "12345";
    s.file.read_limit = 5;
    char bytes[100];
    CHECK(vrt::stdio::read_bytes(s.f, bytes, 3).count == 3);
    s.file.fail_reads_with = EIO;
    IoResult r = vrt::stdio::read_bytes(s.f, bytes, 100);
    CHECK(r.count == 2);
    CHECK(r.error == EIO);
    CHECK((s.f.flags & vrt::stdio::kFailed) != 0);
    CHECK((s.f.flags & vrt::stdio::kAtEnd) == 0);
}

TEST_CASE("fgets' boundaries: size 1 reads nothing, a full line stops at its newline, a long one at size - 1") {
    Stream s(R);
    s.file.contents = "first\nsecond line\nend";
    char line[8];
    CHECK(vrt::stdio::read_line(s.f, line, 1).count == 0);
    IoResult r = vrt::stdio::read_line(s.f, line, sizeof line);
    CHECK(std::string(line, r.count) == "first\n");
    r = vrt::stdio::read_line(s.f, line, sizeof line);
    CHECK(std::string(line, r.count) == "second ");
    r = vrt::stdio::read_line(s.f, line, sizeof line);
    CHECK(std::string(line, r.count) == "line\n");
    r = vrt::stdio::read_line(s.f, line, sizeof line);
    CHECK(std::string(line, r.count) == "end");
    CHECK(vrt::stdio::read_line(s.f, line, sizeof line).count == 0);
}

TEST_CASE("ungetc: guaranteed on a fresh stream, clears the end indicator, refuses EOF and a full room") {
    Stream s(R);
    s.file.contents = "b";
    int error = 0;
    CHECK(vrt::stdio::unget(s.f, 'a') == 'a');
    CHECK(vrt::stdio::get_char(s.f, error) == 'a');
    CHECK(vrt::stdio::get_char(s.f, error) == 'b');
    CHECK(vrt::stdio::get_char(s.f, error) == -1);
    CHECK((s.f.flags & vrt::stdio::kAtEnd) != 0);
    CHECK(vrt::stdio::unget(s.f, 0x1ff) == 0xff);  // converted to unsigned char, as C says
    CHECK((s.f.flags & vrt::stdio::kAtEnd) == 0);
    CHECK(vrt::stdio::get_char(s.f, error) == 0xff);
    CHECK(vrt::stdio::unget(s.f, -1) == -1);

    Stream t(R);
    for (size_t i = 0; i < vrt::stdio::kUngetRoom; ++i) CHECK(vrt::stdio::unget(t.f, 'x') == 'x');
    CHECK(vrt::stdio::unget(t.f, 'x') == -1);
}

TEST_CASE("an unbuffered stream reads one byte at a time for getc") {
    Stream s(R);
    vrt::stdio::set_buffering(s.f, nullptr, _IONBF, 0);
    s.file.contents = "xyz";
    int error = 0;
    CHECK(vrt::stdio::get_char(s.f, error) == 'x');
    CHECK(s.file.read_sizes == std::vector<size_t>{1});
    CHECK(vrt::stdio::unget(s.f, 'x') == 'x');  // the unbuffered room has push-back room too
    CHECK(s.get(3) == "xyz");
}

TEST_CASE("an update stream: reading after writing writes first; writing after reading gives back the read-ahead") {
    Stream s(R | W);
    s.file.contents = "0123456789";
    s.put("ab");
    CHECK(s.get(3) == "234");  // "ab" went out at offset 0, reading resumed after it
    CHECK(s.file.written() == "ab");
    s.put("XY");  // at the stream's position 5, not at the end of the read-ahead
    CHECK(vrt::stdio::flush(s.f) == 0);
    CHECK(s.file.offset == 7);
    CHECK(vrt::stdio::tell(s.f) == 7);
}

TEST_CASE("tell counts buffered output and unread input; seek drops both and clears the end indicator") {
    Stream s(R | W);
    s.file.contents = "abcdefgh";
    s.put("12");
    CHECK(vrt::stdio::tell(s.f) == 2);
    CHECK(s.get(1) == "c");
    CHECK(vrt::stdio::tell(s.f) == 3);
    s.get(100);
    CHECK((s.f.flags & vrt::stdio::kAtEnd) != 0);
    CHECK(vrt::stdio::seek(s.f, 1, 0) == 0);
    CHECK((s.f.flags & vrt::stdio::kAtEnd) == 0);
    CHECK(s.get(2) == "2c");  // "12" was written over "ab"
    CHECK(vrt::stdio::seek(s.f, -2, 1) == 0);  // SEEK_CUR from the stream's position, not the file's
    CHECK(s.get(1) == "2");
    CHECK(vrt::stdio::seek(s.f, -100, 1) == -EINVAL);
    CHECK((s.f.flags & vrt::stdio::kFailed) == 0);
}

TEST_CASE("fflush of an input stream over a pipe keeps its read-ahead; over a file it gives it back") {
    Stream pipe(R);
    pipe.file.seekable = false;
    pipe.file.contents = "line one\nline two\n";
    pipe.file.read_limit = 9;
    CHECK(pipe.get(4) == "line");
    CHECK(vrt::stdio::flush(pipe.f) == 0);
    CHECK(pipe.get(5) == " one\n");

    Stream file(R);
    file.file.contents = "abcdef";
    CHECK(file.get(2) == "ab");
    CHECK(vrt::stdio::flush(file.f) == 0);
    CHECK(file.file.offset == 2);
}

TEST_CASE("reading a line-buffered stream first writes the interactive output stream's lines") {
    Stream out(W, true), in(R, true);
    vrt::stdio::interactive_output = &out.f;
    in.file.contents = "answer\n";
    out.put("prompt? ");
    CHECK(out.file.writes.empty());
    int error = 0;
    CHECK(vrt::stdio::get_char(in.f, error) == 'a');
    CHECK(out.file.writes == std::vector<std::string>{"prompt? "});

    // A fully buffered input (a file) does not.
    Stream file(R);
    file.file.contents = "x";
    out.put("again");
    vrt::stdio::get_char(file.f, error);
    CHECK(out.file.writes.size() == 1);
    vrt::stdio::interactive_output = nullptr;
}

TEST_CASE("finish flushes, closes once, and reports the write error") {
    Stream s(W);
    s.put("data");
    CHECK(vrt::stdio::finish(s.f) == 0);
    CHECK(s.file.written() == "data");
    CHECK(s.file.closes == 1);

    Stream t(W);
    t.put("lost");
    t.file.fail_writes_with = ENOSPC;
    CHECK(vrt::stdio::finish(t.f) == -ENOSPC);
    CHECK(t.file.closes == 1);
}

TEST_CASE("fopen's modes as open(2) flags and stream access") {
    using vrt::stdio::parse_open_mode;
    struct Case {
        const char *mode;
        int flags;
        unsigned access;
    };
    const Case cases[] = {
        {"r", O_RDONLY, R},
        {"rb", O_RDONLY, R},
        {"r+", O_RDWR, R | W},
        {"rb+", O_RDWR, R | W},
        {"r+b", O_RDWR, R | W},
        {"w", O_WRONLY | O_CREAT | O_TRUNC, W},
        {"w+", O_RDWR | O_CREAT | O_TRUNC, R | W},
        {"wx", O_WRONLY | O_CREAT | O_TRUNC | O_EXCL, W},
        {"a", O_WRONLY | O_CREAT | O_APPEND, W},
        {"a+", O_RDWR | O_CREAT | O_APPEND, R | W},
        {"re", O_RDONLY | O_CLOEXEC, R},
        {"we+x", O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC | O_EXCL, R | W},
        {"r,ccs=UTF-8", O_RDONLY, R},
        {"rbbbbbb+", O_RDONLY, R},  // glibc looks at six letters after the first, no more
    };
    for (const Case &c : cases) {
        INFO("mode " << c.mode);
        vrt::stdio::OpenMode m = parse_open_mode(c.mode);
        CHECK(m.valid);
        CHECK(m.open_flags == c.flags);
        CHECK(m.access == c.access);
    }
    CHECK_FALSE(parse_open_mode("").valid);
    CHECK_FALSE(parse_open_mode("x").valid);
    CHECK_FALSE(parse_open_mode("+r").valid);
    CHECK_FALSE(parse_open_mode("R").valid);
}

}  // namespace
