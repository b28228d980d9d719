#!/usr/bin/env bash
# Notarise a signed Rivulet.app or .dmg with Apple and staple the ticket to it, so that
# Gatekeeper accepts it on first open even offline.
#   packaging/macos/notarize.sh dist/Rivulet.app | dist/rivulet-<version>-macos-<arch>.dmg
# Reads APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD (an app-specific password).
set -euo pipefail
: "${APPLE_ID:?}" "${APPLE_TEAM_ID:?}" "${APPLE_APP_PASSWORD:?}"
target=${1:?usage: notarize.sh APP_OR_DMG}

upload=$target
if [[ "$target" == *.app ]]; then
  # notarytool takes a .zip, .pkg or .dmg, not a folder.
  upload="${RUNNER_TEMP:-/tmp}/$(basename "$target" .app)-notarize.zip"
  ditto -c -k --keepParent "$target" "$upload"
fi

xcrun notarytool submit "$upload" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
  --password "$APPLE_APP_PASSWORD" --wait --timeout 1h
xcrun stapler staple "$target"
xcrun stapler validate "$target"
if [[ "$upload" != "$target" ]]; then
  rm -f "$upload"
fi
