//! One Callboard per data folder. Two programs writing the same journal would each believe
//! they own the "intent before sending" record, and the "never twice" rule would no longer
//! hold: whoever opens the data folder (the app, a future command-line tool, a test) first
//! takes an exclusive lock on `callboard.lock` in it, and keeps it for as long as it runs.
//!
//! The lock is advisory (`flock` on Unix, `LockFileEx` on Windows, through std's
//! [`File::try_lock`]): the operating system drops it when the file is closed, so a crashed
//! Callboard never leaves the folder locked.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// The lock file's name inside the data folder.
pub const LOCK_FILE: &str = "callboard.lock";

/// Held for as long as the data folder is in use; dropping it lets another program in.
#[derive(Debug)]
pub struct DataLock {
    /// Kept open: closing it releases the lock.
    _file: File,
    folder: PathBuf,
}

impl DataLock {
    /// Takes the lock on `folder` (created when missing), or fails with
    /// [`Error::DataFolderInUse`] when another program holds it. Never waits.
    pub fn acquire(folder: &Path) -> Result<DataLock> {
        std::fs::create_dir_all(folder)
            .map_err(|error| Error::Storage(format!("{}: {error}", folder.display())))?;
        let path = folder.join(LOCK_FILE);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|error| Error::Storage(format!("{}: {error}", path.display())))?;
        match file.try_lock() {
            Ok(()) => Ok(DataLock {
                _file: file,
                folder: folder.to_owned(),
            }),
            Err(TryLockError::WouldBlock) => Err(Error::DataFolderInUse {
                folder: folder.display().to_string(),
            }),
            Err(TryLockError::Error(error)) => {
                Err(Error::Storage(format!("{}: {error}", path.display())))
            }
        }
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_folder_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("data");
        let first = DataLock::acquire(&folder).unwrap();
        assert_eq!(first.folder(), folder);

        let refused = DataLock::acquire(&folder).unwrap_err();
        match &refused {
            Error::DataFolderInUse { folder: named } => {
                assert_eq!(named, &folder.display().to_string())
            }
            other => panic!("expected DataFolderInUse, got {other:?}"),
        }

        // Another folder is not concerned.
        let other = DataLock::acquire(&dir.path().join("other")).unwrap();
        drop(other);

        drop(first);
        DataLock::acquire(&folder).expect("free again once the first holder is gone");
    }
}
