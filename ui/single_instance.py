"""One app per workspace: a second start brings the open window forward instead of editing
alongside it.

The lock file is the guard (a crashed app's lock is taken over, since its process is gone); a
local socket only carries the "come forward" knock, so losing it costs the focusing, never data.
"""

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

KNOCK_TIMEOUT_MS = 1000


class SingleInstance(QObject):
    activate = Signal()  # another start asked this app to show its window

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(folder / "app.lock"))
        self.lock.setStaleLockTime(0)
        digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
        self.name = f"evaluation-desk-{digest}"
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the only app on the workspace; it then answers knocks."""
        if not self.lock.tryLock(200):
            # Only a lock held by another process means another app; a folder where no lock
            # file can be made (read-only) has no other writer to guard against.
            return self.lock.error() != QLockFile.LockError.LockFailedError
        QLocalServer.removeServer(self.name)  # a crashed app's socket file
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._knocked)
        self.server.listen(self.name)
        return True

    def knock(self) -> bool:
        """Ask the app holding the workspace to come forward; False if it does not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        answered = socket.waitForConnected(KNOCK_TIMEOUT_MS)
        socket.disconnectFromServer()
        return answered

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _knocked(self) -> None:
        assert self.server is not None
        while (connection := self.server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
            connection.disconnectFromServer()
            self.activate.emit()
