#!/usr/bin/env bash
# Sign Kontor.app with the hardened runtime, notarise and staple it, and build the disk image.
#
#   bash packaging/macos/sign_and_notarize.sh [DIST]
#
# DIST (default: dist) holds Kontor.app from `python3 packaging/build.py`; the disk image
# Kontor-VERSION-macos-ARCH.dmg is written beside it.
#
# Identity and credentials come from the environment:
#   APPLE_SIGNING_IDENTITY  the codesign identity ("Developer ID Application: NAME (TEAMID)")
#   APPLE_NOTARY_PROFILE    a notarytool keychain profile (xcrun notarytool store-credentials),
#   or all three of
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  an Apple ID and an app-specific password
#   KONTOR_VERSION          the version in the file name (default: from pyproject.toml)
#
# Without APPLE_SIGNING_IDENTITY, signing and notarising are skipped (and said so) and the
# disk image is built unsigned.  With an identity but no notary credentials, everything is
# signed and notarising is skipped.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dist="${1:-$root/dist}"
app="$dist/Kontor.app"
entitlements="$here/entitlements.plist"
python="${PYTHON:-python3}"
identity="${APPLE_SIGNING_IDENTITY:-}"

log() {
  printf 'sign_and_notarize: %s\n' "$*"
}

fail() {
  log "$*" >&2
  exit 1
}

[[ -d "$app" ]] || fail "no $app: run python3 packaging/build.py first"
[[ -f "$entitlements" ]] || fail "no $entitlements"

version="${KONTOR_VERSION:-}"
if [[ -z "$version" ]]; then
  version="$("$python" -c 'import sys; sys.path.insert(0, sys.argv[1]); import kontor_release; print(kontor_release.version())' "$root/packaging")"
fi
arch="$(uname -m)"
dmg="$dist/Kontor-$version-macos-$arch.dmg"

notary_args=()
if [[ -n "${APPLE_NOTARY_PROFILE:-}" ]]; then
  notary_args=(--keychain-profile "$APPLE_NOTARY_PROFILE")
elif [[ -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
  notary_args=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi

is_macho() {
  file -b "$1" | grep -q 'Mach-O'
}

# Signs inside out: loose libraries and plug-ins, then frameworks, then the app itself (its
# main executable gets the entitlements).  Every piece gets the hardened runtime and a secure
# timestamp, as notarisation requires.
sign_app() {
  local signed=0 path
  while IFS= read -r -d '' path; do
    if is_macho "$path"; then
      codesign --force --timestamp --options runtime --sign "$identity" "$path"
      signed=$((signed + 1))
    fi
  done < <(find "$app/Contents" -type f ! -path '*.framework/*' ! -path "$app/Contents/MacOS/*" -print0)
  while IFS= read -r -d '' path; do
    codesign --force --timestamp --options runtime --sign "$identity" "$path"
    signed=$((signed + 1))
  done < <(find "$app/Contents" -type d -name '*.framework' -print0 | sort -rz)
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$identity" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
  log "signed $app and $signed libraries, plug-ins and frameworks in it"
}

# Submits a file to Apple's notary service, waits, and fails with the notary's log unless
# the submission is accepted.
notarise() {
  local file="$1" result status id
  result="$(xcrun notarytool submit "$file" "${notary_args[@]}" --wait --output-format json)"
  status="$(printf '%s' "$result" | "$python" -c 'import json, sys; print(json.load(sys.stdin).get("status", ""))')"
  id="$(printf '%s' "$result" | "$python" -c 'import json, sys; print(json.load(sys.stdin).get("id", ""))')"
  if [[ "$status" != "Accepted" ]]; then
    log "notarisation of $file ended with status '${status:-unknown}'" >&2
    if [[ -n "$id" ]]; then
      xcrun notarytool log "$id" "${notary_args[@]}" >&2 || true
    fi
    exit 1
  fi
  log "notarised $file (submission $id)"
}

make_dmg() {
  local staging
  staging="$(mktemp -d)"
  ditto "$app" "$staging/Kontor.app"
  ln -s /Applications "$staging/Applications"
  rm -f "$dmg"
  hdiutil create -volname "Kontor $version" -srcfolder "$staging" -ov -format UDZO "$dmg" >/dev/null
  rm -rf "$staging"
}

if [[ -z "$identity" ]]; then
  log "APPLE_SIGNING_IDENTITY is not set: signing and notarising skipped, the disk image is unsigned"
  make_dmg
  log "built $dmg (unsigned)"
  exit 0
fi

sign_app
# The signed app must still start under the hardened runtime.
"$app/Contents/MacOS/kontor" --self-test

if [[ ${#notary_args[@]} -eq 0 ]]; then
  log "no notary credentials (APPLE_NOTARY_PROFILE, or APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD): notarising skipped"
  make_dmg
  codesign --force --timestamp --sign "$identity" "$dmg"
  log "built $dmg (signed, not notarised)"
  exit 0
fi

zip="$(mktemp -d)/Kontor.zip"
ditto -c -k --keepParent "$app" "$zip"
notarise "$zip"
xcrun stapler staple "$app"

make_dmg
codesign --force --timestamp --sign "$identity" "$dmg"
notarise "$dmg"
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
log "built $dmg (signed, notarised and stapled)"
