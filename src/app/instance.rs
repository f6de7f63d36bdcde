//! One app per data folder: a second launch hands its file (or just "come to front") to the
//! window already open on the same data folder, then exits 0.
//!
//! The first launch listens on a Unix socket inside the data folder (`ssi-coach.sock`; local
//! only, never the network, readable by the folder's owner only). A later launch connects,
//! sends its request, waits for "ok" and exits; the first opens the import preview for the
//! file and asks for its window to come forward (`ViewportCommand::Focus`). A socket nobody
//! listens on (the first copy crashed) is removed and the new launch becomes the first. A
//! different data folder has its own socket and so its own window. Where there are no Unix
//! sockets (Windows) or the socket cannot be made (a path too long for one, a read-only
//! folder), every launch opens its own window as before (the data lock makes later ones
//! read-only).
//!
//! The message is `ssi-coach 1 focus\n`, or `ssi-coach 1 open\n` followed by the file's
//! absolute path; [`encode`] and [`decode`] are pure and tested.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

use super::AppState;

/// The socket's file name in the data folder.
pub const SOCKET_FILE: &str = "ssi-coach.sock";

/// The longest message read: a path, with room to spare.
const MAX_MESSAGE: u64 = 64 * 1024;

/// What a later launch asks of the first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Come to the front.
    Focus,
    /// Open the import preview for this LinkedIn export, and come to the front.
    Open(PathBuf),
}

/// The request as sent over the socket.
pub fn encode(request: &Request) -> Vec<u8> {
    match request {
        Request::Focus => b"ssi-coach 1 focus\n".to_vec(),
        Request::Open(path) => {
            let mut out = b"ssi-coach 1 open\n".to_vec();
            out.extend_from_slice(path.as_os_str().as_encoded_bytes());
            out
        }
    }
}

/// A request as received; None for anything else (another program, another version).
pub fn decode(message: &[u8]) -> Option<Request> {
    if message == b"ssi-coach 1 focus\n" {
        return Some(Request::Focus);
    }
    let path = message.strip_prefix(b"ssi-coach 1 open\n")?;
    if path.is_empty() {
        return None;
    }
    let path = std::str::from_utf8(path)
        .ok()
        .map(PathBuf::from)
        .or_else(|| {
            #[cfg(unix)]
            {
                use std::os::unix::ffi::OsStrExt;
                Some(PathBuf::from(std::ffi::OsStr::from_bytes(path)))
            }
            #[cfg(not(unix))]
            {
                None
            }
        })?;
    Some(path).filter(|p| p.is_absolute()).map(Request::Open)
}

/// How a launch went.
pub enum Claim {
    /// Another copy has this data folder open and took the request: exit.
    Forwarded,
    /// This is the first copy: it listens for later launches.
    First(Listener),
    /// No single-instance here (no Unix sockets, or the socket could not be made): open a
    /// window as usual.
    Unavailable,
}

/// The first copy's socket. Dropping it removes the socket file.
pub struct Listener {
    path: PathBuf,
    #[cfg(unix)]
    socket: Option<std::os::unix::net::UnixListener>,
}

/// Hand `request` to the copy of the app that has `data_dir` open, or become that copy.
pub fn claim(data_dir: &Path, request: &Request) -> Claim {
    #[cfg(unix)]
    {
        unix::claim(data_dir, request)
    }
    #[cfg(not(unix))]
    {
        let _ = (data_dir, request);
        Claim::Unavailable
    }
}

impl Listener {
    /// Answer later launches on a background thread: their requests arrive on the receiver,
    /// and `wake` is called after each (to repaint the window so it sees them).
    pub fn serve(&mut self, wake: impl Fn() + Send + 'static) -> Receiver<Request> {
        let (tx, rx) = std::sync::mpsc::channel();
        #[cfg(unix)]
        if let Some(socket) = self.socket.take() {
            let spawned = std::thread::Builder::new()
                .name("ssi-coach-instance".to_owned())
                .spawn(move || unix::serve(&socket, &tx, &wake));
            if spawned.is_err() {
                eprintln!("ssi-coach: could not start the single-instance thread");
            }
        }
        #[cfg(not(unix))]
        drop((tx, wake));
        rx
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(unix)]
mod unix {
    use std::io::{ErrorKind, Read, Write};
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::Path;
    use std::sync::mpsc::Sender;
    use std::time::Duration;

