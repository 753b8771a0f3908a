"""The adapters that stream a document through pyrage (trust/streams.py): what they hand on is
exactly what they were given, every hash covers exactly those bytes, and a failure or an early
stop leaves no thread behind."""

import hashlib
import io
import os
import threading

import pytest

from evaluator_app.trust.streams import (
    BLOCK,
    BackgroundHasher,
    MemorySink,
    RangeReader,
    ReadAhead,
)


def _threads() -> set[str]:
    return {t.name for t in threading.enumerate()}


def test_a_large_memory_sink_holds_every_byte_written_while_its_pages_are_faulted_in():
    # above 16 MiB the pages are faulted in on a thread of its own (Linux) while the writes go on
    data = os.urandom(20 * BLOCK + 12_345)
    with BackgroundHasher() as hasher:
        sink = MemorySink(len(data), hasher)
        try:
            for at in range(0, len(data), 8192):  # as pyrage's decrypt_io writes
                sink.write(data[at:at + 8192])
            sink.flush_hash()
        finally:
            sink.close_buffer()
    assert sink.size == len(data) and sink.buffer == data
    assert sink.sha256.hexdigest() == hashlib.sha256(data).hexdigest()
    assert "prefault" not in _threads()


def test_a_memory_sink_left_half_written_stops_its_prefault_thread():
    with BackgroundHasher() as hasher:
        sink = MemorySink(40 * BLOCK, hasher)
        sink.write(b"x" * 8192)
        sink.close_buffer()
    assert sink.size == 8192 and "prefault" not in _threads()


def test_read_ahead_serves_the_file_in_pyrage_sized_reads_and_hashes_it(tmp_path):
    for size in (0, 1, BLOCK - 1, BLOCK, 5 * BLOCK + 77):
        data = os.urandom(size)
        path = tmp_path / f"doc{size}"
        path.write_bytes(data)
        seen = []
        with path.open("rb", buffering=0) as src:
            reader, buffered = ReadAhead.buffered(src, seen.append)
            try:
                got = b"".join(iter(lambda b=buffered: b.read(8192), b""))
            finally:
                reader.close_reader()
        assert got == data and reader.size == size and sum(seen) == size
        assert reader.sha256.hexdigest() == hashlib.sha256(data).hexdigest()
    assert "read-ahead" not in _threads()


def test_read_ahead_hands_a_read_error_to_pyrages_thread_and_stops_early_without_hanging():
    class Failing(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def read(self, n: int = -1) -> bytes:
            self.calls += 1
            if self.calls == 3:
                raise OSError("the disk went away")
            return b"a" * n

    reader, buffered = ReadAhead.buffered(Failing())
    try:
        with pytest.raises(OSError, match="the disk went away"):
            while buffered.read(8192):
                pass
    finally:
        reader.close_reader()

    endless = io.BytesIO(b"b" * (40 * BLOCK))  # more blocks than the queue holds
    reader, buffered = ReadAhead.buffered(endless)
    assert buffered.read(8192) == b"b" * 8192
    reader.close_reader()  # the thread waits on a full queue: it must still stop
    assert not reader.thread.is_alive()


def test_a_range_reader_reads_its_span_only_and_refuses_a_cut_short_entry(tmp_path):
    path = tmp_path / "zip"
    data = os.urandom(3 * BLOCK)
    path.write_bytes(data)
    with path.open("rb") as fh:
        entry = RangeReader.buffered(fh, 1000, BLOCK + 5)
        fh.seek(0)  # the file is shared with zipfile: each read seeks first
        assert entry.read() == data[1000:1000 + BLOCK + 5]
        cut = RangeReader.buffered(fh, len(data) - 10, 20)
        with pytest.raises(EOFError, match="cut short"):
            cut.read()
