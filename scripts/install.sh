#!/usr/bin/env bash
# Installs the built module into Debian's PHP (the version php-config names), or removes it again (`make install`, `make uninstall`).
#
#   scripts/install.sh [MODULE]      install MODULE (default: modules/php_memcache.so)
#   scripts/install.sh --uninstall   undo what the install did
#
# Install: copies MODULE to `php-config --extension-dir`/php_memcache.so, writes
# /etc/php/X.Y/mods-available/php_memcache.ini (a copy of scripts/php_memcache.ini) and enables it with
# `phpenmod -v X.Y -s SAPI php_memcache` for each of the cli and fpm SAPIs that exist. It then warns if the C
# memcache extension (phpX.Y-memcache) is enabled for one of them too: both register the module "memcache",
# and PHP loads only the first one it meets.
# Uninstall: `phpdismod -p` (disable, and forget the enabled/disabled state phpenmod recorded) for the same
# SAPIs, then removes the ini file and the module. It does not touch the C extension.
#
# Both are idempotent: a step that is already done is skipped. The commands that change the system are
# printed, and run through sudo when not root. X.Y is the version of the PHP that PHP_CONFIG (default
# `php-config`) belongs to. Environment: PHP_CONFIG, PHP_BIN (default `php-config --php-binary`), PHP_FPM
# (default php-fpmX.Y; used to check what the fpm SAPI loads).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/php-env.sh"
[[ -n $PHP_VERSION ]] || { echo "install: ${PHP_CONFIG:-php-config} not found (run scripts/deps.sh)" >&2; exit 1; }
PHP_CONFIG=${PHP_CONFIG:-php-config}
PHP_FPM=${PHP_FPM:-php-fpm$PHP_VERSION}
ETC=/etc/php/$PHP_VERSION
NAME=php_memcache                          # the module file's and the mods-available entry's name
INI=$ETC/mods-available/$NAME.ini
SAPIS=(cli fpm)
# phpenmod, phpdismod and php-fpm live in sbin, which is not on every user's PATH.
PATH=$PATH:/usr/sbin:/sbin

if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    echo "install.sh: not root and sudo is missing; run this as root" >&2
    exit 1
fi

# Runs a command that changes the system, showing it first.
run() {
    echo "  $*"
    "${SUDO[@]}" "$@"
}

die() {
    echo "install.sh: $*" >&2
    exit 1
}

# The SAPIs of ours that PHP has here (phpenmod can only enable a module where conf.d exists).
present_sapis() {
    local sapi
    for sapi in "${SAPIS[@]}"; do
        [[ -d $ETC/$sapi/conf.d ]] && echo "$sapi"
    done
    return 0
}

# Prints the files that load the C extension for SAPI $1: an active `extension=memcache` (or memcache.so, or a
# path ending in /memcache.so) in its php.ini or in a file of its conf.d.
c_extension_files() {
    local files=("$ETC/$1/php.ini" "$ETC/$1/conf.d/"*.ini)
    grep -lsE '^[[:space:]]*extension[[:space:]]*=[[:space:]]*"?([^"]*/)?memcache(\.so)?"?[[:space:]]*(;.*)?$' \
        "${files[@]}" || true
}

# What each SAPI loads as the module "memcache": its version, "none", or "?" when it cannot be run.
loaded_version() {
    local out
    case $1 in
        cli) out=$("$PHP_BIN" -r 'echo phpversion("memcache") ?: "none";' 2>/dev/null) || out='?' ;;
        fpm)
            # `php-fpm -i` prints phpinfo() with the fpm SAPI's php.ini and conf.d, and exits.
            out=$("$PHP_FPM" -i 2>/dev/null | sed -n '/^memcache support/,/^Version/s/^Version => //p' | head -n 1)
            [[ -n $out ]] || out=none ;;
    esac
    echo "$out"
}

