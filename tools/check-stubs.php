<?php
/*
 * Checks that stubs/memcache.stub.php still describes the loaded memcache extension (spec §2, §10).
 *
 *   php -n -d extension=modules/php_memcache.so tools/check-stubs.php [STUB]
 *
 * The stub cannot be loaded next to the extension (it declares the same names), so a second PHP process
 * (`php -n`, no extension) includes it and dumps Reflection of what it declared as JSON; this process dumps
 * Reflection of the extension in the same shape and compares the two:
 *
 *   - constants: names, values and value types, order;
 *   - functions and classes: the sets, their order;
 *   - classes: parent, modifiers, interfaces, class constants, declared properties, the method list in
 *     getMethods() order, and per method its declaring class, modifiers and prototype class;
 *   - functions and methods: parameter count, required count, return by reference, return type, and per
 *     parameter its name, by-reference marker, optionality, variadicity and type.
 *
 * Types: where Reflection declares a type the stub must declare the same one; where Reflection declares none
 * the stub must declare none either (the precise types belong in the phpdoc, a native type would claim a
 * strictness the extension does not have). Defaults are not compared: internal arginfo carries none.
 *
 * The stub itself must load without any diagnostic, and every function and method in it needs a phpdoc with
 * a summary line, one @param per parameter in order, and an @return.
 *
 * Prints "stubs match reflection" and exits 0, or prints every difference and exits 1 (2 on a usage error).
 * `--dump-stub STUB` is the internal mode of the second process.
 */

const STUB_MODE = '--dump-stub';

/** Reflection of one parameter, in the form both sides are compared in. */
function dump_parameter(ReflectionParameter $p): array
{
    return [
        'name' => $p->getName(),
        'byRef' => $p->isPassedByReference(),
        'optional' => $p->isOptional(),
        'variadic' => $p->isVariadic(),
        'type' => $p->hasType() ? (string) $p->getType() : null,
    ];
}

function dump_function(ReflectionFunctionAbstract $f): array
{
    $dump = [
        'returnsRef' => $f->returnsReference(),
        'returnType' => $f->hasReturnType() ? (string) $f->getReturnType() : null,
        'tentativeReturnType' => $f->hasTentativeReturnType() ? (string) $f->getTentativeReturnType() : null,
        'count' => $f->getNumberOfParameters(),
        'required' => $f->getNumberOfRequiredParameters(),
        'params' => array_map('dump_parameter', $f->getParameters()),
    ];
    if ($f instanceof ReflectionMethod) {
        $dump['class'] = $f->getDeclaringClass()->getName();
        $dump['modifiers'] = implode(' ', Reflection::getModifierNames($f->getModifiers()));
        try {
            $dump['prototype'] = $f->getPrototype()->getDeclaringClass()->getName();
        } catch (ReflectionException) {
            $dump['prototype'] = null;
        }
    }
    if ($f->isUserDefined()) {
        $dump['doc'] = $f->getDocComment() === false ? null : $f->getDocComment();
    }
    return $dump;
}

function dump_class(ReflectionClass $c): array
{
    $methods = [];
    foreach ($c->getMethods() as $m) {
        $methods[$m->getName()] = dump_function($m);
    }
    $properties = array_map(fn (ReflectionProperty $p) => $p->getName(), $c->getProperties());
    return [
        'parent' => $c->getParentClass() ? $c->getParentClass()->getName() : null,
        'modifiers' => implode(' ', Reflection::getModifierNames($c->getModifiers())),
        'interface' => $c->isInterface(),
        'interfaces' => $c->getInterfaceNames(),
        'constants' => $c->getConstants(),
        'properties' => $properties,
        'methods' => $methods,
    ];
}

/** The extension side: everything ReflectionExtension attributes to `memcache`. */
function dump_extension(): array
{
    $ext = new ReflectionExtension('memcache');
    return [
        'constants' => $ext->getConstants(),
        'functions' => array_map('dump_function', $ext->getFunctions()),
        'classes' => array_map('dump_class', $ext->getClasses()),
        'diagnostics' => [],
        'failed' => false,
    ];
}

/**
 * The stub side, run in the second process: includes the stub and dumps what it declared. Any diagnostic
 * raised while loading it is recorded, as is an exception (a ParseError included).
 */
