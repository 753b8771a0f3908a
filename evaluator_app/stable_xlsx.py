"""An XLSX written the same, byte for byte, for the same workbook and the same time.

openpyxl stamps the document's `created` and `modified` properties and every ZIP entry with the
moment it saves (a worksheet entry with its temporary file's time): a consolidation's
SHA256SUMS could never be reproduced by running it again. Here all of them carry the time the
caller gives — a result's `created` — through openpyxl's own writer.
"""

import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

EARLIEST = datetime(1980, 1, 1)  # the first time a ZIP entry can hold


class _StampedZip(zipfile.ZipFile):
    """A ZipFile writing each entry with one given time, never the clock's or a file's."""

    def __init__(self, path: Path, when: datetime) -> None:
        super().__init__(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self._when = (when.year, when.month, when.day, when.hour, when.minute, when.second)

    def writestr(self, zinfo_or_arcname: Any, data: Any, compress_type: Any = None,
                 compresslevel: Any = None) -> None:
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zipfile.ZipInfo(str(zinfo_or_arcname), date_time=self._when)
            info.external_attr = 0o600 << 16  # as ZipFile.writestr gives a file
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type or self.compression,
                         compresslevel)

    def write(self, filename: Any, arcname: Any = None, compress_type: Any = None,
              compresslevel: Any = None) -> None:
        # openpyxl writes each worksheet from a temporary file: its bytes, not its time
        self.writestr(arcname or filename, Path(filename).read_bytes(), compress_type,
                      compresslevel)


def save_stable(wb: Workbook, path: Path, when: datetime) -> None:
    """Write `wb` to `path` with `when` (aware, or naive UTC) as its document and entry times."""
    utc = when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when
    utc = max(utc, EARLIEST)
    wb.properties.created = wb.properties.modified = utc
    ExcelWriter(wb, _StampedZip(path, utc)).save()  # save() closes the archive