install_module() {
    local module=$1 ext_dir sapi version files
    [[ -f $module ]] || die "$module not found; build it with: make build"
    command -v phpenmod >/dev/null 2>&1 ||
        die "phpenmod not found: this installer is for Debian's PHP packages (see README.md, Install by hand)"
    [[ -d $ETC/mods-available ]] || die "$ETC/mods-available not found (is php$PHP_VERSION-common installed?)"
    # Refuse a module that does not load, before it replaces a working one.
    version=$("$PHP_BIN" -n -d "extension=$(realpath "$module")" -r 'echo phpversion("memcache");' 2>&1) ||
        true
    [[ $version == 8.2 ]] || die "$module does not load into $PHP_BIN: $version"
    ext_dir=$("$PHP_CONFIG" --extension-dir)

    echo "install: $ext_dir/$NAME.so"
    if cmp -s "$module" "$ext_dir/$NAME.so"; then
        echo "  (up to date)"
    else
        # Copy, then rename: a PHP process that has the old file mapped keeps a valid one.
        run install -m 0644 "$module" "$ext_dir/$NAME.so.tmp"
        run mv -f "$ext_dir/$NAME.so.tmp" "$ext_dir/$NAME.so"
    fi

    echo "install: $INI"
    if cmp -s "$ROOT/scripts/$NAME.ini" "$INI"; then
        echo "  (up to date)"
    else
        run install -m 0644 "$ROOT/scripts/$NAME.ini" "$INI"
    fi

    local sapis=($(present_sapis)) conflicts=()
    ((${#sapis[@]})) || echo "install: no ${SAPIS[*]} SAPI under $ETC; the module is not enabled anywhere"
    for sapi in "${sapis[@]}"; do
        echo "enable: $sapi"
        if phpquery -q -v "$PHP_VERSION" -s "$sapi" -m "$NAME"; then
            echo "  (already enabled)"
        else
            run phpenmod -v "$PHP_VERSION" -s "$sapi" "$NAME"
        fi
        files=$(c_extension_files "$sapi" | paste -sd " " -)
        [[ -n $files ]] && conflicts+=("$sapi: $files")
    done

    if ((${#conflicts[@]})); then
        local sudo=${SUDO[*]} entry
        {
            echo
            echo "WARNING: the C memcache extension (php$PHP_VERSION-memcache) is enabled as well:"
            for entry in "${conflicts[@]}"; do echo "    $entry"; done
            echo "  Both register the module \"memcache\". PHP loads only the first one it reads (conf.d files load in"
            echo "  name order: 20-memcache.ini comes before 20-$NAME.ini), warns 'Module \"memcache\" is already"
            echo "  loaded' and ignores the other. To use this one, disable the C extension:"
            echo "      ${sudo}${sudo:+ }phpdismod -v $PHP_VERSION memcache        (or one SAPI: ... -s cli memcache)"
            echo "  then check with: php --ri memcache    (Version => 8.2 is this one)"
            echo
        } >&2
    fi

    for sapi in "${sapis[@]}"; do
        version=$(loaded_version "$sapi")
        if [[ $version == 8.2 ]]; then
            echo "check: $sapi loads php_memcache (memcache version $version)"
        else
            echo "check: $sapi loads memcache version $version, not this one (8.2)" >&2
        fi
    done
    if [[ " ${sapis[*]} " == *" fpm "* ]]; then
        echo "note: running php-fpm workers load it after a restart of the service (e.g. systemctl restart php$PHP_VERSION-fpm)"
    fi
}

uninstall_module() {
    local ext_dir sapi link state_files
    ext_dir=$("$PHP_CONFIG" --extension-dir)

    for sapi in $(present_sapis); do
        echo "disable: $sapi"
        # Enabled (a conf.d link), or state that phpenmod/phpdismod recorded under /var/lib/php/modules.
        shopt -s nullglob
        local links=("$ETC/$sapi/conf.d/"*-"$NAME.ini")
        state_files=(/var/lib/php/modules/"$PHP_VERSION/$sapi"/*/"$NAME")
        shopt -u nullglob
        if ((${#links[@]} + ${#state_files[@]} == 0)); then
            echo "  (not enabled)"
            continue
        fi
        if [[ -f $INI ]] && command -v phpdismod >/dev/null 2>&1; then
            run phpdismod -v "$PHP_VERSION" -s "$sapi" -p "$NAME"
        fi
        # Without the ini file phpdismod cannot tell the link's name: remove what still points at it by hand.
        for link in "${links[@]}"; do
            if [[ -L $link && $(readlink "$link") == "$INI" ]]; then
                run rm -f "$link"
            fi
        done
        for link in "${state_files[@]}"; do
            [[ -e $link ]] && run rm -f "$link"
        done
        # phpenmod made enabled_by_admin/ for the install's record; leave no empty state directory behind.
        for link in /var/lib/php/modules/"$PHP_VERSION/$sapi"/{enabled,disabled}_by_admin; do
            if [[ -d $link && -z $(ls -A "$link") ]]; then
                run rmdir "$link"
            fi
        done
    done

    local file
    for file in "$INI" "$ext_dir/$NAME.so"; do
        echo "remove: $file"
        if [[ -e $file || -L $file ]]; then
            run rm -f "$file"
        else
            echo "  (not there)"
        fi
    done

    # The C extension may have been disabled by hand for this one; say how to get it back.
    if [[ -f $ETC/mods-available/memcache.ini ]]; then
        local off=()
        for sapi in $(present_sapis); do
            [[ -z $(c_extension_files "$sapi") ]] && off+=("$sapi")
        done
        if ((${#off[@]})); then
            echo "note: the C memcache extension is installed but not enabled for: ${off[*]}. To enable it again:"
            echo "      phpenmod -v $PHP_VERSION -s ${off[0]} memcache   (for each of those SAPIs)"
        fi
    fi
}

case ${1:-} in
    --uninstall) uninstall_module ;;
    -*) sed -n '2,5s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
    *) install_module "${1:-$ROOT/modules/$NAME.so}" ;;
esac
