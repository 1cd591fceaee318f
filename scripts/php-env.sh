# Sourced by the scripts: what the PHP being built and tested against is, all derived from php-config.
#
#   PHP_CONFIG   php-config of that PHP (default: `php-config` on PATH; ext-php-rs' build honours the same
#                variable, so `PHP_CONFIG=/opt/php/bin/php-config make test` builds and tests against it)
#   PHP_VERSION  its major.minor, e.g. 8.4
#   PHP_BIN      its CLI binary (php-config --php-binary), unless PHP_BIN is set already
#   PHP_EXT_DIR  its extension directory
#   RUN_TESTS    its run-tests.php, unless RUN_TESTS is set already
#
# Nothing here installs anything: scripts/deps.sh does (and must have run for php-config to exist).

# Not exported when unset: ext-php-rs's build (run by `make build` below us) takes PHP_CONFIG as a path.
php_env_config=${PHP_CONFIG:-php-config}
if command -v "$php_env_config" >/dev/null 2>&1; then
    PHP_VERSION=$("$php_env_config" --version | cut -d. -f1,2)
    PHP_BIN=${PHP_BIN:-$("$php_env_config" --php-binary)}
    PHP_EXT_DIR=$("$php_env_config" --extension-dir)
    if [[ -z ${RUN_TESTS:-} ]]; then
        # Debian puts run-tests.php in <extension dir>/build, a `make install` of PHP in <prefix>/lib/php/build.
        for RUN_TESTS in "$PHP_EXT_DIR/build/run-tests.php" "$("$php_env_config" --prefix)/lib/php/build/run-tests.php"; do
            [[ -f $RUN_TESTS ]] && break
        done
    fi
else
    PHP_VERSION= PHP_EXT_DIR=
    PHP_BIN=${PHP_BIN:-php}
    RUN_TESTS=${RUN_TESTS:-}
fi
export PHP_VERSION PHP_BIN PHP_EXT_DIR RUN_TESTS
