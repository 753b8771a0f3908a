#!/usr/bin/env bash
# Build the one-folder Linux app into dist/evaluation-desk/ and self-test it.
#   packaging/build_linux.sh [PYTHON]      (default: .venv/bin/python, made by README's setup)
# Installs PyInstaller into that environment if it is missing. Prints the build time and the
# folder's size; writes dist/evaluation-desk-<version>-linux-x86_64.tar.gz unless NO_TARBALL=1.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
"$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install -q 'pyinstaller>=6.10,<7'

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/evaluation-desk.spec
end=$(date +%s)
out=dist/evaluation-desk
cp packaging/linux/evaluation-desk.desktop "$out/"
cp resources/icons/evaluation-desk.svg "$out/evaluation-desk.svg"
cp packaging/linux/install_user.sh "$out/"
echo "build: $((end - start)) s, $(du -sh "$out" | cut -f1) in $out"

# The frozen app checks itself (offscreen when there is no display).
"$out/evaluation-desk" --self-test
# The CLI imports each command's module by name when it runs: every one must be in the folder.
for cmd in $("$out/evaluator" --help | sed -n '/^Commands:/,$p' | awk 'NR > 1 {print $1}'); do
  "$out/evaluator" "$cmd" --help > /dev/null
done
echo "cli: every command of \`evaluator --help\` answers --help"
# The demo writes identity files in a "spawn" worker, which re-runs the frozen program: a small
# round (no GUI) checks that the launcher hands such children to multiprocessing.
demo=$(mktemp -d)
t0=$(date +%s)
"$out/evaluator" demo --no-gui --applications 2 --dir "$demo/out" > "$demo/log" 2>&1 ||
  { cat "$demo/log"; rm -rf "$demo"; exit 1; }
rm -rf "$demo"
echo "demo: \`evaluator demo --no-gui --applications 2\` in $(( $(date +%s) - t0 )) s"
if [ "${NO_TARBALL:-0}" != 1 ]; then
  version=$("$out/evaluator" --version | awk '{print $NF}')
  tarball="dist/evaluation-desk-$version-linux-$(uname -m).tar.gz"
  tar czf "$tarball" -C dist evaluation-desk
  echo "tarball: $tarball ($(du -h "$tarball" | cut -f1))"
fi
