#!/usr/bin/env bash
# Build "Evaluation Desk.app" on macOS 13 or newer (Qt 6.11's minimum), self-test it, and
# optionally sign, notarize and wrap it in a .dmg. UNTESTED on macOS so far: see NOTES.md.
#
#   packaging/macos/build_macos.sh                      # dist/Evaluation Desk.app
#   CODESIGN_IDENTITY="Developer ID Application: … (TEAMID)" NOTARY_PROFILE=evaluation-desk \
#     packaging/macos/build_macos.sh                    # signed, notarized, stapled .dmg
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q -e . 'pyinstaller>=6.10,<7'

start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/evaluation-desk.spec
app="dist/Evaluation Desk.app"
echo "build: $(( $(date +%s) - start )) s, $(du -sh "$app" | cut -f1) in $app"

# The console twin prints the report (the .app's own program is the same binary).
"$app/Contents/MacOS/evaluator" gui --self-test

version=$("$app/Contents/MacOS/evaluator" --version | awk '{print $NF}')
dmg="dist/evaluation-desk-$version-macos-$(uname -m).dmg"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  # Inside out: every Mach-O file first, then the bundle, with the hardened runtime and a
  # secure timestamp (both required for notarization).
  find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' f; do
      if file "$f" | grep -q Mach-O; then
        codesign --force --timestamp --options runtime \
          --entitlements packaging/macos/entitlements.plist --sign "$CODESIGN_IDENTITY" "$f"
      fi
    done
  codesign --force --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$CODESIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi
rm -f "$dmg"
hdiutil create -volname "Evaluation Desk" -srcfolder "$app" -ov -format UDZO "$dmg"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    # Profile made once with: xcrun notarytool store-credentials evaluation-desk …
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  fi
fi
echo "dmg: $dmg"
