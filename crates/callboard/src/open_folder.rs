//! "Open folder": shows a folder in the system's file manager, so the window offers a button
//! instead of a path to copy.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::{Error, Result};

/// The file manager of each system; each takes the folder as its one argument.
#[cfg(target_os = "macos")]
const FILE_MANAGER: &str = "open";
#[cfg(target_os = "windows")]
const FILE_MANAGER: &str = "explorer";
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
const FILE_MANAGER: &str = "xdg-open";

/// Opens `folder` (which must exist) in the file manager, without waiting for it to close.
pub fn open_folder(folder: &Path) -> Result<()> {
    if !folder.is_dir() {
        return Err(Error::Storage(format!(
            "the folder {} does not exist",
            folder.display()
        )));
    }
    Command::new(FILE_MANAGER)
        .arg(folder)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(drop)
        .map_err(|error| Error::Storage(format!("could not open the folder: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_folder_is_refused_before_anything_is_started() {
        let missing = std::env::temp_dir().join("callboard-no-such-folder-9f3e");
        assert!(open_folder(&missing).is_err());
    }
}
