<?php
/**
 * Stubs for the `memcache` extension (pecl/memcache 8.2 API, as implemented by php_memcache), for IDEs and
 * static analysers (PhpStorm, Psalm, PHPStan). Never include this file while the extension is loaded.
 *
 * The declarations mirror Reflection of the extension exactly: names (including the lower-case method names
 * such as `addserver` and `getserverstatus`), parameter names, by-reference markers, optionality, native
 * types and method order. Native types appear only where Reflection declares them; the phpdoc carries the
 * precise types. Defaults are the effective ones: `11211` stands for `memcache.default_port` (INI, default
 * 11211), and a `null` or `''` default marks "argument omitted" where no value means the same as omitting it.
 *
 * The declared types are not enforced by the extension: keys may be any scalar (converted to string), and
 * int/float/bool parameters use PHP's usual coercion.
 *
 * Checked against the loaded extension by `tools/check-stubs.php`
 * (`php -n -d extension=modules/php_memcache.so tools/check-stubs.php`).
 */

/** Flag bit 1: compress the value with zlib (store methods); also set in the flags of a compressed item. */
const MEMCACHE_COMPRESSED = 2;

/** User flag bit 16, passed through untouched (flags bits 16-31 are free for the user). */
const MEMCACHE_USER1 = 0x10000;

/** User flag bit 17, passed through untouched. */
const MEMCACHE_USER2 = 0x20000;

/** User flag bit 18, passed through untouched. */
const MEMCACHE_USER3 = 0x40000;

/** User flag bit 19, passed through untouched. */
const MEMCACHE_USER4 = 0x80000;

/** 1 when the `memcache` session save handler is available (built with session support), else 0. */
const MEMCACHE_HAVE_SESSION = 1;

/**
 * A pool of memcached servers with key-to-server hashing, failover and redundancy.
 *
 * The first connect()/addserver() creates the pool and stores it as a `memcache connection` resource in the
 * dynamic public property `connection`. The other methods (setSaslAuthData() aside) warn "No servers added
 * to memcache connection" and return false while that property is absent, and "Invalid
 * MemcachePool->connection member variable" when it holds something else. Protocol, hashing, compression
 * threshold and select API are copied from INI when the pool is created.
 *
 * @property resource $connection the pool (resource type "memcache connection"), created on first use
 * @property callable|null $_failureCallback the failure callback; null once cleared
 * @property string $username SASL user name set by setSaslAuthData()
 * @property string $password SASL password set by setSaslAuthData()
 */
#[\AllowDynamicProperties]
class MemcachePool
{
    /**
     * Adds a server to the pool and connects to it at once; a server marked failed is revived.
     *
     * On failure the failure callback fires (or the notice "Server <host> (tcp <port>, udp <port>) failed
     * with: ..." is emitted), then the warning "Can't connect to <host>:<port>, <error> (<errno>)"; the server
     * stays in the pool. Calling it again adds another server, it does not replace the first.
     *
     * @param string $host host name or IP, `tcp://host`, or `unix:///path/to.sock` (with port 0)
     * @param int $tcp_port TCP port (default memcache.default_port); 0 for unix sockets
     * @param int $udp_port UDP port for multi-key gets over ASCII; 0 = no UDP
     * @param bool $persistent keep the connection in the process-wide persistent list
     * @param int $weight share of keys (buckets/ring points); must be at least 1
     * @param float $timeout connect and read timeout in seconds; fractions are honoured
     * @param int $retry_interval seconds before a failed server is tried again; -1 = never automatically
     * @return bool true once connected
     */
    public function connect($host, $tcp_port = 11211, $udp_port = 0, $persistent = true, $weight = 1, $timeout = 1.0, $retry_interval = 15) {}

    /**
     * Adds a server to the pool lazily: nothing is connected until a request needs the server.
     *
     * Warns and returns false, adding nothing, on "weight must be a positive integer", "invalid tcp port
     * number" or "invalid udp port number" (QUIRK: the accepted port range ends at 65635, not 65535). With the
     * binary protocol a UDP port gives the notice "binary protocol isn't support over UDP, defaulting to TCP".
     * QUIRK: a server added with $status = false is non-persistent and retryable at once unless
     * $retry_interval is -1.
     *
     * @param string $host host name or IP, `tcp://host`, or `unix:///path/to.sock` (with port 0)
     * @param int $tcp_port TCP port (default memcache.default_port); 0 for unix sockets
     * @param int $udp_port UDP port for multi-key gets over ASCII; 0 = no UDP
     * @param bool $persistent keep the connection in the process-wide persistent list (only if $status)
     * @param int $weight share of keys (buckets/ring points); must be at least 1
     * @param float $timeout connect and read timeout in seconds; fractions are honoured
     * @param int $retry_interval seconds before a failed server is tried again; -1 = never automatically
     * @param bool $status false adds the server already marked failed
     * @return bool
     */
    public function addserver($host, $tcp_port = 11211, $udp_port = 0, $persistent = true, $weight = 1, $timeout = 1.0, $retry_interval = 15, $status = true): bool {}

