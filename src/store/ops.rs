//! The file operations behind a save, as a trait so tests can make each one fail.

use std::io::{self, Write};
use std::path::Path;
use std::sync::Mutex;

use super::StoreError;

/// An atomic write in progress: a temporary file next to the target. Dropping it without
/// [`PendingWrite::commit`] removes the temporary file and leaves the target untouched.
pub trait PendingWrite {
    /// Write all of `bytes` to the temporary file.
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// Flush the temporary file to the disk (fsync).
    fn sync(&mut self) -> io::Result<()>;
    /// Rename the temporary file over the target and sync the folder.
    fn commit(self: Box<Self>) -> io::Result<()>;
}

/// How the store writes files. [`RealOps`] is the only implementation the app uses;
/// [`FaultyOps`] makes one step fail, for tests.
pub trait FileOps: Send + Sync + std::fmt::Debug {
    /// Start an atomic write of `path` (creates the temporary file).
    fn create(&self, path: &Path) -> io::Result<Box<dyn PendingWrite>>;
}

/// Real atomic writes: a temporary file in the same folder named
/// `.<name>.<6 letters>.ssi-tmp` (see [`is_temp_name`]: only such names are ever removed as
/// leftovers), fsync, rename over the target, fsync of the folder. New files are readable by
/// the user only (0600) on Unix.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealOps;

/// The end of every temporary file name the store writes.
const TEMP_SUFFIX: &str = ".ssi-tmp";

struct RealWrite {
    file: Option<std::fs::File>,
    temp: std::path::PathBuf,
    target: std::path::PathBuf,
}

impl Drop for RealWrite {
    fn drop(&mut self) {
        // not committed: the temporary file goes, the target stays as it was
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

fn not_open() -> io::Error {
    io::Error::other("the temporary file is already closed")
}

impl PendingWrite for RealWrite {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.file.as_mut().ok_or_else(not_open)?.write_all(bytes)
    }
    fn sync(&mut self) -> io::Result<()> {
        let file = self.file.as_mut().ok_or_else(not_open)?;
        file.flush()?;
        file.sync_all()
    }
    fn commit(mut self: Box<Self>) -> io::Result<()> {
        let file = self.file.take().ok_or_else(not_open)?;
        drop(file);
        if let Err(e) = std::fs::rename(&self.temp, &self.target) {
            let _ = std::fs::remove_file(&self.temp);
            return Err(e);
        }
        sync_dir(&self.target);
        Ok(())
    }
}

/// Make a rename durable: fsync the folder (Unix; elsewhere the rename is enough).
fn sync_dir(target: &Path) {
    #[cfg(unix)]
    if let Some(dir) = target.parent()
        && let Ok(d) = std::fs::File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
    {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = target;
}

/// Six random letters and digits (from the standard library's randomly keyed hasher).
fn random_letters() -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    let mut n = h.finish();
    (0..6)
        .map(|_| {
            let c = ALPHABET[(n % ALPHABET.len() as u64) as usize];
            n /= ALPHABET.len() as u64;
            char::from(c)
        })
        .collect()
}

impl FileOps for RealOps {
    fn create(&self, path: &Path) -> io::Result<Box<dyn PendingWrite>> {
        let dir = path.parent().unwrap_or(Path::new(""));
        let name = path
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?
            .to_string_lossy()
            .into_owned();
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let mut tries = 0;
        loop {
            let temp = dir.join(format!(".{name}.{}{TEMP_SUFFIX}", random_letters()));
            match options.open(&temp) {
                Ok(file) => {
                    return Ok(Box::new(RealWrite {
                        file: Some(file),
                        temp,
                        target: path.to_owned(),
                    }));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 100 => tries += 1,
                Err(e) => return Err(e),
            }
        }
    }
}

/// One step of an atomic write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Creating the temporary file.
    Create,
    /// Writing the data (fails after writing half of it, like a full disk).
    Write,
    /// Syncing the temporary file.
    Sync,
    /// Renaming it over the target.
    Rename,
}

impl Step {
    /// All steps, in the order a save takes them.
    pub const ALL: [Self; 4] = [Self::Create, Self::Write, Self::Sync, Self::Rename];
}

/// Real writes, except that one step fails with a chosen error while armed (for tests of
/// disk-full, read-only and permission faults).
#[derive(Debug, Default)]
pub struct FaultyOps {
    fault: Mutex<Option<(Step, io::ErrorKind)>>,
}

impl FaultyOps {
    /// Real writes until [`Self::arm`] is called.
    pub fn new() -> Self {
        Self::default()
    }

    /// Make `step` fail with `kind` from now on (`None`: stop failing).
    pub fn arm(&self, fault: Option<(Step, io::ErrorKind)>) {
        if let Ok(mut f) = self.fault.lock() {
            *f = fault;
        }
    }

