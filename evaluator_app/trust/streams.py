"""File-like adapters that hash (and count) bytes as they stream through pyrage."""

import hashlib
import io
from collections.abc import Callable
from typing import BinaryIO

Progress = Callable[[int, int], None]  # (bytes done, bytes total)


class HashingReader(io.RawIOBase):
    def __init__(self, inner: BinaryIO, on_bytes: Callable[[int], None] | None = None) -> None:
        self.inner = inner
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.on_bytes = on_bytes

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        """pyrage asks for 8 KiB at a time with read(): one call, no intermediate buffer."""
        data = self.inner.read(n)
        self.sha256.update(data)
        self.size += len(data)
        if self.on_bytes and data:
            self.on_bytes(len(data))
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.inner.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.sha256.update(data)
        self.size += n
        if self.on_bytes and n:
            self.on_bytes(n)
        return n


class HashingWriter(io.RawIOBase):
    """Hashes what is written and passes it on to `inner` (or drops it when None)."""

    def __init__(self, inner: BinaryIO | None = None,
                 on_bytes: Callable[[int], None] | None = None) -> None:
        self.inner = inner
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.on_bytes = on_bytes

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self.sha256.update(data)
        self.size += len(data)
        if self.inner is not None:
            self.inner.write(data)
        if self.on_bytes:
            self.on_bytes(len(data))
        return len(data)


class RangeReader(io.RawIOBase):
    """`size` bytes of an open file from `offset` on, read 1 MiB at a time: a stored ZIP entry
    without zipfile's per-read bookkeeping and CRC-32 (age authenticates every chunk and the
    signed manifest's SHA-256 binds the plaintext; the CRC adds nothing to either)."""

    def __init__(self, fh: BinaryIO, offset: int, size: int, block: int = 1 << 20) -> None:
        self.fh = fh
        self.pos = offset
        self.left = size
        self.block = block
        self.buffer = b""
        self.at = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self.at >= len(self.buffer):  # refill: one pread of up to 1 MiB, served in slices
            if self.left <= 0:
                return b""
            self.fh.seek(self.pos)
            self.buffer = self.fh.read(min(self.block, self.left))
            if not self.buffer:
                raise EOFError("the entry is cut short")
            self.pos += len(self.buffer)
            self.left -= len(self.buffer)
            self.at = 0
        end = len(self.buffer) if n is None or n < 0 else min(len(self.buffer), self.at + n)
        data = self.buffer[self.at:end]
        self.at = end
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def sha256_file(path: str, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


class ByteCounter:
    """Adds up bytes over several streams and reports (done, total) to a progress callback."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress

    def __call__(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(self.done, self.total)