    /**
     * Changes timeout, retry interval, status and failure callback of the first server with this host and port.
     *
     * Omitted timeout/retry_interval reset to 1.0/15. $status = false marks the server failed, true makes a
     * failed server usable again. Warns "Server not found in pool" or "Invalid failure callback" and returns
     * false without changing anything.
     *
     * @param string $host the host string exactly as added
     * @param int $tcp_port TCP port (default memcache.default_port)
     * @param float $timeout seconds; also lowers (never raises) the pool's I/O wait timeout
     * @param int $retry_interval seconds; -1 = never retry automatically
     * @param bool $status true = usable, false = failed
     * @param callable|null $failure_callback omitted: unchanged; a callable installs it for the pool; an
     *        explicit null removes it (the stub's null default only marks the argument optional)
     * @return bool
     */
    public function setserverparams(string $host, int $tcp_port = 11211, float $timeout = 1.0, int $retry_interval = 15, bool $status = true, $failure_callback = null): bool {}

    /**
     * Sets or clears (null) the pool-wide failure callback, called as fn($host, $tcp_port, $udp_port, $error, $errnum).
     *
     * It fires when a server is deactivated (connect failure, I/O error, timeout, server error reply) instead
     * of the "Server ... failed with" notice. Stored in the `_failureCallback` property. A non-callable value
     * warns "Invalid failure callback" and returns false.
     *
     * @param null|callable(string, int, int, string|null, int): mixed $failure_callback
     * @return bool
     */
    public function setfailurecallback(?callable $failure_callback): bool {}

    /**
     * Returns 1 for a usable server and 0 for one marked failed (the retry interval is not checked).
     *
     * Warns "Server not found in pool" and returns false when no server has this host string and TCP port.
     *
     * @param string $host the host string exactly as added
     * @param int $tcp_port TCP port (default memcache.default_port)
     * @return int|false
     */
    public function getserverstatus(string $host, int $tcp_port = 11211): int|bool {}

    /**
     * Returns "<host>:<tcp_port>" of the server a key maps to, failover included, without any network I/O.
     *
     * An empty key warns "Invalid key" and returns false.
     *
     * @param string $key normalised like every key (prefix, 250-byte limit, bytes <= 0x20 become "_")
     * @return string|false
     */
    public function findserver(string $key): string|bool {}

    /**
     * Returns the version string of the first server, in insertion order, that answers (e.g. "1.6.18").
     *
     * @return string|false false when no server answers
     */
    public function getversion(): string|bool {}

