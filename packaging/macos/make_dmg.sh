#!/usr/bin/env bash
# Put Rivulet.app and a link to /Applications into a compressed disk image, so that
# installing is one drag.
#   packaging/macos/make_dmg.sh dist/Rivulet.app dist/rivulet-<version>-macos-<arch>.dmg
set -euo pipefail
app=${1:?usage: make_dmg.sh APP DMG}
dmg=${2:?usage: make_dmg.sh APP DMG}

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symbolic links, extended attributes and signatures intact.
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname Rivulet -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
