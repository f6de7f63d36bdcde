#!/usr/bin/env bash
# Builds target/appimage/SSI_Coach-<version>-x86_64.AppImage.
# Needs `appimagetool` on PATH (not in Debian; see docs/install.md for where to get it).
# Without it the script still lays out target/appimage/AppDir and stops there.
set -euo pipefail
cd "$(dirname "$0")/../../.."
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
cargo build --release
appdir=target/appimage/AppDir
rm -rf "$appdir"
install -Dm755 target/release/ssi-coach "$appdir/usr/bin/ssi-coach"
install -Dm755 packaging/linux/appimage/AppRun "$appdir/AppRun"
install -Dm644 packaging/linux/ssi-coach.desktop "$appdir/ssi-coach.desktop"
install -Dm644 packaging/linux/ssi-coach.desktop "$appdir/usr/share/applications/ssi-coach.desktop"
install -Dm644 packaging/linux/ssi-coach.metainfo.xml "$appdir/usr/share/metainfo/ssi-coach.appdata.xml"
install -Dm644 assets/icon-256.png "$appdir/ssi-coach.png"
install -Dm644 packaging/THIRD-PARTY-NOTICES.txt "$appdir/usr/share/doc/ssi-coach/THIRD-PARTY-NOTICES.txt"
for size in 16 32 48 64 128 256 512; do
  install -Dm644 "assets/icon-$size.png" "$appdir/usr/share/icons/hicolor/${size}x${size}/apps/ssi-coach.png"
done
install -Dm644 assets/icon.svg "$appdir/usr/share/icons/hicolor/scalable/apps/ssi-coach.svg"
ln -sf ssi-coach.png "$appdir/.DirIcon"
if ! command -v appimagetool >/dev/null; then
  echo "AppDir ready in $appdir; install appimagetool to pack it (docs/install.md)" >&2
  exit 0
fi
ARCH=x86_64 appimagetool "$appdir" "target/appimage/SSI_Coach-$version-x86_64.AppImage"