    use super::{Claim, Listener, MAX_MESSAGE, Request, SOCKET_FILE, decode, encode};

    /// How long a launch waits for the first copy's answer.
    const TIMEOUT: Duration = Duration::from_secs(3);

    pub(super) fn claim(data_dir: &Path, request: &Request) -> Claim {
        let path = data_dir.join(SOCKET_FILE);
        // twice: a launch that starts at the same moment may bind between our tries
        for _ in 0..2 {
            match UnixStream::connect(&path) {
                Ok(stream) => {
                    return if forward(stream, request).is_ok() {
                        Claim::Forwarded
                    } else {
                        // it listens but does not answer (hung): a window of our own
                        Claim::Unavailable
                    };
                }
                // a socket file nobody listens on: the first copy crashed
                Err(e) if e.kind() == ErrorKind::ConnectionRefused => {
                    let _ = std::fs::remove_file(&path);
                }
                Err(e) if e.kind() == ErrorKind::NotFound => {}
                Err(_) => return Claim::Unavailable,
            }
            match UnixListener::bind(&path) {
                Ok(socket) => {
                    use std::os::unix::fs::PermissionsExt;
                    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
                    return Claim::First(Listener {
                        path,
                        socket: Some(socket),
                    });
                }
                Err(e) if e.kind() == ErrorKind::AddrInUse => {}
                Err(_) => return Claim::Unavailable,
            }
        }
        Claim::Unavailable
    }

    /// Send `request` and wait for "ok".
    fn forward(mut stream: UnixStream, request: &Request) -> std::io::Result<()> {
        stream.set_read_timeout(Some(TIMEOUT))?;
        stream.set_write_timeout(Some(TIMEOUT))?;
        stream.write_all(&encode(request))?;
        stream.shutdown(std::net::Shutdown::Write)?;
        let mut answer = Vec::new();
        stream.take(16).read_to_end(&mut answer)?;
        if answer == b"ok\n" {
            Ok(())
        } else {
            Err(std::io::Error::other("no answer"))
        }
    }

    pub(super) fn serve(socket: &UnixListener, tx: &Sender<Request>, wake: &dyn Fn()) {
        for stream in socket.incoming() {
            let Ok(mut stream) = stream else {
                continue;
            };
            let _ = stream.set_read_timeout(Some(TIMEOUT));
            let _ = stream.set_write_timeout(Some(TIMEOUT));
            let mut message = Vec::new();
            if (&mut stream)
                .take(MAX_MESSAGE)
                .read_to_end(&mut message)
                .is_err()
            {
                continue;
            }
            let Some(request) = decode(&message) else {
                continue;
            };
            if tx.send(request).is_err() {
                return; // the window is gone
            }
            wake();
            let _ = stream.write_all(b"ok\n");
        }
    }
}

impl AppState {
    /// Take requests of later launches from `requests` (see [`Listener::serve`]).
    pub fn set_instance_requests(&mut self, requests: Receiver<Request>) {
        self.instance_requests = Some(requests);
    }

    /// Act on later launches' requests: open the import preview for a file, and bring the
    /// window forward.
    pub(super) fn poll_instance(&mut self, ctx: &egui::Context) {
        let Some(rx) = &self.instance_requests else {
            return;
        };
        let requests: Vec<Request> = rx.try_iter().collect();
        for request in &requests {
            if let Request::Open(path) = request {
                // a LinkedIn export, or a client file or plan file (issue #20)
                self.open_file(path.clone());
            }
        }
        if !requests.is_empty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn requests_survive_the_socket_and_strangers_are_ignored() {
        let open = Request::Open(PathBuf::from("/home/dana/Downloads/Basic #2 (æøå).zip"));
        assert_eq!(decode(&encode(&open)), Some(open));
        assert_eq!(decode(&encode(&Request::Focus)), Some(Request::Focus));
        assert_eq!(decode(b""), None);
        assert_eq!(decode(b"GET / HTTP/1.1\r\n\r\n"), None);
        assert_eq!(decode(b"ssi-coach 1 open\n"), None);
        assert_eq!(decode(b"ssi-coach 1 open\nrelative.zip"), None);
        assert_eq!(decode(b"ssi-coach 2 focus\n"), None);
    }
}