function dump_stub(string $stub): array
{
    $diagnostics = [];
    $failed = false;
    set_error_handler(function (int $no, string $msg, string $file, int $line) use (&$diagnostics) {
        $diagnostics[] = "error $no at " . basename($file) . ":$line: $msg";
        return true;
    });
    $functions = get_defined_functions()['user'];
    $classes = get_declared_classes();
    $constants = get_defined_constants(true)['user'] ?? [];
    try {
        (static function () use ($stub) {
            require $stub;
        })();
    } catch (Throwable $e) {
        $failed = true;
        $diagnostics[] = get_class($e) . ' at ' . basename($e->getFile()) . ':' . $e->getLine() . ': '
            . $e->getMessage();
    }
    restore_error_handler();

    $dump = ['constants' => [], 'functions' => [], 'classes' => [], 'diagnostics' => $diagnostics,
        'failed' => $failed];
    foreach (array_diff_key(get_defined_constants(true)['user'] ?? [], $constants) as $name => $value) {
        $dump['constants'][$name] = $value;
    }
    foreach (array_diff(get_defined_functions()['user'], $functions) as $name) {
        $f = new ReflectionFunction($name);
        $dump['functions'][$f->getName()] = dump_function($f);
    }
    foreach (array_diff(get_declared_classes(), $classes) as $name) {
        $dump['classes'][$name] = dump_class(new ReflectionClass($name));
    }
    return $dump;
}

/** Runs the stub side in `php -n` (no extension) and decodes its dump; null (with $error set) on failure. */
function load_stub_dump(string $stub, ?string &$error): ?array
{
    $cmd = [PHP_BINARY, '-n', '-d', 'error_reporting=-1', '-d', 'display_errors=stderr', __FILE__, STUB_MODE, $stub];
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    if (!is_resource($proc)) {
        $error = 'cannot start ' . PHP_BINARY;
        return null;
    }
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $rc = proc_close($proc);
    $dump = json_decode($out, true);
    if ($rc !== 0 || $err !== '' || !is_array($dump)) {
        $error = "the stub process (php -n) failed with exit code $rc:\n" . trim($err . "\n" . $out);
        return null;
    }
    return $dump;
}

function show(mixed $value): string
{
    if ($value === null) {
        return 'none';
    }
    return is_array($value) ? json_encode($value, JSON_UNESCAPED_SLASHES) : var_export($value, true);
}

/**
 * Compares two name => item maps: missing and extra names, then the order of the common ones (names are
 * compared case-sensitively: Reflection shows them as registered). Returns the common names.
 */
function compare_sets(string $what, string $prefix, array $ext, array $stub, array &$diffs): array
{
    foreach (array_diff_key($ext, $stub) as $name => $_) {
        $diffs[] = "$what $prefix$name: missing from the stub";
    }
    foreach (array_diff_key($stub, $ext) as $name => $_) {
        $diffs[] = "$what $prefix$name: in the stub but not in the extension";
    }
    $common = array_keys(array_intersect_key($ext, $stub));
    $stubOrder = array_keys(array_intersect_key($stub, $ext));
    if ($common !== $stubOrder) {
        $diffs[] = "{$what}s {$prefix}* are in a different order: extension " . implode(', ', $common)
            . '; stub ' . implode(', ', $stubOrder);
    }
    return $common;
}

function compare_fields(string $where, array $ext, array $stub, array $fields, array &$diffs): void
{
    foreach ($fields as $field => $label) {
        if (($ext[$field] ?? null) !== ($stub[$field] ?? null)) {
            $diffs[] = "$where: $label is " . show($stub[$field] ?? null) . ' in the stub, '
                . show($ext[$field] ?? null) . ' in the extension';
        }
    }
}

function compare_function(string $where, array $ext, array $stub, array &$diffs): void
{
    compare_fields($where, $ext, $stub, [
        'class' => 'declaring class',
        'modifiers' => 'modifiers',
        'prototype' => 'prototype class',
        'count' => 'parameter count',
        'required' => 'required parameter count',
        'returnsRef' => 'return by reference',
        'returnType' => 'return type',
        'tentativeReturnType' => 'tentative return type',
    ], $diffs);
    foreach ($ext['params'] as $i => $param) {
        if (!isset($stub['params'][$i])) {
            $diffs[] = "$where: parameter #$i \${$param['name']} missing from the stub";
            continue;
        }
        compare_fields("$where parameter #$i \${$param['name']}", $param, $stub['params'][$i], [
            'name' => 'name',
            'byRef' => 'by-reference',
            'optional' => 'optional',
            'variadic' => 'variadic',
            'type' => 'type',
        ], $diffs);
    }
    foreach (array_slice($stub['params'], count($ext['params'])) as $i => $param) {
        $diffs[] = "$where: parameter #" . ($i + count($ext['params'])) . " \${$param['name']} is only in the stub";
    }
    check_doc($where, $stub, $diffs);
}

