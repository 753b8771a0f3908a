#!/bin/sh
# Add Evaluation Desk to this user's application menu (no root needed). Run it from the
# unpacked build folder, where build_linux.sh put it: the menu entry starts the program there.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/evaluation-desk.svg" "$data/icons/hicolor/scalable/apps/evaluation-desk.svg"
sed "s|^Exec=.*|Exec=\"$here/evaluation-desk\"|" "$here/evaluation-desk.desktop" \
  > "$data/applications/evaluation-desk.desktop"
echo "menu entry: $data/applications/evaluation-desk.desktop -> $here/evaluation-desk"
