"""Writing a fixed file: atomically, and only over the bytes that were read.

The file is replaced by a temporary file in the same folder (fsync, the original's permissions
and owner, rename), and only if it still holds exactly the bytes that were read: compared once
before any work and again right before the rename. A read-only file is never written, and the
message says why (the file, or its folder, and whose it is).
"""

from __future__ import annotations

import os
import stat
import tempfile

from corpuslint.files import TEMP_PREFIX, orphaned


def _still(path: str, expected: bytes | None) -> str | None:
    """None if `path` holds `expected` (None: does not exist); else why it is not written."""
    if expected is None:
        if os.path.lexists(path):
            return f"{path}: not written: the file was created by someone else while it was being checked"
        return None
    try:
        with open(path, "rb") as handle:
            if handle.read() == expected:
                return None
    except FileNotFoundError:
        return f"{path}: not written: the file was removed while it was being checked"
    return f"{path}: not written: the file changed on disk while it was being checked; run again"


def check_writable(path: str, expected: bytes | None) -> str | None:
    """Why `path` cannot be replaced now (changed, read-only), or None."""
    try:
        changed = _still(path, expected)
        if changed:
            return changed
        target = os.path.realpath(path)
        directory = os.path.dirname(target) or "."
        if expected is not None:
            st = os.stat(target)
            if _read_only(target, st.st_mode):
                return f"{path}: not written: {_why_read_only(target, st)}; nothing was changed"
            if st.st_nlink > 1:
                # replacing the file would give this name new text and leave the other names
                # with the old: the links would silently split
                return (f"{path}: not written: it has {st.st_nlink} hard links, and a fix replaces the file, "
                        "which would split them; break the links first (e.g. `cp --remove-destination` a copy "
                        "over it) if each name should be fixed on its own; nothing was changed")
        if not os.access(directory, os.W_OK | os.X_OK):
            owner = _owner_note(os.stat(directory))
            return (f"{path}: not written: its folder {directory} is not writable by this user{owner} (a fix "
                    "writes a new file beside it, then renames it); nothing was changed")
    except OSError as exc:
        return f"{path}: not written: {exc.strerror or exc}"
    return None


def _why_read_only(path: str, st: os.stat_result) -> str:
    """Say what makes a file unwritable: its mode, or that it belongs to someone else."""
    mode = stat.filemode(st.st_mode)
    if not st.st_mode & stat.S_IWUSR:
        return f"the file is read-only (mode {mode})"
    return f"the file is not writable by this user (mode {mode}{_owner_note(st)})"


def _owner_note(st: os.stat_result) -> str:
    if hasattr(os, "geteuid") and st.st_uid != os.geteuid():
        try:
            import pwd

            owner = pwd.getpwuid(st.st_uid).pw_name
        except (ImportError, KeyError):
            owner = f"uid {st.st_uid}"
        return f", owned by {owner}"
    return ""


def _read_only(path: str, mode: int) -> bool:
    """A file its owner cannot write, or (not as root) one we may not write: never replaced,
    although renaming over it would work. The mode bits decide for root, for whom os.access
    says every file is writable."""
    if not mode & stat.S_IWUSR:
        return True
    return hasattr(os, "geteuid") and os.geteuid() != 0 and not os.access(path, os.W_OK)


def atomic_write(path: str, data: bytes, *, expected: bytes | None | Any = ...) -> str | None:
    """Replace `path` by `data` atomically; return an error message instead of raising.

    `expected` is what the file must still hold (bytes), or None if it must not exist yet (it is
    then created, never overwriting one that appeared meanwhile); leave it out to write
    unconditionally. A symbolic link is followed: the file it points to is replaced. The new
    file gets the old one's permission bits and (where allowed) owner and group.
    """
    target = os.path.realpath(path)
    check = expected is not ...
    try:
        if check:
            error = check_writable(path, expected)
            if error:
                return error
        old = os.stat(target) if os.path.exists(target) else None
        if old is not None and _read_only(target, old.st_mode):
            return f"{path}: not written: {_why_read_only(target, old)}; nothing was changed"
        if orphaned():
            return f"{path}: not written: the corpuslint run that started this fix is gone"
        fd, temp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp",
                                    dir=os.path.dirname(target) or ".")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if old is not None:
                os.chmod(temp, stat.S_IMODE(old.st_mode))
                try:
                    os.chown(temp, old.st_uid, old.st_gid)
                except (OSError, AttributeError):
                    pass  # not allowed (not root): the file is then the writer's, as any new file
            else:
                os.chmod(temp, 0o666 & ~_umask())
            # the last look, right before the rename: the race window is this far from it
            if check:
                error = _still(path, expected)
                if error:
                    os.unlink(temp)
                    return error
            if orphaned():  # the main process was killed: write nothing more
                os.unlink(temp)
                return f"{path}: not written: the corpuslint run that started this fix is gone"
            if old is None and check:
                _create_exclusive(temp, target)
            else:
                os.replace(temp, target)
        except BaseException:
            if os.path.exists(temp):
                os.unlink(temp)
            raise
        _fsync_directory(os.path.dirname(target) or ".")
    except FileExistsError:
        return f"{path}: not written: the file was created by someone else while it was being checked"
    except OSError as exc:
        return f"{path}: not written: {exc.strerror or exc}"
    return None


def _create_exclusive(temp: str, target: str) -> None:
    """Move `temp` to `target`, failing (FileExistsError) if `target` exists: a hard link is
    atomic and never overwrites; where links are not supported, an exclusive create then replace."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        os.replace(temp, target)
        return
    os.unlink(temp)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_directory(directory: str) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
