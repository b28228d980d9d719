#!/usr/bin/env bash
# Put the Developer ID certificate into a temporary keychain that codesign can use.
# Reads MACOS_CERTIFICATE (the .p12, base64) and MACOS_CERTIFICATE_PASSWORD; the release
# workflow deletes the keychain ($RUNNER_TEMP/rivulet-signing.keychain-db) at the end.
set -euo pipefail
: "${MACOS_CERTIFICATE:?}" "${MACOS_CERTIFICATE_PASSWORD:?}" "${RUNNER_TEMP:?}"

keychain="$RUNNER_TEMP/rivulet-signing.keychain-db"
keychain_password=$(uuidgen)
certificate="$RUNNER_TEMP/rivulet-signing.p12"
trap 'rm -f "$certificate"' EXIT

printf '%s' "$MACOS_CERTIFICATE" | base64 --decode >"$certificate"
security create-keychain -p "$keychain_password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$keychain_password" "$keychain"
security import "$certificate" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" \
  -T /usr/bin/codesign -T /usr/bin/security
# Lets codesign use the key without a password prompt (there is nobody to answer it).
security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$keychain_password" "$keychain" >/dev/null
# Search the new keychain as well as the existing ones.
existing=()
while IFS= read -r line; do
  line=${line#"${line%%[![:space:]]*}"}
  existing+=("${line//\"/}")
done < <(security list-keychains -d user)
security list-keychains -d user -s "$keychain" "${existing[@]}"
security find-identity -v -p codesigning "$keychain"
