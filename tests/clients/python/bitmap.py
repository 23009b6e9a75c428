"""The one piece of the PyPI package `bitmap` that tini's test/run_inner_tests.py uses, for a
machine that reaches only Debian's packages: BitMap.fromstring("0101...") (most significant bit
first) and .nonzero(), the indices of the set bits counted from the least significant one."""


class BitMap:
    def __init__(self, value, width):
        self.value = value
        self.width = width

    @classmethod
    def fromstring(cls, bits):
        return cls(int(bits, 2) if bits else 0, len(bits))

    def nonzero(self):
        return [i for i in range(self.width) if (self.value >> i) & 1]
