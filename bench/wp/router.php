<?php
/*
 * Router for the benchmark's WordPress (bench/wordpress.ts): the test portal's router
 * (scripts/wordpress/router.php), pointed at the bench's own config and database through
 * Debian's WORDPRESS_CONFIG switch (/etc/wordpress/config-loa-bench.php), so the
 * channel-publishing test's WordPress is never touched. One extra path reports whether
 * OPcache is on in this server, for the bench's note.
 *
 * php -S sends its answers without Content-Length and ends each by closing the connection, a
 * framing autocannon does not read (it counts no responses at all). So the answer is buffered and
 * sent with its length; the connection is still closed after every request (php -S has no
 * keep-alive), which the bench's note says.
 */
$_SERVER['WORDPRESS_CONFIG'] = 'loa-bench';
if (parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) === '/__loa-bench/php') {
    header('Content-Type: application/json');
    $status = function_exists('opcache_get_status') ? opcache_get_status(false) : false;
    echo json_encode([
        'php' => PHP_VERSION,
        'sapi' => PHP_SAPI,
        'opcache' => is_array($status) && !empty($status['opcache_enabled']),
        'jit' => is_array($status) && !empty($status['jit']['on']),
        'workers' => getenv('PHP_CLI_SERVER_WORKERS') ?: '1',
    ]);
    return true;
}
$loaBenchFramed = true;
ob_start();
register_shutdown_function(function () use (&$loaBenchFramed) {
    if (!$loaBenchFramed) return;
    $body = '';
    while (ob_get_level() > 0) $body = ob_get_clean() . $body;
    if (!headers_sent()) header('Content-Length: ' . strlen($body));
    echo $body;
});
$handled = require __DIR__ . '/../../scripts/wordpress/router.php';
if ($handled === false) {
    // A static file, which php -S sends itself (with its length).
    $loaBenchFramed = false;
    ob_end_clean();
}
return $handled;
