<?php
/*
 * Installs the test portal (once) and prints a fresh application password as JSON.
 * Run with PHP CLI: php install.php <host> <site-url> <admin-user> <admin-password> [<current app password>]
 * A current application password that still works is kept, so running setup again does not
 * pull the credentials from under a test that is using them.
 */
[$script, $host, $siteUrl, $user, $password, $current] = $argv + [null, '127.0.0.1', 'http://127.0.0.1:8089', 'loa', 'loa-wordpress-admin', ''];
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = $host;
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';

if (!is_blog_installed()) {
    $result = wp_install('Cổng thông tin thử nghiệm Loa', $user, 'loa-wordpress@example.com', false, '', wp_slash($password), 'vi');
    if (is_wp_error($result)) {
        fwrite(STDERR, $result->get_error_message() . "\n");
        exit(1);
    }
}
update_option('siteurl', $siteUrl);
update_option('home', $siteUrl);
update_option('permalink_structure', '/%postname%/');

$account = get_user_by('login', $user);
if (!$account) {
    fwrite(STDERR, "user $user not found\n");
    exit(1);
}
foreach (WP_Application_Passwords::get_user_application_passwords($account->ID) as $item) {
    if ($item['name'] !== 'loa-channel-publishing') continue;
    if ($current !== '' && wp_check_password($current, $item['password'])) {
        echo json_encode(['url' => $siteUrl, 'username' => $user, 'applicationPassword' => $current]), "\n";
        exit(0);
    }
    WP_Application_Passwords::delete_application_password($account->ID, $item['uuid']);
}
$created = WP_Application_Passwords::create_new_application_password($account->ID, ['name' => 'loa-channel-publishing']);
if (is_wp_error($created)) {
    fwrite(STDERR, $created->get_error_message() . "\n");
    exit(1);
}
echo json_encode(['url' => $siteUrl, 'username' => $user, 'applicationPassword' => $created[0]]), "\n";
