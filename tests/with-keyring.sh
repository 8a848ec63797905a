#!/bin/sh
# Runs a command (a test binary and its arguments) against a real, unlocked Secret Service, as on a
# desktop, without touching the user's own keyring: a fresh temporary HOME and XDG folders, a
# private D-Bus session bus (dbus-run-session) and a gnome-keyring-daemon unlocked on it.
#
#   tests/with-keyring.sh <command> [arguments...]
#
# The exit status is the command's. Missing tools are a failure, not a skip: `make test` installs
# dbus-bin and gnome-keyring.
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 <command> [arguments...]" >&2
    exit 2
fi

missing=""
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
    echo "with-keyring.sh: cannot run the keychain test, missing:$missing" >&2
    echo "with-keyring.sh: install the Debian packages dbus-bin and gnome-keyring (make test does)" >&2
    exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/custodian-keyring.XXXXXX") || {
    echo "with-keyring.sh: cannot create a temporary folder" >&2
    exit 1
}
# shellcheck disable=SC2317 # called through the trap
cleanup() {
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/data" "$scratch/config" "$scratch/cache"
chmod 700 "$scratch/runtime"

HOME="$scratch/home"
XDG_RUNTIME_DIR="$scratch/runtime"
XDG_DATA_HOME="$scratch/data"
XDG_CONFIG_HOME="$scratch/config"
XDG_CACHE_HOME="$scratch/cache"
# A throwaway keyring's password: the keyring lives and dies with this folder.
CUSTODIAN_TEST_KEYRING="custodian-test-keyring"
export HOME XDG_RUNTIME_DIR XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME CUSTODIAN_TEST_KEYRING
# Never reach the caller's own session bus or display.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# Inside the private session: unlock (and so create) the login keyring, then become the command.
# "$@" reaches the inner shell as its positional parameters, quoting intact.
# shellcheck disable=SC2016 # expanded by the inner shell, on purpose
dbus-run-session -- sh -c '
    printf "%s" "$CUSTODIAN_TEST_KEYRING" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
        exit 1
    }
    exec "$@"
' with-keyring "$@"
status=$?
exit "$status"
