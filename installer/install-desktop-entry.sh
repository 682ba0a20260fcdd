#!/bin/sh
# Adds AI Admin to the applications menu of this user, pointing at this folder.
# Run it again after moving the folder; `--remove` takes the menu entry away.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
entry="$apps/ai-admin.desktop"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    echo "Removed $entry"
    exit 0
fi
mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\"$here/ai-admin\"|" -e "s|^Icon=.*|Icon=$here/ai-admin.png|" \
    "$here/ai-admin.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "AI Admin is in the applications menu ($entry)."
