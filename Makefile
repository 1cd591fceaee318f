# php_memcache: pecl/memcache 8.2 for PHP 8.2 and 8.4, in Rust.
#
#   make demo       install what is missing, build, run examples/demo.php against a private memcached
#   make test       install what is missing, build, run `cargo test`, the phpt suite (ascii, binary, meta) and the nginx + php-fpm test
#   make build      build the release module into modules/php_memcache.so
#   make install    build, install into the system's PHP and enable it for cli and fpm (scripts/install.sh)
#   make uninstall  undo `make install`
#   make bench      also install php-memcached, build, run the benchmark (bench/README.md; a few minutes)
#   make clean      remove build output and phpt leftovers
#
# The PHP is the one PHP_CONFIG names (default: php-config on PATH; scripts/deps.sh installs the packages for
# it, or for the distribution's default PHP when there is none yet): build, tests and install all follow it.
#
# Variables: PHP_CONFIG, PHP_BIN (default `$(PHP_CONFIG) --php-binary`), CARGO, CARGO_TEST_ARGS, PHPT_ARGS
# (extra arguments for php-tests/run.sh, e.g. PHPT_ARGS="-d memcache.protocol=binary ops"), BENCH_ARGS
# (arguments for bench/run.sh, e.g. BENCH_ARGS=--quick or BENCH_ARGS="--rounds 7").

SHELL := /bin/bash

PHP_CONFIG ?= php-config
# Recursive (=), so that php-config is asked after `deps` has installed it, not when make starts.
PHP_BIN ?= $(shell $(PHP_CONFIG) --php-binary 2>/dev/null)
# rustup puts cargo in ~/.cargo/bin, which is not always on PATH (e.g. non-login shells).
CARGO ?= $(shell command -v cargo 2>/dev/null || echo "$${CARGO_HOME:-$$HOME/.cargo}/bin/cargo")
CARGO_TEST_ARGS ?=
PHPT_ARGS ?=
BENCH_ARGS ?=
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
MODULE := modules/php_memcache.so

# PHP_CONFIG is not exported unless it came from the command line or the environment (make exports those
# itself): ext-php-rs's build takes PHP_CONFIG as a path and rejects the bare default.
export PHP_BIN

.PHONY: all help deps build demo test test-rust test-php test-e2e install uninstall bench clean

all: build

help:
	@sed -n '3,17s/^# \{0,1\}//p' Makefile

deps:
	@bash scripts/deps.sh

build: deps
	$(CARGO) build --release --features php
	@mkdir -p modules
	@# Copy, then rename: a PHP process that has the old module mapped keeps a valid file.
	cp $(TARGET_DIR)/release/libphp_memcache.so $(MODULE).tmp
	mv -f $(MODULE).tmp $(MODULE)
	@echo "built $(MODULE)"

demo: build
	@bash scripts/memcached.sh --single -- \
		$(PHP_BIN) -n -d extension=$(CURDIR)/$(MODULE) examples/demo.php

# Runs every suite even when one fails, and fails if any did. The end-to-end test exits 77 (and is skipped)
# only when nginx or php-fpm is missing and could not be installed.
test: build
	@rc=0; \
	echo "== cargo test"; \
	$(CARGO) test $(CARGO_TEST_ARGS) || rc=1; \
	echo "== phpt suite, ASCII protocol (php-tests/run.sh)"; \
	bash php-tests/run.sh $(PHPT_ARGS) || rc=1; \
	echo "== phpt suite, binary protocol (php-tests/run.sh -d memcache.protocol=binary)"; \
	bash php-tests/run.sh -d memcache.protocol=binary $(PHPT_ARGS) || rc=1; \
	echo "== phpt suite, meta protocol (php-tests/run.sh -d memcache.protocol=meta)"; \
	bash php-tests/run.sh -d memcache.protocol=meta $(PHPT_ARGS) || rc=1; \
	echo "== end-to-end: nginx + php-fpm (tests/e2e/run.sh)"; \
	bash tests/e2e/run.sh; e2e=$$?; \
	if [[ $$e2e -eq 77 ]]; then echo "e2e: SKIPPED (nginx/php-fpm not installed)"; \
	elif [[ $$e2e -ne 0 ]]; then rc=1; fi; \
	exit $$rc

test-rust:
	$(CARGO) test $(CARGO_TEST_ARGS)

test-php: build
	bash php-tests/run.sh $(PHPT_ARGS)

test-e2e: build
	bash tests/e2e/run.sh

# Changes the system (through sudo when not root); see scripts/install.sh.
install: build
	@bash scripts/install.sh $(MODULE)

uninstall:
	@bash scripts/install.sh --uninstall

# The benchmark's extra packages are installed here only, not by `deps`: `make test` does not need them.
bench: build
	@bash scripts/deps.sh --bench
	bash bench/run.sh $(BENCH_ARGS)

clean:
	$(CARGO) clean
	rm -rf modules
	@# What run-tests.php leaves next to a failed test (<name>.diff, .exp, .out, .php, ...).
	@find php-tests -name '*.phpt' -print0 | while IFS= read -r -d '' t; do \
		b=$${t%.phpt}; \
		rm -f "$$b.diff" "$$b.exp" "$$b.log" "$$b.out" "$$b.php" "$$b.sh" "$$b.mem" \
			"$$b.skip.php" "$$b.clean.php"; \
	done
