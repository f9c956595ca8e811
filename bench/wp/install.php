<?php
/*
 * Installs the benchmark's WordPress into its own database (bench/wordpress.ts runs this once
 * per bench on a freshly created database): php install.php <site-url>
 * The site config is /etc/wordpress/config-loa-bench.php, chosen through WORDPRESS_CONFIG.
 */
[$script, $siteUrl] = $argv + [null, 'http://127.0.0.1:8090'];
$_SERVER['WORDPRESS_CONFIG'] = 'loa-bench';
$_SERVER['HTTP_HOST'] = parse_url($siteUrl, PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = $_SERVER['HTTP_HOST'];
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (!is_blog_installed()) {
    $result = wp_install('Cổng thông tin tỉnh (benchmark)', 'loa-bench', 'loa-bench@example.com', false, '', wp_generate_password(24), 'vi');
    if (is_wp_error($result)) {
        fwrite(STDERR, $result->get_error_message() . "\n");
        exit(1);
    }
}
update_option('siteurl', $siteUrl);
update_option('home', $siteUrl);
// Pretty permalinks, as a province's portal would have them, so the REST API is at /wp-json/.
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
$wp_rewrite->flush_rules(false);
echo "installed\n";
