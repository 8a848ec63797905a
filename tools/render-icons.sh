#!/bin/sh
# Renders the bundled fallback icons (resources/icons/actions/, resources/icons/sections/) from the
# Adwaita icon theme's symbolic SVGs as PNGs at 16, 24, 32 and 48 px: the app has no Qt SVG plugin
# at run time. The names are freedesktop icon names; ui/widgets/Icons.cpp asks the desktop's theme
# for the same names first. Licence and version: THIRD-PARTY-NOTICES.md.
#
#   tools/render-icons.sh [ADWAITA_DIR]     (Debian: apt-get install adwaita-icon-theme librsvg2-bin)
set -eu

theme=${1:-/usr/share/icons/Adwaita}
out=$(cd "$(dirname "$0")/.." && pwd)/resources/icons
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }

render() { # DIR NAME
    dir=$1 name=$2
    svg=$(find "$theme/scalable" -name "$name-symbolic.svg" | head -n 1)
    [ -n "$svg" ] || { echo "$name: no $name-symbolic.svg under $theme/scalable" >&2; exit 1; }
    mkdir -p "$out/$dir"
    for size in 16 24 32 48; do
        rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --output "$out/$dir/$name-$size.png" "$svg"
    done
}

# The main actions (Icons::Action).
for name in document-new address-book-new document-open document-save document-revert \
    edit-delete document-open-recent system-lock-screen; do
    render actions "$name"
done

# The navigation's sections (Icons::section).
for name in go-home x-office-address-book system-run emblem-shared system-users x-office-document \
    appointment-soon changes-prevent security-high dialog-warning preferences-system mail-unread \
    channel-insecure document-print web-browser document-send emblem-ok; do
    render sections "$name"
done

# Smaller PNGs; optipng is optional.
if command -v optipng >/dev/null; then
    optipng -quiet -o5 "$out"/actions/*.png "$out"/sections/*.png
fi
