"""File-like adapters that hash (and count) bytes as they stream through pyrage, with the
hashing on a second thread."""

import contextlib
import hashlib
import io
import queue
import threading
from collections.abc import Callable
from functools import partial
from typing import Any, BinaryIO

Progress = Callable[[int, int], None]  # (bytes done, bytes total)


BLOCK = 1 << 20


class BackgroundHasher:
    """A second thread that runs SHA-256 updates handed to it, in order.

    hashlib releases the GIL while it hashes a buffer, so the hashing runs on a second core
    while pyrage encrypts or decrypts on the first. Blocks are handed over whole (about 1 MiB):
    a thread that gives the GIL back after every small update would wait for it each time.
    A bounded queue keeps memory flat; an error in the thread is raised again by `close`.
    """

    def __init__(self, depth: int = 8) -> None:
        self.queue: queue.Queue[Callable[[], object] | None] = queue.Queue(depth)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="hasher", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (task := self.queue.get()) is not None:
            if self.error is None:
                try:
                    task()
                except BaseException as e:  # handed back to the caller by close()
                    self.error = e
            self.queue.task_done()
        self.queue.task_done()

    def update(self, digest: Any, data: bytes) -> None:
        """Hash `data` (immutable bytes, so the caller may not change it meanwhile)."""
        self.queue.put(partial(digest.update, data))

    def call(self, task: Callable[[], object]) -> None:
        self.queue.put(task)

    def drain(self) -> None:
        """Wait until every task handed over so far is done (the thread stays)."""
        self.queue.join()
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        """Wait until every update handed over is done."""
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()
        if self.error is not None:
            raise self.error

    def __enter__(self) -> "BackgroundHasher":
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:  # already failing: stop the thread, keep the first error
            with contextlib.suppress(BaseException):
                self.close()


class FeedingReader(io.RawIOBase):
    """Reads a file in 1 MiB blocks, hands each block to the hasher and serves pyrage's
    8 KiB reads from it."""

    def __init__(self, inner: BinaryIO, hasher: BackgroundHasher,
                 on_bytes: Callable[[int], None] | None = None) -> None:
        self.inner = inner
        self.hasher = hasher
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.on_bytes = on_bytes
        self.block = b""
        self.at = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self.at >= len(self.block):
            self.block = self.inner.read(BLOCK)
            self.at = 0
            if not self.block:
                return b""
            self.hasher.update(self.sha256, self.block)
            self.size += len(self.block)
            if self.on_bytes:
                self.on_bytes(len(self.block))
        end = len(self.block) if n is None or n < 0 else min(len(self.block), self.at + n)
        data = self.block[self.at:end]
        self.at = end
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class FeedingWriter(io.RawIOBase):
    """Passes what is written on to `inner` (or drops it when None) and hashes it on the
    hasher's thread, in blocks of about 1 MiB (pyrage writes 8–64 KiB at a time).

    With `via`, the blocks are written to `inner` on that thread too (in order; `drain` it
    before closing `inner`): a ZIP entry's CRC-32 and the write then leave pyrage's thread."""

    def __init__(self, inner: BinaryIO | None, hasher: BackgroundHasher,
                 on_bytes: Callable[[int], None] | None = None,
                 via: BackgroundHasher | None = None) -> None:
        self.inner = inner
        self.hasher = hasher
        self.via = via
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.on_bytes = on_bytes
        self.pending: list[bytes] = []
        self.pending_size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        n = len(data)
        self.size += n
        chunk = bytes(data)
        if self.inner is not None and self.via is None:
            self.inner.write(chunk)
        self.pending.append(chunk)
        self.pending_size += n
        if self.pending_size >= BLOCK:
            self.flush_hash()
        if self.on_bytes:
            self.on_bytes(n)
        return n

    def flush_hash(self) -> None:
        if self.pending:
            block = b"".join(self.pending)
            self.hasher.update(self.sha256, block)
            if self.inner is not None and self.via is not None:
                self.via.call(partial(self.inner.write, block))
            self.pending = []
            self.pending_size = 0


class MemorySink(io.RawIOBase):
    """A document decrypted straight into one buffer of its signed size, hashed on the hasher's
    thread from views of that buffer in blocks of about 1 MiB: each byte is copied once (a
    BytesIO copied it on every write, again to join the hash blocks, again as it grew and again
    for `getvalue`). More bytes than the size are refused (`TooLong`): the document is not the
    one the manifest signed."""

    class TooLong(ValueError):
        pass

    def __init__(self, size: int, hasher: BackgroundHasher) -> None:
        self.buffer = bytearray(size)
        self.view = memoryview(self.buffer)
        self.hasher = hasher
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.hashed = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        n = len(data)
        end = self.size + n
        if end > len(self.buffer):
            raise MemorySink.TooLong(end)
        self.view[self.size:end] = data
        self.size = end
        if end - self.hashed >= BLOCK:
            self.flush_hash()
        return n

    def flush_hash(self) -> None:
        if self.size > self.hashed:  # the bytes hashed are never written again
            self.hasher.update(self.sha256, self.view[self.hashed:self.size])
            self.hashed = self.size


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