    /**
     * Stores the value only if the key does not exist yet; an existing key gives false silently.
     *
     * An array key stores every `key => value` pair (the $value argument is then ignored) and returns false
     * if any item failed. A scalar key without a value throws ArgumentCountError "Wrong parameter count for
     * MemcachePool::add()".
     *
     * @param string|array<array-key, mixed> $key the key, or an array of key => value
     * @param mixed $value any PHP value; strings, ints, floats and bools are stored as text, the rest serialized
     * @param int $flags MEMCACHE_COMPRESSED and/or user bits 16-31; other low 16 bits warn "The lowest two
     *        bytes of the flags array is reserved for pecl/memcache internal use"
     * @param int $exptime seconds, or a Unix time beyond 30 days; sent as unsigned 32-bit (-1 becomes 4294967295)
     * @param int $cas CAS value; with the binary protocol a non-zero value makes the store CAS-checked
     * @return bool
     */
    public function add(array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

    /**
     * Stores the value unconditionally.
     *
     * An array key stores every `key => value` pair (the $value argument is then ignored; integer keys are
     * formatted as unsigned) and returns false if any item failed. A scalar key without a value throws
     * ArgumentCountError "Wrong parameter count for MemcachePool::set()". Strings and serialized values are
     * compressed when at least memcache.compress_threshold bytes long and the savings reach min_savings.
     *
     * @param string|array<array-key, mixed> $key the key, or an array of key => value
     * @param mixed $value any PHP value; strings, ints, floats and bools are stored as text, the rest serialized
     * @param int $flags MEMCACHE_COMPRESSED and/or user bits 16-31; other low 16 bits warn "The lowest two
     *        bytes of the flags array is reserved for pecl/memcache internal use"
     * @param int $exptime seconds, or a Unix time beyond 30 days; sent as unsigned 32-bit (-1 becomes 4294967295)
     * @param int $cas CAS value; ignored by ASCII, but with the binary protocol a non-zero value makes the
     *        set CAS-checked
     * @return bool
     */
    public function set(array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

    /**
     * Stores the value only if the key already exists.
     *
     * A missing key gives false silently with ASCII; QUIRK: with the binary protocol it counts as a server
     * failure (notice, server marked failed). An array key replaces every `key => value` pair.
     *
     * @param string|array<array-key, mixed> $key the key, or an array of key => value
     * @param mixed $value any PHP value; required with a scalar key (ArgumentCountError otherwise)
     * @param int $flags MEMCACHE_COMPRESSED and/or user bits 16-31
     * @param int $exptime seconds, or a Unix time beyond 30 days; sent as unsigned 32-bit
     * @param int $cas CAS value; with the binary protocol a non-zero value makes the store CAS-checked
     * @return bool
     */
    public function replace(array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

    /**
     * Stores the value only if the item's CAS still equals $cas (as returned by get() with $cas).
     *
     * A CAS mismatch gives false silently. QUIRK: a missing key counts as a server failure (notice
     * "... failed with: NOT_FOUND (0)", server marked failed until its retry interval passes). For an array
     * key the same $cas is used for every item.
     *
     * @param string|array<array-key, mixed> $key the key, or an array of key => value
     * @param mixed $value any PHP value; required with a scalar key (ArgumentCountError otherwise)
     * @param int $flags MEMCACHE_COMPRESSED and/or user bits 16-31
     * @param int $exptime seconds, or a Unix time beyond 30 days; sent as unsigned 32-bit
     * @param int $cas the CAS value the item must still have
     * @return bool
     */
    public function cas(array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

    /**
     * Appends the encoded value's bytes to an existing item.
     *
     * The item's stored flags are not changed, so appending to a serialized or compressed item corrupts it.
     * A missing key gives false (silently with ASCII; QUIRK: a server failure with the binary protocol).
     * Flags and exptime are validated but ignored by the server.
     *
     * @param string|array<array-key, mixed> $key the key, or an array of key => value
     * @param mixed $value the value to append; required with a scalar key (ArgumentCountError otherwise)
     * @param int $flags validated only
     * @param int $exptime ignored by the server
     * @param int $cas CAS value; with the binary protocol a non-zero value makes the append CAS-checked
     * @return bool
     */
    public function append(array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

    /**
     * Prepends the encoded value's bytes to an existing item.
     *
     * The item's stored flags are not changed, so prepending to a serialized or compressed item corrupts it.
     * A missing key gives false (silently with ASCII; QUIRK: a server failure with the binary protocol).
     * Flags and exptime are validated but ignored by the server.
     *
     * @param string|array<array-key, mixed> $key the key, or an array of key => value
     * @param mixed $value the value to prepend; required with a scalar key (ArgumentCountError otherwise)
     * @param int $flags validated only
     * @param int $exptime ignored by the server
     * @param int $cas CAS value; with the binary protocol a non-zero value makes the prepend CAS-checked
     * @return bool
     */
    public function prepend(array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

    /**
     * Fetches one value (scalar key; false on a miss) or several (array key; an array of the hits only).
     *
     * QUIRK: a stored null comes back as false from a single-key get (a multi-key get returns it as null).
     * Multi-key results are grouped per server, so their order may differ from the input; with ASCII they are
     * keyed by the normalised, prefixed key as the server echoes it, with binary by the caller's key. Values
     * that fail to uncompress or unserialize are dropped with a notice. On a miss $flags and $cas are left
     * untouched.
     *
     * @param string|array<array-key, string> $key the key, or a list of keys
     * @param int|array<string, int> $flags (by reference) the raw 32-bit flags as stored, type bits included;
     *        an array keyed like the result for an array key
     * @param int|array<string, int> $cas (by reference) the item's CAS; passing it makes ASCII use `gets`
     * @return mixed the value, false on a miss, or an array of key => value for an array key
     */
    public function get(array|string $key, mixed &$flags = null, mixed &$cas = null): mixed {}

    /**
     * Deletes an item, or each item of an array of keys; returns one bool (false if any key was missing).
     *
     * QUIRK: $exptime is accepted and ignored; the item is removed at once and no delay is ever sent. Despite
     * the declared `array|bool`, the result is always a bool (an empty array gives false).
     *
     * @param string|array<array-key, string> $key the key, or a list of keys
     * @param int $exptime ignored
     * @return bool
     */
    public function delete(array|string $key, int $exptime = 0): array|bool {}

    /**
     * Returns the statistics of the first server that answers, as nested arrays of strings.
     *
     * Names with ":" become nested arrays (`items:1:number` gives ['items' => [1 => ['number' => '5']]]).
     * "reset" gives true; an empty cachedump gives false. Any other type (also '' or null) warns "Invalid stats
     * type". Not supported by the binary protocol (always false).
     *
     * @param string $type omit for general stats, or one of reset, malloc, slabs, cachedump, items, sizes (the
     *        stub's '' default only marks the argument optional: an explicit '' is invalid)
     * @param int $slabid non-zero sends `stats <type> <slabid> <limit>` (cachedump)
     * @param int $limit item limit for cachedump
     * @return array<array-key, mixed>|bool
     */
    public function getstats(string $type = '', int $slabid = 0, int $limit = 100): array|bool {}

    /**
     * Returns the statistics of every server, as ["host:tcp_port" => stats, or false for a failed server].
     *
     * Same arguments and per-server results as getstats(); with the binary protocol every server maps to false.
     *
     * @param string $type omit for general stats, or one of reset, malloc, slabs, cachedump, items, sizes (the
     *        stub's '' default only marks the argument optional: an explicit '' is invalid)
     * @param int $slabid non-zero sends `stats <type> <slabid> <limit>` (cachedump)
     * @param int $limit item limit for cachedump
     * @return array<string, array<array-key, mixed>|bool>|false
     */
    public function getextendedstats(string $type = '', int $slabid = 0, int $limit = 100): array|bool {}

    /**
     * Sets the pool's automatic compression threshold in bytes (0 = off) and the minimum savings ratio.
     *
     * A negative threshold warns "threshold must be a positive integer". A min_savings outside 0..1 warns
     * "min_savings must be a float in the 0..1 range" and returns false, but the threshold has already been set.
     *
     * @param int $threshold strings and serialized values at least this long are compressed
     * @param float $min_savings compressed data is kept only if it saves at least this fraction
     * @return bool
     */
    public function setcompressthreshold(int $threshold, float $min_savings = 0.2): bool {}

    /**
     * Adds $value to a numeric item and returns the new value; a negative $value decrements.
     *
     * ASCII ignores $defval and $exptime (a missing key gives false). With the binary protocol, passing $defval
     * makes the server create a missing key with that value and $exptime. A non-numeric item gives false and a
     * notice. An array key returns key => new value, and QUIRK: a failed key maps to false under the key
     * with a trailing NUL byte appended.
     *
     * @param string|array<array-key, string> $key the key, or a list of keys
     * @param int $value the amount to add
     * @param int $defval initial value for a missing key (binary protocol, only when passed)
     * @param int $exptime expiry of an item created from $defval (binary protocol)
     * @return int|false|array<string, int|false>
     */
    public function increment(array|string $key, int $value = 1, int $defval = 0, int $exptime = 0): array|int|bool {}

    /**
     * Subtracts $value from a numeric item and returns the new value (memcached clamps at 0).
     *
     * ASCII ignores $defval and $exptime (a missing key gives false). With the binary protocol, passing $defval
     * makes the server create a missing key with that value and $exptime. A non-numeric item gives false and a
     * notice. An array key returns key => new value, and QUIRK: a failed key maps to false under the key
     * with a trailing NUL byte appended.
     *
     * @param string|array<array-key, string> $key the key, or a list of keys
     * @param int $value the amount to subtract; a negative value increments
     * @param int $defval initial value for a missing key (binary protocol, only when passed)
     * @param int $exptime expiry of an item created from $defval (binary protocol)
     * @return int|false|array<string, int|false>
     */
    public function decrement(array|string $key, int $value = 1, int $defval = 0, int $exptime = 0): array|int|bool {}

    /**
     * Removes every server from the pool, closing non-persistent connections; the pool itself stays usable.
     *
     * Afterwards operations return false without a warning, flush() returns true, and connect()/addserver()
     * can add servers again.
     *
     * @return bool always true
     */
    public function close(): bool {}

    /**
     * Invalidates every item on every server; true only if every server answered OK.
     *
     * The binary protocol ignores the delay and flushes at once. A pool without servers returns true.
     *
     * @param int $delay seconds, or a Unix time, before the flush takes effect (ASCII `flush_all <delay>`)
     * @return bool
     */
    public function flush(int $delay = 0): bool {}

    /**
     * Stores SASL PLAIN credentials in the `username` and `password` properties, for servers added later.
     *
     * They take effect only with the binary protocol, and only when each is longer than 1 byte. Returns false
     * if either is empty.
     *
     * @param string $username
     * @param string $password
     * @return bool
     */
    public function setSaslAuthData(string $username, string $password): bool {}

    /**
     * Returns the cached value of $key, computing it at most once among all the processes that ask at the same
     * time (on one machine or many): stampede-proof caching. Not in pecl/memcache: this extension's own.
     *
     * - Fresh hit: the stored value; $compute is not called.
     * - Miss: one caller runs `$compute($key)` and stores its result, encoded like set() (serialization,
     *   $flags, compression threshold); every caller returns that value. The others poll with a short
     *   back-off; after `memcache.lock_timeout` seconds without a value they compute it themselves.
     * - $stale > 0 (meta protocol only): the value is stored for $ttl + $stale seconds; during the last
     *   $stale of them the first caller recomputes while all others get the current value at once. With $ttl 0
     *   (no expiry) there is no stale window. Under ascii and binary, $stale has no effect and the value is
     *   stored for $ttl seconds.
     * - $compute throws: the exception reaches the caller unchanged and the lease is released, so the next
     *   caller computes at once. A result of false (or null) is stored like any other value.
     * - Server down or failing (or no server): $compute runs and its result is returned, not stored, with the
     *   usual failure notice.
     *
     * Under `memcache.protocol=meta` the lease is memcached's own (`mg` with N/R, replies W/Z/X; see README);
     * while a missing key is being computed, memcached holds an empty placeholder under it, which a plain
     * get() from any client reads as an empty string. Under ascii and binary the lease is an `add`-ed key
     * `<key>.lease` on the key's server.
     *
     * @param string $key
     * @param callable(string): mixed $compute called with $key as given
     * @param int $ttl seconds (or a Unix time) the value stays fresh; 0 = no expiry
     * @param int $stale seconds after $ttl during which the old value is served while one caller recomputes
     * @param int $flags as for set(): MEMCACHE_COMPRESSED and the MEMCACHE_USER* bits
     * @return mixed the cached or computed value; false on an invalid key
     */
    public function remember(string $key, callable $compute, int $ttl = 0, int $stale = 0, int $flags = 0): mixed {}

    /**
     * Marks the keys stale so that the next remember() recomputes them. Not in pecl/memcache.
     *
     * Under the meta protocol (`md <key> I`) the items keep their value: get() and remember() keep returning it
     * while one remember() caller recomputes. Under ascii and binary the keys are deleted.
     *
     * @param array|string $key one key or a list of keys
     * @return bool false if a key was not there (or no server answered)
     */
    public function invalidate(array|string $key): bool {}
}

/**
 * The legacy client class: MemcachePool with the pecl/memcache 2.x connect(), pconnect() and addserver().
 *
 * The inherited methods are declared on MemcachePool, so their warnings and stack traces name
 * `MemcachePool::...` even for a Memcache object.
 */
#[\AllowDynamicProperties]
class Memcache extends MemcachePool
{
    /**
     * Adds one non-persistent server (weight 1, retry interval 15 s, no UDP) and connects to it at once.
     *
     * Warns "Can't connect to <host>:<port>, <error> (<errno>)" and returns false on failure; the server stays
     * in the pool. Reflection lists eight parameters, but more than three arguments throw ArgumentCountError.
     *
     * @param string $host host name or IP, `tcp://host`, or `unix:///path/to.sock`
     * @param int|null $port TCP port (default memcache.default_port); an explicit null means port 0 (unix sockets)
     * @param float $timeout connect and read timeout in seconds
     * @param null $unused4 not accepted (a fourth argument throws ArgumentCountError)
     * @param null $unused5 not accepted (a fourth argument throws ArgumentCountError)
     * @param null $unused6 not accepted (a fourth argument throws ArgumentCountError)
     * @param null $unused7 not accepted (a fourth argument throws ArgumentCountError)
     * @param null $unugsed8 not accepted (a fourth argument throws ArgumentCountError) (sic)
     * @return bool
     */
    public function connect($host, $port = 11211, $timeout = 1.0, $unused4 = null, $unused5 = null, $unused6 = null, $unused7 = null, $unugsed8 = null) {}

    /**
     * Adds one persistent server (weight 1, retry interval 15 s, no UDP) and connects to it at once.
     *
     * Like connect(), but the connection is kept in the process-wide persistent list and reused.
     * Reflection lists eight parameters, but more than three arguments throw ArgumentCountError.
     *
     * @param string $host host name or IP, `tcp://host`, or `unix:///path/to.sock`
     * @param int|null $port TCP port (default memcache.default_port); an explicit null means port 0 (unix sockets)
     * @param float $timeout connect and read timeout in seconds
     * @param null $unused4 not accepted (a fourth argument throws ArgumentCountError)
     * @param null $unused5 not accepted (a fourth argument throws ArgumentCountError)
     * @param null $unused6 not accepted (a fourth argument throws ArgumentCountError)
     * @param null $unused7 not accepted (a fourth argument throws ArgumentCountError)
     * @param null $unugsed8 not accepted (a fourth argument throws ArgumentCountError) (sic)
     * @return bool
     */
    public function pconnect($host, $port = 11211, $timeout = 1.0, $unused4 = null, $unused5 = null, $unused6 = null, $unused7 = null, $unugsed8 = null) {}

    /**
     * Adds a server to the pool lazily (no UDP port in this form), optionally installing a failure callback.
     *
     * Warns and returns false, adding nothing, on an invalid weight or port, or "Invalid failure callback" for
     * a non-callable callback. QUIRK: a server added with $status = false is non-persistent and retryable at
     * once unless $retry_interval is -1.
     *
     * @param string $host host name or IP, `tcp://host`, or `unix:///path/to.sock` (with port 0)
     * @param int $tcp_port TCP port (default memcache.default_port); 0 for unix sockets
     * @param bool $persistent keep the connection in the process-wide persistent list (only if $status)
     * @param int $weight share of keys; must be at least 1
     * @param float $timeout connect and read timeout in seconds
     * @param int $retry_interval seconds before a failed server is tried again; -1 = never automatically
     * @param bool $status false adds the server already marked failed
     * @param callable|null $failure_callback installed for the whole pool when not null
     * @return bool
     */
    public function addserver($host, $tcp_port = 11211, $persistent = true, $weight = 1, $timeout = 1.0, $retry_interval = 15, $status = true, $failure_callback = null): bool {}
}

/**
 * Creates a Memcache object, adds one non-persistent server and connects to it: Memcache::connect().
 *
 * Reflection lists eight parameters, but more than three arguments throw ArgumentCountError.
 *
 * @param string $host host name or IP, `tcp://host`, or `unix:///path/to.sock`
 * @param int|null $port TCP port (default memcache.default_port); an explicit null means port 0 (unix sockets)
 * @param float $timeout connect and read timeout in seconds
 * @param null $unused4 not accepted (a fourth argument throws ArgumentCountError)
 * @param null $unused5 not accepted (a fourth argument throws ArgumentCountError)
 * @param null $unused6 not accepted (a fourth argument throws ArgumentCountError)
 * @param null $unused7 not accepted (a fourth argument throws ArgumentCountError)
 * @param null $unugsed8 not accepted (a fourth argument throws ArgumentCountError) (sic)
 * @return Memcache|false the new object, or false if the connect failed
 */
function memcache_connect($host, $port = 11211, $timeout = 1.0, $unused4 = null, $unused5 = null, $unused6 = null, $unused7 = null, $unugsed8 = null) {}

/**
 * Creates a Memcache object, adds one persistent server and connects to it: Memcache::pconnect().
 *
 * Reflection lists eight parameters, but more than three arguments throw ArgumentCountError.
 *
 * @param string $host host name or IP, `tcp://host`, or `unix:///path/to.sock`
 * @param int|null $port TCP port (default memcache.default_port); an explicit null means port 0 (unix sockets)
 * @param float $timeout connect and read timeout in seconds
 * @param null $unused4 not accepted (a fourth argument throws ArgumentCountError)
 * @param null $unused5 not accepted (a fourth argument throws ArgumentCountError)
 * @param null $unused6 not accepted (a fourth argument throws ArgumentCountError)
 * @param null $unused7 not accepted (a fourth argument throws ArgumentCountError)
 * @param null $unugsed8 not accepted (a fourth argument throws ArgumentCountError) (sic)
 * @return Memcache|false the new object, or false if the connect failed
 */
function memcache_pconnect($host, $port = 11211, $timeout = 1.0, $unused4 = null, $unused5 = null, $unused6 = null, $unused7 = null, $unugsed8 = null) {}

/**
 * Adds a server to the pool lazily: Memcache::addserver().
 *
 * QUIRK: Reflection shows ten parameters, but the function takes nine (a tenth argument throws
 * ArgumentCountError), so from $tcp_port on every name is shifted by one: $tcp_port is really "persistent",
 * $persistent is "weight", $weight is "timeout", $timeout is "retry_interval", $retry_interval is "status",
 * $status is "failure_callback". The defaults below are the effective ones of the real meaning. Also, the
 * object must be a Memcache (TypeError "must be of type Memcache" otherwise), although Reflection says
 * MemcachePool.
 *
 * @param Memcache $memcache
 * @param string $host host name or IP, `tcp://host`, or `unix:///path/to.sock` (with port 0)
 * @param int $port TCP port (default memcache.default_port)
 * @param bool $tcp_port really "persistent"
 * @param int $persistent really "weight" (at least 1)
 * @param float $weight really "timeout" in seconds
 * @param int $timeout really "retry_interval" in seconds (-1 = never automatically)
 * @param bool $retry_interval really "status" (false adds the server already marked failed)
 * @param callable|null $status really "failure_callback"
 * @param null $failure_callback not accepted (a tenth argument throws ArgumentCountError)
 * @return bool
 */
function memcache_add_server(MemcachePool $memcache, $host, $port = 11211, $tcp_port = true, $persistent = 1, $weight = 1.0, $timeout = 15, $retry_interval = true, $status = null, $failure_callback = null): bool {}

/**
 * Changes the parameters of one server: MemcachePool::setserverparams().
 *
 * @param MemcachePool $memcache
 * @param string $host the host string exactly as added
 * @param int $tcp_port TCP port (default memcache.default_port)
 * @param float $timeout seconds
 * @param int $retry_interval seconds; -1 = never retry automatically
 * @param bool $status true = usable, false = failed
 * @param callable|null $failure_callback omitted: unchanged; a callable installs it; an explicit null removes it
 * @return bool
 */
function memcache_set_server_params(MemcachePool $memcache, string $host, int $tcp_port = 11211, float $timeout = 1.0, int $retry_interval = 15, bool $status = true, $failure_callback = null): bool {}

/**
 * Sets or clears (null) the pool-wide failure callback: MemcachePool::setfailurecallback().
 *
 * @param MemcachePool $memcache
 * @param null|callable(string, int, int, string|null, int): mixed $failure_callback
 * @return bool
 */
function memcache_set_failure_callback(MemcachePool $memcache, ?callable $failure_callback): bool {}

/**
 * Returns 1 for a usable server, 0 for a failed one: MemcachePool::getserverstatus().
 *
 * @param MemcachePool $memcache
 * @param string $host the host string exactly as added
 * @param int $tcp_port TCP port (default memcache.default_port)
 * @return int|false false (with a warning) when the server is not in the pool
 */
function memcache_get_server_status(MemcachePool $memcache, string $host, int $tcp_port = 11211): int|bool {}

/**
 * Returns the version string of the first server that answers: MemcachePool::getversion().
 *
 * @param MemcachePool $memcache
 * @return string|false
 */
function memcache_get_version(MemcachePool $memcache): string|bool {}

/**
 * Stores the value only if the key does not exist yet: MemcachePool::add().
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, mixed> $key the key, or an array of key => value ($value is then ignored)
 * @param mixed $value required with a scalar key (ArgumentCountError "Wrong parameter count for memcache_add()")
 * @param int $flags MEMCACHE_COMPRESSED and/or user bits 16-31
 * @param int $exptime seconds, or a Unix time beyond 30 days
 * @param int $cas CAS value (binary protocol: non-zero makes the store CAS-checked)
 * @return bool
 */
function memcache_add(MemcachePool $memcache, array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

/**
 * Stores the value unconditionally: MemcachePool::set().
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, mixed> $key the key, or an array of key => value ($value is then ignored)
 * @param mixed $value required with a scalar key (ArgumentCountError "Wrong parameter count for memcache_set()")
 * @param int $flags MEMCACHE_COMPRESSED and/or user bits 16-31
 * @param int $exptime seconds, or a Unix time beyond 30 days
 * @param int $cas CAS value (binary protocol: non-zero makes the set CAS-checked)
 * @return bool
 */
function memcache_set(MemcachePool $memcache, array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

/**
 * Stores the value only if the key already exists: MemcachePool::replace().
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, mixed> $key the key, or an array of key => value ($value is then ignored)
 * @param mixed $value required with a scalar key
 * @param int $flags MEMCACHE_COMPRESSED and/or user bits 16-31
 * @param int $exptime seconds, or a Unix time beyond 30 days
 * @param int $cas CAS value (binary protocol: non-zero makes the store CAS-checked)
 * @return bool
 */
function memcache_replace(MemcachePool $memcache, array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

/**
 * Stores the value only if the item's CAS still equals $cas: MemcachePool::cas().
 *
 * QUIRK: a missing key counts as a server failure.
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, mixed> $key the key, or an array of key => value ($value is then ignored)
 * @param mixed $value required with a scalar key
 * @param int $flags MEMCACHE_COMPRESSED and/or user bits 16-31
 * @param int $exptime seconds, or a Unix time beyond 30 days
 * @param int $cas the CAS value the item must still have
 * @return bool
 */
function memcache_cas(MemcachePool $memcache, array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

/**
 * Appends the encoded value's bytes to an existing item, keeping its flags: MemcachePool::append().
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, mixed> $key the key, or an array of key => value ($value is then ignored)
 * @param mixed $value required with a scalar key
 * @param int $flags validated only
 * @param int $exptime ignored by the server
 * @param int $cas CAS value (binary protocol: non-zero makes the append CAS-checked)
 * @return bool
 */
function memcache_append(MemcachePool $memcache, array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

/**
 * Prepends the encoded value's bytes to an existing item, keeping its flags: MemcachePool::prepend().
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, mixed> $key the key, or an array of key => value ($value is then ignored)
 * @param mixed $value required with a scalar key
 * @param int $flags validated only
 * @param int $exptime ignored by the server
 * @param int $cas CAS value (binary protocol: non-zero makes the prepend CAS-checked)
 * @return bool
 */
function memcache_prepend(MemcachePool $memcache, array|string $key, mixed $value = null, int $flags = 0, int $exptime = 0, int $cas = 0): bool {}

/**
 * Fetches one value (false on a miss) or, for an array of keys, an array of the hits: MemcachePool::get().
 *
 * QUIRK: a stored null comes back as false from a single-key get. On a miss $flags and $cas are left untouched.
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, string> $key the key, or a list of keys
 * @param int|array<string, int> $flags (by reference) the raw 32-bit flags as stored
 * @param int|array<string, int> $cas (by reference) the item's CAS; passing it makes ASCII use `gets`
 * @return mixed
 */
function memcache_get(MemcachePool $memcache, $key, &$flags = null, &$cas = null): mixed {}

/**
 * Deletes an item or each item of an array of keys, returning one bool: MemcachePool::delete().
 *
 * QUIRK: $exptime is accepted and ignored; the item is removed at once.
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, string> $key the key, or a list of keys
 * @param int $exptime ignored
 * @return bool
 */
function memcache_delete(MemcachePool $memcache, $key, $exptime = 0): array|bool {}

/**
 * Does nothing but warn "memcache_debug() is deprecated, please use a debugger (like Eclipse + CDT)".
 *
 * @param bool $on_off ignored
 * @return bool always false
 */
function memcache_debug($on_off): bool {}

/**
 * Returns the statistics of the first server that answers: MemcachePool::getstats().
 *
 * @param MemcachePool $memcache
 * @param string $type omit for general stats, or one of reset, malloc, slabs, cachedump, items, sizes (the
 *        stub's '' default only marks the argument optional: an explicit '' is invalid)
 * @param int $slabid non-zero sends `stats <type> <slabid> <limit>` (cachedump)
 * @param int $limit item limit for cachedump
 * @return array<array-key, mixed>|bool
 */
function memcache_get_stats(MemcachePool $memcache, string $type = '', int $slabid = 0, int $limit = 100): array|bool {}

/**
 * Returns the statistics of every server, keyed "host:tcp_port": MemcachePool::getextendedstats().
 *
 * @param MemcachePool $memcache
 * @param string $type omit for general stats, or one of reset, malloc, slabs, cachedump, items, sizes (the
 *        stub's '' default only marks the argument optional: an explicit '' is invalid)
 * @param int $slabid non-zero sends `stats <type> <slabid> <limit>` (cachedump)
 * @param int $limit item limit for cachedump
 * @return array<string, array<array-key, mixed>|bool>|false
 */
function memcache_get_extended_stats(MemcachePool $memcache, string $type = '', int $slabid = 0, int $limit = 100): array|bool {}

/**
 * Sets the automatic compression threshold and minimum savings: MemcachePool::setcompressthreshold().
 *
 * @param MemcachePool $memcache
 * @param int $threshold bytes; 0 turns automatic compression off
 * @param float $min_savings fraction in 0..1
 * @return bool
 */
function memcache_set_compress_threshold(MemcachePool $memcache, int $threshold, float $min_savings = 0.2): bool {}

/**
 * Adds $value to a numeric item and returns the new value: MemcachePool::increment().
 *
 * "$defval supplied" means 4 or more arguments here (binary protocol only).
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, string> $key the key, or a list of keys
 * @param int $value the amount to add; negative decrements
 * @param int $defval initial value for a missing key (binary protocol, only when passed)
 * @param int $exptime expiry of an item created from $defval (binary protocol)
 * @return int|false|array<string, int|false>
 */
function memcache_increment(MemcachePool $memcache, array|string $key, int $value = 1, int $defval = 0, int $exptime = 0): array|int|bool {}

/**
 * Subtracts $value from a numeric item and returns the new value: MemcachePool::decrement().
 *
 * "$defval supplied" means 4 or more arguments here (binary protocol only).
 *
 * @param MemcachePool $memcache
 * @param string|array<array-key, string> $key the key, or a list of keys
 * @param int $value the amount to subtract; negative increments
 * @param int $defval initial value for a missing key (binary protocol, only when passed)
 * @param int $exptime expiry of an item created from $defval (binary protocol)
 * @return int|false|array<string, int|false>
 */
function memcache_decrement(MemcachePool $memcache, array|string $key, int $value = 1, int $defval = 0, int $exptime = 0): array|int|bool {}

/**
 * Removes every server from the pool; the pool stays usable: MemcachePool::close().
 *
 * @param MemcachePool $memcache
 * @return bool always true
 */
function memcache_close(MemcachePool $memcache): bool {}

/**
 * Invalidates every item on every server: MemcachePool::flush().
 *
 * @param MemcachePool $memcache
 * @param int $delay seconds or a Unix time (ASCII only; binary flushes at once)
 * @return bool true only if every server answered OK
 */
function memcache_flush(MemcachePool $memcache, int $delay = 0): bool {}

/**
 * Stores SASL PLAIN credentials for servers added later: MemcachePool::setSaslAuthData().
 *
 * @param MemcachePool $memcache
 * @param string $username
 * @param string $password
 * @return bool false if either is empty
 */
function memcache_set_sasl_auth_data(MemcachePool $memcache, string $username, string $password): bool {}

/**
 * Stampede-proof caching: MemcachePool::remember().
 *
 * @param MemcachePool $memcache
 * @param string $key
 * @param callable(string): mixed $compute
 * @param int $ttl
 * @param int $stale meta protocol only
 * @param int $flags
 * @return mixed
 */
function memcache_remember(MemcachePool $memcache, string $key, callable $compute, int $ttl = 0, int $stale = 0, int $flags = 0): mixed {}

/**
 * Marks keys stale (meta) or deletes them (ascii, binary): MemcachePool::invalidate().
 *
 * @param MemcachePool $memcache
 * @param array|string $key
 * @return bool
 */
function memcache_invalidate(MemcachePool $memcache, array|string $key): bool {}
