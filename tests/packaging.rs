//! Checks on the packaging files: desktop entry, icons, AppStream metainfo, cargo-deb assets.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Value of `key=` in the `[Desktop Entry]` group.
fn desktop_value<'a>(desktop: &'a str, key: &str) -> Option<&'a str> {
    desktop
        .lines()
        .find_map(|l| l.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is not a PNG",
        path.display()
    );
    assert_eq!(&bytes[12..16], b"IHDR");
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    (w, h)
}

const SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

#[test]
fn desktop_entry_has_translations_and_matches_binary_and_icon() {
    let d = read("packaging/linux/ssi-coach.desktop");
    assert!(d.starts_with("[Desktop Entry]"));
    for key in [
        "Name",
        "Name[nl]",
        "Name[da]",
        "Comment",
        "Comment[nl]",
        "Comment[da]",
    ] {
        let v = desktop_value(&d, key).unwrap_or_else(|| panic!("missing {key}"));
        assert!(!v.trim().is_empty(), "{key} is empty");
    }
    assert_ne!(
        desktop_value(&d, "Comment[nl]"),
        desktop_value(&d, "Comment")
    );
    assert_ne!(
        desktop_value(&d, "Comment[da]"),
        desktop_value(&d, "Comment")
    );
    let cats: Vec<&str> = desktop_value(&d, "Categories")
        .unwrap()
        .split(';')
        .collect();
    assert!(
        cats.contains(&"Office") && cats.contains(&"Education"),
        "{cats:?}"
    );
    assert_eq!(
        desktop_value(&d, "Exec").unwrap().split(' ').next(),
        Some(env!("CARGO_PKG_NAME"))
    );
    // "Open with SSI Coach" on an export ZIP: one local file, opened on the import preview
    assert_eq!(desktop_value(&d, "Exec"), Some("ssi-coach %f"));
    let mimes: Vec<&str> = desktop_value(&d, "MimeType").unwrap().split(';').collect();
    assert!(mimes.contains(&"application/zip"), "{mimes:?}");
    assert_eq!(desktop_value(&d, "Icon"), Some("ssi-coach"));
    assert_eq!(desktop_value(&d, "StartupWMClass"), Some("ssi-coach"));
    assert_eq!(desktop_value(&d, "Terminal"), Some("false"));
    // the window's app id must match the desktop file so the desktop shows our icon
    let app = read("src/app/desktop.rs");
    assert!(
        app.contains(".with_app_id(\"ssi-coach\")"),
        "app id in src/app/desktop.rs"
    );
}

#[test]
fn all_icon_sizes_exist_with_their_dimensions() {
    for size in SIZES {
        let path = root().join(format!("assets/icon-{size}.png"));
        assert_eq!(png_size(&path), (size, size), "{}", path.display());
    }
    let svg = read("assets/icon.svg");
    assert!(svg.contains("<svg") && svg.contains("</svg>"));
    let ico = std::fs::read(root().join("assets/icon.ico")).unwrap();
    // ICONDIR: reserved 0, type 1 (icon), count
    assert_eq!(&ico[..4], &[0, 0, 1, 0]);
    let count = u16::from_le_bytes([ico[4], ico[5]]);
    assert!(count >= 4, "icon.ico holds only {count} images");
}

#[test]
fn metainfo_is_linked_to_the_desktop_entry() {
    let m = read("packaging/linux/ssi-coach.metainfo.xml");
    assert!(m.starts_with("<?xml"));
    assert!(m.contains("<component type=\"desktop-application\">"));
    assert!(m.contains("<id>io.ssicoach.SsiCoach</id>"));
    assert!(m.contains("<launchable type=\"desktop-id\">ssi-coach.desktop</launchable>"));
    assert!(m.contains("<binary>ssi-coach</binary>"));
    for lang in ["nl", "da"] {
        assert!(
            m.contains(&format!("<summary xml:lang=\"{lang}\">")),
            "summary {lang}"
        );
        assert!(
            m.contains(&format!("<p xml:lang=\"{lang}\">")),
            "description {lang}"
        );
    }
    assert_eq!(
        m.matches("<component").count(),
        m.matches("</component>").count()
    );
    assert!(m.contains(&format!(
        "<release version=\"{}\"",
        env!("CARGO_PKG_VERSION")
    )));
}

#[test]
fn deb_assets_point_to_existing_files() {
    let cargo = read("Cargo.toml");
    let start = cargo.find("[package.metadata.deb]").expect("deb metadata");
    let section = &cargo[start..];
    let section = &section[..section[1..].find("\n[").map_or(section.len(), |i| i + 1)];
    let depends = desktop_value(section, "depends ").unwrap_or_default();
    for lib in [
        "libx11-6",
        "libxkbcommon0",
        "libwayland-client0",
        "libgl1",
        "libegl1",
        "$auto",
    ] {
        assert!(depends.contains(lib), "depends lacks {lib}");
    }
    let mut sources = 0;
    for line in section
        .lines()
        .filter(|l| l.trim_start().starts_with("[\""))
    {
        let src = line
            .trim_start()
            .trim_start_matches("[\"")
            .split('"')
            .next()
            .unwrap();
        sources += 1;
        if src.starts_with("target/") {
            assert_eq!(src, "target/release/ssi-coach");
            continue;
        }
        assert!(root().join(src).is_file(), "deb asset {src} does not exist");
    }
    assert!(sources >= 11, "only {sources} deb assets");
    for size in SIZES {
        let dest = format!("usr/share/icons/hicolor/{size}x{size}/apps/ssi-coach.png");
        assert!(section.contains(&dest), "deb lacks {dest}");
    }
}

#[test]
fn version_and_help_run() {
    let bin = env!("CARGO_BIN_EXE_ssi-coach");
    let out = Command::new(bin).arg("--version").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.trim(),
        format!("ssi-coach {}", env!("CARGO_PKG_VERSION"))
    );
    let out = Command::new(bin).arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Usage:") && text.contains("SSI Coach"),
        "{text}"
    );
}
