//! Build script: on Windows, the app's icon goes into `ssi-coach.exe` (the Start menu,
//! Explorer and the taskbar show it). Elsewhere it does nothing.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon.ico");
    #[cfg(windows)]
    windows_icon();
}

/// Embed `assets/icon.ico` with winresource (needs the Windows SDK's or MinGW's resource
/// compiler, which a Windows Rust toolchain has). A failure costs the icon, not the build.
#[cfg(windows)]
fn windows_icon() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource.set_icon("assets/icon.ico");
    if let Err(e) = resource.compile() {
        println!("cargo:warning=ssi-coach.exe is built without its icon: {e}");
    }
}
