#!/usr/bin/env bash
# Sign Rivulet.app (or a .dmg) with the Developer ID in MACOS_SIGNING_IDENTITY.
#   packaging/macos/sign.sh dist/Rivulet.app | dist/rivulet-<version>-macos-<arch>.dmg
# An app is signed from the inside out: every Mach-O file in the bundle (Python's
# extension modules, Qt, llama.cpp's libraries) with the hardened runtime and a secure
# timestamp, as notarisation demands, then the bundle itself with --deep for anything left.
set -euo pipefail
: "${MACOS_SIGNING_IDENTITY:?}"
target=${1:?usage: sign.sh APP_OR_DMG}
here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/entitlements.plist"

if [[ "$target" == *.dmg ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$target"
  codesign --verify --verbose=2 "$target"
  exit 0
fi

sign() {
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$MACOS_SIGNING_IDENTITY" "$@"
}

# Deepest paths first, so that nothing is signed before what it contains. (Paths in a
# PyInstaller bundle hold no newlines; macOS's sort and cut know no NUL-separated mode.)
find "$target/Contents" -type f | awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2- |
  while IFS= read -r file; do
    if file -b "$file" | grep -q 'Mach-O'; then
      sign "$file"
    fi
  done

sign --deep "$target"
codesign --verify --deep --strict --verbose=2 "$target"
