#!/bin/sh
# TrueTrack container entrypoint: prepares /config as PUID:PGID with UMASK (the linuxserver.io conventions
# Unraid users know), installs the image's yt-dlp into /config/bin where the in-app updater may replace it,
# then execs the command (the server by default) as that user, so SIGTERM reaches the server directly.
#
# Every path can be overridden so the same script runs outside a container: TRUETRACK_APP_DIR, CONFIG_DIR,
# MUSIC_DIR, TRUETRACK_VENDOR_YTDLP.
set -eu

PUID="${PUID:-99}"
PGID="${PGID:-100}"
UMASK="${UMASK:-022}"
APP_DIR="${TRUETRACK_APP_DIR:-/app}"
CONFIG_DIR="${CONFIG_DIR:-/config}"
MUSIC_DIR="${MUSIC_DIR:-/music}"
VENDOR_YTDLP="${TRUETRACK_VENDOR_YTDLP:-$APP_DIR/vendor/yt-dlp}"
MANAGE_USER="${TRUETRACK_MANAGE_USER:-false}"
USER_NAME=truetrack

say() {
  printf 'entrypoint: %s\n' "$*" >&2
}

die() {
  say "$*"
  exit 64
}

is_root() {
  [ "$(id -u)" = 0 ]
}

check_settings() {
  case "$PUID" in '' | *[!0-9]*) die "PUID must be a number, got '$PUID'" ;; esac
  case "$PGID" in '' | *[!0-9]*) die "PGID must be a number, got '$PGID'" ;; esac
  case "$UMASK" in
    [0-7][0-7][0-7] | [0-7][0-7][0-7][0-7]) ;;
    *) die "UMASK must be three or four octal digits like 022, got '$UMASK'" ;;
  esac
}

# Tools that look a user up by id (Python's getpass, ssh) need a passwd entry; only the image asks for one, so
# running this script on a host never edits its users.
ensure_user() {
  [ "$MANAGE_USER" = true ] && is_root || return 0
  if ! getent group "$PGID" >/dev/null; then
    groupadd -o -g "$PGID" "$USER_NAME"
  fi
  if getent passwd "$USER_NAME" >/dev/null; then
    usermod -o -u "$PUID" -g "$PGID" -d "$CONFIG_DIR" "$USER_NAME"
  elif ! getent passwd "$PUID" >/dev/null; then
    useradd -o -u "$PUID" -g "$PGID" -d "$CONFIG_DIR" -M -s /usr/sbin/nologin "$USER_NAME"
  fi
}

prepare_config() {
  mkdir -p "$CONFIG_DIR" "$CONFIG_DIR/bin" "$CONFIG_DIR/logs" "$CONFIG_DIR/import" "$CONFIG_DIR/cache"
  if [ ! -e "$CONFIG_DIR/bin/yt-dlp" ] && [ -f "$VENDOR_YTDLP" ]; then
    say "installing yt-dlp into $CONFIG_DIR/bin"
    cp "$VENDOR_YTDLP" "$CONFIG_DIR/bin/yt-dlp.tmp"
    chmod 0755 "$CONFIG_DIR/bin/yt-dlp.tmp"
    mv "$CONFIG_DIR/bin/yt-dlp.tmp" "$CONFIG_DIR/bin/yt-dlp"
  fi
  if is_root; then
    # Only what is not already PUID:PGID, so a large /config is not rewritten on every start.
    find "$CONFIG_DIR" \( ! -user "$PUID" -o ! -group "$PGID" \) -exec chown -h "$PUID:$PGID" {} +
  fi
}

# The library may be a share with its own owners: never change it recursively, only claim its top folder when
# TrueTrack is the first to use it.
prepare_music() {
  if [ ! -d "$MUSIC_DIR" ]; then
    mkdir -p "$MUSIC_DIR"
    claim=true
  elif [ -z "$(ls -A "$MUSIC_DIR")" ]; then
    claim=true
  else
    claim=false
  fi
  if [ "$claim" = true ] && is_root; then
    chown "$PUID:$PGID" "$MUSIC_DIR"
  fi
}

check_settings
umask "$UMASK"
ensure_user
prepare_config
prepare_music

export TRUETRACK_DATA_DIR="${TRUETRACK_DATA_DIR:-$CONFIG_DIR}"
export MUSIC_LIBRARY_ROOT="${MUSIC_LIBRARY_ROOT:-$MUSIC_DIR}"
export HOME="$CONFIG_DIR"
export XDG_CACHE_HOME="$CONFIG_DIR/cache"

if [ "$#" -eq 0 ]; then
  set -- node dist/apps/server/src/main.js
fi
# The server finds the admin UI relative to its working folder.
cd "$APP_DIR"

if is_root && [ "$PUID" != 0 ]; then
  say "starting as $PUID:$PGID (umask $UMASK): $*"
  exec setpriv --reuid="$PUID" --regid="$PGID" --clear-groups -- "$@"
fi
say "starting as $(id -u):$(id -g) (umask $UMASK): $*"
exec "$@"
