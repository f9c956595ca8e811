#!/usr/bin/env bash
# Brings up a real WordPress (Debian's `wordpress` package, PHP's built-in server, the local
# MariaDB) for the channel-publishing integration test. Idempotent: run it again and it reuses
# what is there. Needs root for apt-get and MariaDB on a fresh machine.
#
#   scripts/wordpress/setup.sh            # prints the env lines the test reads
#
# Writes $LOA_WORDPRESS_STATE/credentials.json (default /var/lib/loa-wordpress), which the test
# reads when WORDPRESS_URL / WORDPRESS_USERNAME / WORDPRESS_APP_PASSWORD are not set.
set -euo pipefail

HOST="${WORDPRESS_HOST:-127.0.0.1}"
PORT="${WORDPRESS_PORT:-8089}"
SITE_URL="http://${HOST}:${PORT}"
STATE_DIR="${LOA_WORDPRESS_STATE:-/var/lib/loa-wordpress}"
DB_NAME="${WORDPRESS_DB_NAME:-loa_wordpress}"
DB_USER="${WORDPRESS_DB_USER:-loa_wordpress}"
DB_PASSWORD="${WORDPRESS_DB_PASSWORD:-loa-wordpress-db}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { printf '[wordpress] %s\n' "$*" >&2; }

if ! dpkg -s wordpress php-cli php-mysql >/dev/null 2>&1; then
  log "installing wordpress, php-cli, php-mysql (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wordpress php-cli php-mysql mariadb-server >/dev/null
fi

if ! mysqladmin ping --silent >/dev/null 2>&1; then
  log "starting MariaDB"
  if command -v service >/dev/null && service mariadb start >/dev/null 2>&1; then :; else
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    (mysqld_safe >/dev/null 2>&1 &)
  fi
  for _ in $(seq 1 60); do mysqladmin ping --silent >/dev/null 2>&1 && break; sleep 0.5; done
  mysqladmin ping --silent >/dev/null 2>&1 || { log "MariaDB did not start"; exit 1; }
fi

mysql -uroot <<SQL
CREATE DATABASE IF NOT EXISTS \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
ALTER USER '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${DB_NAME}\`.* TO '${DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL

mkdir -p /etc/wordpress "$STATE_DIR"
cat > "/etc/wordpress/config-${HOST}.php" <<PHP
<?php
// Written by scripts/wordpress/setup.sh (Loa): the local test portal.
define('DB_NAME', '${DB_NAME}');
define('DB_USER', '${DB_USER}');
define('DB_PASSWORD', '${DB_PASSWORD}');
define('DB_HOST', 'localhost');
define('WP_HOME', '${SITE_URL}');
define('WP_SITEURL', '${SITE_URL}');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
// Application passwords over plain HTTP are allowed on a "local" environment only.
define('WP_ENVIRONMENT_TYPE', 'local');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
PHP
mkdir -p /var/lib/wordpress/wp-content/uploads

log "installing the site and creating an application password"
CURRENT=""
if [ -f "$STATE_DIR/credentials.json" ]; then
  CURRENT="$(php -r 'echo json_decode(file_get_contents($argv[1]), true)["applicationPassword"] ?? "";' "$STATE_DIR/credentials.json" || true)"
fi
php "$HERE/install.php" "$HOST" "$SITE_URL" loa loa-wordpress-admin "$CURRENT" > "$STATE_DIR/credentials.json.tmp"
mv "$STATE_DIR/credentials.json.tmp" "$STATE_DIR/credentials.json"
chmod 600 "$STATE_DIR/credentials.json"

if ! curl -fsS -m 3 "${SITE_URL}/wp-json/" >/dev/null 2>&1; then
  if [ -f "$STATE_DIR/server.pid" ] && kill -0 "$(cat "$STATE_DIR/server.pid")" 2>/dev/null; then
    kill "$(cat "$STATE_DIR/server.pid")" || true
  fi
  log "serving ${SITE_URL} with php -S"
  cd /usr/share/wordpress
  PHP_CLI_SERVER_WORKERS=2 nohup php -S "${HOST}:${PORT}" -t /usr/share/wordpress "$HERE/router.php" >"$STATE_DIR/server.log" 2>&1 &
  echo $! > "$STATE_DIR/server.pid"
  for _ in $(seq 1 60); do curl -fsS -m 3 "${SITE_URL}/wp-json/" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fsS -m 3 "${SITE_URL}/wp-json/" >/dev/null || { log "WordPress does not answer at ${SITE_URL}/wp-json/ (see $STATE_DIR/server.log)"; exit 1; }
fi

log "ready: ${SITE_URL} (credentials in $STATE_DIR/credentials.json)"
echo "WORDPRESS_URL=${SITE_URL}"
echo "LOA_WORDPRESS_CREDENTIALS=$STATE_DIR/credentials.json"
