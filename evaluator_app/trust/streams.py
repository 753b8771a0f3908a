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
