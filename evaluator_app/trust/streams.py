"""File-like adapters that hash (and count) bytes as they stream through pyrage, with the
hashing on a second thread."""

import contextlib
import hashlib
import io
import queue
import sys
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


class ReadAhead(io.RawIOBase):
    """A document's plaintext read and SHA-256'd on a thread of its own, 1 MiB blocks a few
    ahead of pyrage: the file reads and the hash leave pyrage's thread, which only copies each
    block into the io.BufferedReader `buffered` puts in front, and that serves pyrage's 8 KiB
    reads in C. The hash covers exactly the blocks handed to pyrage, in order.

    `size` and `sha256` are final once pyrage has read to the end; `close_reader` (always, in a
    `finally`) stops the thread and raises again what the thread met reading the file."""

    def __init__(self, inner: BinaryIO, on_bytes: Callable[[int], None] | None = None,
                 depth: int = 4) -> None:
        self.inner = inner
        self.on_bytes = on_bytes
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.blocks: queue.Queue[bytes | BaseException] = queue.Queue(depth)
        self.stop = False
        self.eof = False
        self.pending = memoryview(b"")
        self.thread = threading.Thread(target=self._run, name="read-ahead", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            while not self.stop:
                block = self.inner.read(BLOCK)  # releases the GIL, as does the hash
                if block:
                    self.sha256.update(block)
                self.blocks.put(block)
                if not block:
                    return
        except BaseException as e:  # handed to pyrage's thread by readinto
            self.blocks.put(e)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self.pending:
            if self.eof:
                return 0
            block = self.blocks.get()
            if isinstance(block, BaseException):
                self.eof = True
                raise block
            if not block:
                self.eof = True
                return 0
            self.size += len(block)
            if self.on_bytes:
                self.on_bytes(len(block))
            self.pending = memoryview(block)
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n

    def close_reader(self) -> None:
        self.stop = True
        while self.thread.is_alive():  # it may wait to hand over a block nobody will read
            with contextlib.suppress(queue.Empty):
                self.blocks.get(timeout=0.05)
        self.thread.join()

    @classmethod
    def buffered(cls, inner: BinaryIO, on_bytes: Callable[[int], None] | None = None
                 ) -> "tuple[ReadAhead, io.BufferedReader]":
        raw = cls(inner, on_bytes)
        return raw, io.BufferedReader(raw, BLOCK)


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


def _uninitialised(size: int) -> bytearray:
    """A bytearray of `size` bytes whose memory is not written first: `bytearray(size)` zeroes
    it, a pass over the whole buffer (and every page fault of it) on the caller's thread before
    the first byte can be decrypted. Every byte is written before the buffer is handed out
    (MemorySink: a document shorter than signed is refused and its buffer dropped)."""
    if not isinstance(size, int) or size <= 0:  # as bytearray(size) has it, errors included
        return bytearray(size)
    try:
        import ctypes

        new = ctypes.pythonapi.PyByteArray_FromStringAndSize
    except (ImportError, AttributeError):  # an interpreter without the C API through ctypes
        return bytearray(size)
    new.restype = ctypes.py_object
    new.argtypes = [ctypes.c_void_p, ctypes.c_ssize_t]
    return new(None, size)  # type: ignore[no-any-return]


_MADV_POPULATE_WRITE = 23  # Linux 5.14: map the pages writable now, contents untouched


class _Prefault:
    """Faults a fresh buffer's pages in, in 8 MiB steps, on a thread of its own and without
    the GIL (ctypes releases it around the call), while pyrage writes into the buffer from its
    start: on a second core the kernel's page faults (zeroing every new page) leave pyrage's
    thread. Linux only (madvise MADV_POPULATE_WRITE never changes the bytes, so it can race
    the writes safely); elsewhere, or on an older kernel, it does nothing and the writes fault
    the pages in as before."""

    STEP = 8 << 20

    def __init__(self, buffer: bytearray) -> None:
        self.stop = False
        self.thread: threading.Thread | None = None
        madvise = _madvise()
        if madvise is None or len(buffer) < 2 * self.STEP:
            return
        import ctypes
        import mmap

        window = (ctypes.c_char * len(buffer)).from_buffer(buffer)
        address = ctypes.addressof(window)
        del window  # no export kept (close() joins the thread before the buffer can go)
        page = mmap.PAGESIZE
        start = -(-address // page) * page
        end = (address + len(buffer)) // page * page
        self.thread = threading.Thread(target=self._run, args=(madvise, start, end),
                                       name="prefault", daemon=True)
        self.thread.start()

    def _run(self, madvise: Any, start: int, end: int) -> None:
        for at in range(start, end, self.STEP):
            if self.stop or madvise(at, min(self.STEP, end - at), _MADV_POPULATE_WRITE):
                return  # done with, or not supported (EINVAL before Linux 5.14)

    def close(self) -> None:
        """Stop and wait (the buffer must outlive every call on its pages)."""
        self.stop = True
        if self.thread is not None:
            self.thread.join()
            self.thread = None


_MADVISE: list[Any] = []


def _madvise() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    if not _MADVISE:
        try:
            import ctypes

            fn = ctypes.CDLL(None, use_errno=True).madvise
            fn.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
            fn.restype = ctypes.c_int
        except (ImportError, OSError, AttributeError):
            fn = None
        _MADVISE.append(fn)
    return _MADVISE[0]


class MemorySink(io.RawIOBase):
    """A document decrypted straight into one buffer of its signed size, hashed on the hasher's
    thread from views of that buffer in blocks of about 1 MiB: each byte is copied once (a
    BytesIO copied it on every write, again to join the hash blocks, again as it grew and again
    for `getvalue`). More bytes than the size are refused (`TooLong`): the document is not the
    one the manifest signed.

    The buffer is not zeroed first and its pages are faulted in on another thread (_Prefault):
    `close_buffer` must be called once the writes are over, whatever happened."""

    class TooLong(ValueError):
        pass

    def __init__(self, size: int, hasher: BackgroundHasher) -> None:
        self.buffer = _uninitialised(size)
        self.prefault = _Prefault(self.buffer)
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

    def close_buffer(self) -> None:
        self.prefault.close()


class RangeReader(io.RawIOBase):
    """`size` bytes of an open file from `offset` on: a stored ZIP entry without zipfile's
    per-read bookkeeping and CRC-32 (age authenticates every chunk and the signed manifest's
    SHA-256 binds the plaintext; the CRC adds nothing to either).

    Raw: it reads straight into the caller's buffer. `buffered` wraps it in an
    io.BufferedReader that refills 1 MiB at a time and serves pyrage's 8 KiB reads in C (a
    Python `read` per 8 KiB, sliced from a 1 MiB block, cost pyrage's thread 5–12 % more
    CPU per document)."""

    def __init__(self, fh: BinaryIO, offset: int, size: int) -> None:
        self.fh = fh
        self.pos = offset
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.left <= 0:
            return 0
        self.fh.seek(self.pos)  # the file is shared: seek before every read
        n = self.fh.readinto(  # type: ignore[attr-defined]
            memoryview(buffer)[:min(len(buffer), self.left)])
        if not n:
            raise EOFError("the entry is cut short")
        self.pos += n
        self.left -= n
        return int(n)

    @classmethod
    def buffered(cls, fh: BinaryIO, offset: int, size: int,
                 block: int = BLOCK) -> io.BufferedReader:
        return io.BufferedReader(cls(fh, offset, size), block)


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
