<?php
/*
 * Router for PHP's built-in server: static files from the WordPress tree or from Debian's
 * content directory (/var/lib/wordpress/wp-content), PHP entry points as themselves, and every
 * other path (the REST API under /wp-json/, pretty permalinks) through index.php.
 */
$root = '/usr/share/wordpress';
$content = '/var/lib/wordpress/wp-content';
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (strpos($path, '..') !== false) {
    http_response_code(400);
    return true;
}
if (strpos($path, '/wp-content/') === 0) {
    $file = $content . substr($path, strlen('/wp-content'));
    if (is_file($file) && substr($file, -4) !== '.php') {
        $types = ['jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'gif' => 'image/gif', 'webp' => 'image/webp', 'css' => 'text/css', 'js' => 'application/javascript'];
        $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
        header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
        readfile($file);
        return true;
    }
}
if ($path !== '/' && is_file($root . $path)) {
    if (substr($path, -4) !== '.php') return false;
    $_SERVER['SCRIPT_NAME'] = $path;
    $_SERVER['SCRIPT_FILENAME'] = $root . $path;
    chdir(dirname($root . $path));
    require $root . $path;
    return true;
}
if (is_dir($root . $path) && is_file($root . rtrim($path, '/') . '/index.php')) {
    $_SERVER['SCRIPT_NAME'] = rtrim($path, '/') . '/index.php';
    chdir($root . $path);
    require $root . rtrim($path, '/') . '/index.php';
    return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir($root);
require $root . '/index.php';
