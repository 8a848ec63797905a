#!/bin/sh
# Installs the Debian/Ubuntu packages Custodian needs to build and test, when any is missing.
# Usage: install-deps.sh PACKAGE...
set -eu

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "custodian: this is not a Debian or Ubuntu system; install Qt 6, SQLCipher, QtKeychain and CMake" >&2
    echo "custodian: yourself (see README.md, 'Building on Windows and macOS'), then run cmake directly." >&2
    exit 0
fi

missing=""
for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $pkg" ;;
    esac
done

[ -z "$missing" ] && exit 0

echo "custodian: installing missing packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "custodian: need root or sudo to install:$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