    fn fault(&self) -> Option<(Step, io::ErrorKind)> {
        self.fault.lock().ok().and_then(|f| *f)
    }
}

struct FaultyWrite {
    inner: Box<dyn PendingWrite>,
    fault: Option<(Step, io::ErrorKind)>,
}

fn fail_if(fault: Option<(Step, io::ErrorKind)>, step: Step) -> io::Result<()> {
    match fault {
        Some((s, kind)) if s == step => {
            Err(io::Error::new(kind, format!("injected {step:?} fault")))
        }
        _ => Ok(()),
    }
}

impl PendingWrite for FaultyWrite {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        if fail_if(self.fault, Step::Write).is_err() {
            self.inner.write_all(&bytes[..bytes.len() / 2])?;
            return fail_if(self.fault, Step::Write);
        }
        self.inner.write_all(bytes)
    }
    fn sync(&mut self) -> io::Result<()> {
        fail_if(self.fault, Step::Sync)?;
        self.inner.sync()
    }
    fn commit(self: Box<Self>) -> io::Result<()> {
        fail_if(self.fault, Step::Rename)?;
        self.inner.commit()
    }
}

impl FileOps for FaultyOps {
    fn create(&self, path: &Path) -> io::Result<Box<dyn PendingWrite>> {
        let fault = self.fault();
        fail_if(fault, Step::Create)?;
        Ok(Box::new(FaultyWrite {
            inner: RealOps.create(path)?,
            fault,
        }))
    }
}

/// Write `bytes` to `path` atomically through `ops`: either the whole new content is there
/// afterwards, or the old file is untouched.
pub(crate) fn write_atomic(ops: &dyn FileOps, path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let err = |e| StoreError::io(path, e);
    let mut w = ops.create(path).map_err(err)?;
    w.write_all(bytes).map_err(err)?;
    w.sync().map_err(err)?;
    w.commit().map_err(err)
}

/// Whether `name` is a temporary file left by an interrupted atomic write of a `.ron` file
/// by this store (`.<name>.ron.<6 random letters>.ssi-tmp`), recognised exactly: a file the
/// store never wrote (`.x.ron.backup`, an editor's swap file) is never taken for one.
pub(crate) fn is_temp_name(name: &str) -> bool {
    let Some(rest) = name
        .strip_prefix('.')
        .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
    else {
        return false;
    };
    let Some((base, suffix)) = rest.rsplit_once('.') else {
        return false;
    };
    base.len() > ".ron".len()
        && base.ends_with(".ron")
        && suffix.len() == 6
        && suffix.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Remove temporary files left by killed saves in `dir` (not recursive). Returns how many.
pub(crate) fn remove_temp_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_str().is_some_and(is_temp_name)
            && entry.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// Create `dir` (and parents) readable by the user only (0700 on Unix).
pub(crate) fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| StoreError::io(dir, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_recognised_and_nothing_else() {
        assert!(is_temp_name(".dana-1f.ron.a8Bc9Z.ssi-tmp"));
        assert!(is_temp_name(".settings.ron.000000.ssi-tmp"));
        // names the store never writes, even when they look like a temporary file
        assert!(!is_temp_name(".dana-1f.ron.a8Bc9Z"));
        assert!(!is_temp_name(".x.ron.backup"));
        assert!(!is_temp_name(".x.ron.backup.ssi-tmp.old"));
        assert!(!is_temp_name(".x.ron.abcdefg.ssi-tmp"));
        assert!(!is_temp_name("dana-1f.ron"));
        assert!(!is_temp_name(".ron.abcdef"));
        assert!(!is_temp_name(".dana.ron.abc"));
        assert!(!is_temp_name(".dana.txt.abcdef"));
        assert!(!is_temp_name(".lock"));
    }

    #[test]
    fn a_write_leaves_no_temporary_file_and_a_dropped_write_removes_its_own() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let target = dir.path().join("c.ron");
        write_atomic(&RealOps, &target, b"one").unwrap_or_else(|e| panic!("{e}"));
        let mut w = RealOps.create(&target).unwrap_or_else(|e| panic!("{e}"));
        w.write_all(b"two").unwrap_or_else(|e| panic!("{e}"));
        let names = || -> Vec<String> {
            let mut v: Vec<String> = std::fs::read_dir(dir.path())
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            v.sort();
            v
        };
        assert!(names().iter().any(|n| is_temp_name(n)), "{:?}", names());
        drop(w);
        assert_eq!(names(), vec!["c.ron".to_owned()]);
        assert_eq!(std::fs::read(&target).ok(), Some(b"one".to_vec()));
    }
}