/** The stub's phpdoc: a summary line, one @param per parameter in order, one @return. */
function check_doc(string $where, array $stub, array &$diffs): void
{
    $doc = $stub['doc'] ?? null;
    if ($doc === null) {
        $diffs[] = "$where: no phpdoc in the stub";
        return;
    }
    $lines = array_map(fn ($l) => trim(preg_replace('~^\s*(/\*\*|\*/|\*)~', '', $l)), explode("\n", $doc));
    $lines = array_values(array_filter($lines, fn ($l) => $l !== '' && $l !== '/'));
    if (!$lines || str_starts_with($lines[0], '@')) {
        $diffs[] = "$where: the phpdoc has no summary line";
    }
    // The name is the first `$` after @param: a type never contains one, but may contain spaces.
    preg_match_all('~@param\b[^$\n]*\$(\w+)~', $doc, $m);
    $documented = $m[1];
    $declared = array_column($stub['params'], 'name');
    if ($documented !== $declared) {
        $diffs[] = "$where: phpdoc @param names are (" . implode(', ', $documented) . '), parameters are ('
            . implode(', ', $declared) . ')';
    }
    if (preg_match_all('~@return\s+\S~', $doc) !== 1) {
        $diffs[] = "$where: the phpdoc needs exactly one @return";
    }
}

function compare_dumps(array $ext, array $stub): array
{
    $diffs = [];
    foreach ($stub['diagnostics'] as $d) {
        $diffs[] = "loading the stub: $d";
    }
    if ($stub['failed']) {
        return $diffs;   // nothing (or only part of it) was declared: a list of everything missing is noise
    }

    foreach (compare_sets('constant', '', $ext['constants'], $stub['constants'], $diffs) as $name) {
        $e = $ext['constants'][$name];
        $s = $stub['constants'][$name];
        if ($e !== $s) {
            $diffs[] = "constant $name: " . show($s) . ' (' . get_debug_type($s) . ') in the stub, ' . show($e)
                . ' (' . get_debug_type($e) . ') in the extension';
        }
    }

    foreach (compare_sets('function', '', $ext['functions'], $stub['functions'], $diffs) as $name) {
        compare_function("function $name()", $ext['functions'][$name], $stub['functions'][$name], $diffs);
    }

    foreach (compare_sets('class', '', $ext['classes'], $stub['classes'], $diffs) as $name) {
        $e = $ext['classes'][$name];
        $s = $stub['classes'][$name];
        compare_fields("class $name", $e, $s, [
            'parent' => 'parent class',
            'modifiers' => 'modifiers',
            'interface' => 'interface',
            'interfaces' => 'interface list',
            'constants' => 'class constants',
            'properties' => 'declared properties',
        ], $diffs);
        foreach (compare_sets('method', "$name::", $e['methods'], $s['methods'], $diffs) as $method) {
            $em = $e['methods'][$method];
            $sm = $s['methods'][$method];
            // A method inherited on both sides is compared once, under the class that declares it.
            if ($em['class'] !== $name && $em['class'] === $sm['class']) {
                continue;
            }
            compare_function("method $name::$method()", $em, $sm, $diffs);
        }
    }
    return $diffs;
}

function main(array $argv): int
{
    if (($argv[1] ?? null) === STUB_MODE) {
        if (extension_loaded('memcache')) {
            fwrite(STDERR, "the memcache extension is loaded; the stub must be dumped without it\n");
            return 2;
        }
        echo json_encode(dump_stub($argv[2]), JSON_THROW_ON_ERROR | JSON_PRESERVE_ZERO_FRACTION);
        return 0;
    }
    $stub = $argv[1] ?? __DIR__ . '/../stubs/memcache.stub.php';
    if (!is_file($stub)) {
        fwrite(STDERR, "usage: php -n -d extension=<memcache module> tools/check-stubs.php [STUB]\n"
            . "no stub at $stub\n");
        return 2;
    }
    if (!extension_loaded('memcache')) {
        fwrite(STDERR, "the memcache extension is not loaded: run with -d extension=<module>\n");
        return 2;
    }
    $stubDump = load_stub_dump(realpath($stub), $error);
    if ($stubDump === null) {
        echo "$error\n";
        return 1;
    }
    // The extension side goes through JSON as well, so both sides have the same value types.
    $extDump = json_decode(json_encode(dump_extension(), JSON_THROW_ON_ERROR | JSON_PRESERVE_ZERO_FRACTION), true);
    $diffs = compare_dumps($extDump, $stubDump);
    if ($diffs) {
        echo implode("\n", $diffs), "\n", count($diffs), " difference(s) between the stub and reflection\n";
        return 1;
    }
    echo "stubs match reflection\n";
    return 0;
}

// When run-tests includes this file from a .phpt, $argv is the test's own argv: the default check runs.
exit(main($argv ?? []));
