/**
 * The WordPress side of `npm run bench`, in its own file because it is its own world: what a
 * province would otherwise run. Same list and detail as Loa's REST rows, from the real WordPress
 * the channel-publishing test uses (Debian's `wordpress` package and the local MariaDB, brought
 * up by scripts/wordpress/setup.sh), holding the same N published items.
 *
 * - Its own database (loa_wordpress_bench) and site config (/etc/wordpress/config-loa-bench.php,
 *   picked by bench/wp/router.php), dropped again at the end: the test's WordPress
 *   (loa_wordpress on :8089) is never written to.
 * - The items go in as SQL (multi-row INSERTs through the `mysql` client): posts with the same
 *   title, excerpt (Loa's summary) and body paragraphs (as Gutenberg paragraph blocks) as
 *   bench/generateData.ts writes, campaigns as categories (so `categories=<id>` is the filter
 *   that Loa's `where[campaign][equals]` is), topics as tags, four images as featured media.
 * - Served by PHP's built-in server with PHP_CLI_SERVER_WORKERS (cores × 2) so 10 and 50
 *   clients are not queued behind one PHP process. No page cache, no object cache, no opcache
 *   tuning: Debian's defaults, as a small province installs it. php -S closes the connection
 *   after every answer (no keep-alive), so the load is one fresh connection per request
 *   (runLoad's closesConnection) where Loa and plain Payload keep theirs open. The note says so.
 *
 * When anything of that cannot be done, the rows say why (loudly) instead of the bench crashing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BENCH_CAMPAIGNS, BENCH_TOPICS, benchCampaignName, benchReportText } from './generateData.js'
import { runLoad, type LoadResult } from './lib/httpLoad.js'
import { peakMemoryMiB } from './lib/processes.js'

export type WordPressRow = { scenario: string; target: string; note?: string } & Partial<LoadResult>

export const WORDPRESS_TARGET = 'WordPress'
const DB_NAME = 'loa_wordpress_bench'
const DB_USER = 'loa_wordpress_bench'
const DB_PASSWORD = 'loa-wordpress-bench'
const CONFIG_FILE = '/etc/wordpress/config-loa-bench.php'
const WORDPRESS_ROOT = '/usr/share/wordpress'
const PORT = Number(process.env.BENCH_WORDPRESS_PORT || 8090)
const SITE_URL = `http://127.0.0.1:${PORT}`
const WORKERS = Number(process.env.BENCH_WORDPRESS_WORKERS || os.cpus().length * 2)
// Fixed ids, so the SQL needs no lookups: categories and tags above WordPress's own term 1.
const CATEGORY_BASE = 100
const TAG_BASE = 200
const IMAGE_BASE = 10
const POST_BASE = 1000

const sql = (database: string | null, input: string) =>
  execFileSync('mysql', ['-uroot', '--default-character-set=utf8mb4', '--batch', '--skip-column-names', ...(database ? [database] : [])], {
    input,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  }).toString()

const quote = (value: string | number) =>
  typeof value === 'number' ? String(value) : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`

const insert = (table: string, columns: string[], rows: Array<Array<string | number>>, batch = 500) => {
  const out: string[] = []
  for (let i = 0; i < rows.length; i += batch) {
    const values = rows.slice(i, i + batch).map((row) => `(${row.map(quote).join(',')})`)
    out.push(`INSERT INTO ${table} (${columns.join(',')}) VALUES\n${values.join(',\n')};`)
  }
  return out.join('\n')
}

const mysqlDate = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ')

/** Brings up WordPress and MariaDB through the test's setup script when either is missing. */
const ensureWordPress = () => {
  const mariaDbUp = () => {
    try {
      execFileSync('mysqladmin', ['ping', '--silent'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  }
  if (fs.existsSync(path.join(WORDPRESS_ROOT, 'wp-settings.php')) && mariaDbUp()) return
  if (process.getuid?.() !== 0) throw new Error('WordPress or MariaDB is missing and bringing them up (scripts/wordpress/setup.sh) needs root')
  process.stderr.write('WordPress: running scripts/wordpress/setup.sh (apt-get, MariaDB)\n')
  execFileSync('bash', ['scripts/wordpress/setup.sh'], { stdio: ['ignore', 'ignore', 'inherit'] })
}

/** A fresh database and site for the bench, then the N items as SQL. Returns the ids to ask for. */
const loadItems = (items: number) => {
  sql(
    null,
    `DROP DATABASE IF EXISTS \`${DB_NAME}\`;
CREATE DATABASE \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${DB_NAME}\`.* TO '${DB_USER}'@'localhost';
FLUSH PRIVILEGES;`,
  )
  fs.mkdirSync(path.dirname(CONFIG_FILE), { recursive: true })
  fs.writeFileSync(
    CONFIG_FILE,
    `<?php
// Written by bench/wordpress.ts (Loa benchmark); selected by bench/wp/router.php. Safe to delete.
define('DB_NAME', '${DB_NAME}');
define('DB_USER', '${DB_USER}');
define('DB_PASSWORD', '${DB_PASSWORD}');
define('DB_HOST', 'localhost');
define('WP_HOME', '${SITE_URL}');
define('WP_SITEURL', '${SITE_URL}');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
`,
  )
  execFileSync('php', ['bench/wp/install.php', SITE_URL], { stdio: ['ignore', 'ignore', 'pipe'] })

  const started = Date.now()
  const base = Date.UTC(2025, 0, 1)
  const statements = [
    'SET autocommit = 0;',
    // WordPress's sample post, page and comment: the site holds the bench items only.
    'DELETE FROM wp_posts; DELETE FROM wp_postmeta; DELETE FROM wp_comments; DELETE FROM wp_commentmeta; DELETE FROM wp_term_relationships;',
    insert(
      'wp_terms',
      ['term_id', 'name', 'slug'],
      [
        ...Array.from({ length: BENCH_CAMPAIGNS }, (_, c) => [CATEGORY_BASE + c, benchCampaignName(c), `chien-dich-chuyen-doi-so-${c + 1}`]),
        ...BENCH_TOPICS.map((topic, t) => [TAG_BASE + t, topic, `chu-de-${t + 1}`]),
      ],
    ),
    insert(
      'wp_term_taxonomy',
      ['term_taxonomy_id', 'term_id', 'taxonomy', 'description'],
      [
        ...Array.from({ length: BENCH_CAMPAIGNS }, (_, c) => [CATEGORY_BASE + c, CATEGORY_BASE + c, 'category', '']),
        ...BENCH_TOPICS.map((_, t) => [TAG_BASE + t, TAG_BASE + t, 'post_tag', '']),
      ],
    ),
  ]
  const postColumns = [
    'ID',
    'post_author',
    'post_date',
    'post_date_gmt',
    'post_content',
    'post_title',
    'post_excerpt',
    'post_status',
    'post_name',
    'to_ping',
    'pinged',
    'post_modified',
    'post_modified_gmt',
    'post_content_filtered',
    'guid',
    'post_type',
    'post_mime_type',
  ]
  const images = Array.from({ length: 4 }, (_, m) => {
    const date = mysqlDate(new Date(base))
    const id = IMAGE_BASE + m
    return [
      id,
      1,
      date,
      date,
      '',
      `Ảnh ${m + 1}`,
      '',
      'inherit',
      `bench-${m + 1}`,
      '',
      '',
      date,
      date,
      '',
      `${SITE_URL}/wp-content/uploads/bench-${m + 1}.jpg`,
      'attachment',
      'image/jpeg',
    ]
  })
  statements.push(insert('wp_posts', postColumns, images))
  statements.push(
    insert(
      'wp_postmeta',
      ['post_id', 'meta_key', 'meta_value'],
      images.map((image, m) => [image[0], '_wp_attached_file', `bench-${m + 1}.jpg`]),
    ),
  )
  const posts: Array<Array<string | number>> = []
  const meta: Array<Array<string | number>> = []
  const relations: Array<Array<string | number>> = []
  const ids: number[] = []
  for (let i = 0; i < items; i += 1) {
    const text = benchReportText(i)
    const id = POST_BASE + i
    const date = mysqlDate(new Date(base + i * 60_000))
    const content = text.paragraphs.map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`).join('\n\n')
    posts.push([id, 1, date, date, content, text.title, text.summary, 'publish', text.slug, '', '', date, date, '', `${SITE_URL}/?p=${id}`, 'post', ''])
    meta.push([id, '_thumbnail_id', String(IMAGE_BASE + text.imageIndex)])
    relations.push([id, CATEGORY_BASE + text.campaignIndex], [id, TAG_BASE + BENCH_TOPICS.indexOf(text.topic)])
    ids.push(id)
  }
  statements.push(insert('wp_posts', postColumns, posts))
  statements.push(insert('wp_postmeta', ['post_id', 'meta_key', 'meta_value'], meta))
  statements.push(insert('wp_term_relationships', ['object_id', 'term_taxonomy_id'], relations, 2000))
  // What wp_update_term_count would have done, post by post.
  statements.push('UPDATE wp_term_taxonomy tt SET count = (SELECT COUNT(*) FROM wp_term_relationships tr WHERE tr.term_taxonomy_id = tt.term_taxonomy_id);')
  statements.push("UPDATE wp_options SET option_value = 'closed' WHERE option_name = 'default_comment_status';")
  statements.push('COMMIT;')
  sql(DB_NAME, statements.join('\n'))
  const count = Number(sql(DB_NAME, "SELECT COUNT(*) FROM wp_posts WHERE post_type = 'post' AND post_status = 'publish';").trim())
  if (count !== items) throw new Error(`WordPress holds ${count} published posts after the load, not ${items}`)
  return { categoryIds: Array.from({ length: BENCH_CAMPAIGNS }, (_, c) => CATEGORY_BASE + c), postIds: ids, loadSeconds: (Date.now() - started) / 1000 }
}

/** PHP's built-in server with workers, in its own process group so it can be stopped whole. */
const serve = async () => {
  const answering = await fetch(`${SITE_URL}/`).then(
    () => true,
    () => false,
  )
  if (answering) throw new Error(`something already answers on ${SITE_URL} (set BENCH_WORDPRESS_PORT to a free port)`)
  const started = Date.now()
  const child = spawn('php', ['-S', `127.0.0.1:${PORT}`, '-t', WORDPRESS_ROOT, path.resolve('bench/wp/router.php')], {
    cwd: WORDPRESS_ROOT,
    detached: true,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: String(WORKERS) },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  })
  const stop = (server: ChildProcess) => {
    try {
      process.kill(-(server.pid as number), 'SIGTERM')
    } catch {
      // already gone
    }
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break
    try {
      const response = await fetch(`${SITE_URL}/wp-json/`)
      await response.arrayBuffer()
      if (response.ok) {
        const info = (await (await fetch(`${SITE_URL}/__loa-bench/php`)).json()) as { php: string; opcache: boolean; jit: boolean; workers: string }
        return { child, info, readyMs: Date.now() - started, stop: () => stop(child) }
      }
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100))
  }
  stop(child)
  throw new Error(`php -S on ${SITE_URL} did not answer /wp-json/: ${output.slice(-1000) || `exit ${child.exitCode}`}`)
}

/** Peak memory of the PHP server and its workers (sum of VmHWM), and MariaDB's resident memory. */
const memory = (serverPid: number) => {
  let php = 0
  let workers = 0
  let mariaDb = Number.NaN
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1])
      if (Number(entry) === serverPid || ppid === serverPid) {
        php += peakMemoryMiB(Number(entry))
        if (ppid === serverPid) workers += 1
      }
      if (/Name:\s+(mariadbd|mysqld)\n/.test(status)) mariaDb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024
    } catch {
      // process ended while reading
    }
  }
  return { php, workers, mariaDb }
}

const cleanUp = () => {
  try {
    sql(null, `DROP DATABASE IF EXISTS \`${DB_NAME}\`;`)
  } catch {
    // MariaDB gone: nothing to drop
  }
  fs.rmSync(CONFIG_FILE, { force: true })
}

/**
 * Loads `items` posts into a WordPress of its own, serves it, and measures the same REST list and
 * detail as the Loa rows at each concurrency. Never throws: a failure becomes a row saying why.
 */
export const benchWordPress = async ({ items, seconds, concurrency }: { items: number; seconds: number; concurrency: number[] }): Promise<WordPressRow[]> => {
  const rows: WordPressRow[] = []
  if (process.env.BENCH_WORDPRESS === '0') {
    rows.push({ scenario: 'WordPress comparison', target: WORDPRESS_TARGET, note: '**NOT MEASURED**: skipped (BENCH_WORDPRESS=0)' })
    return rows
  }
  let server: Awaited<ReturnType<typeof serve>> | undefined
  try {
    ensureWordPress()
    process.stderr.write(`WordPress: loading ${items} posts as SQL into ${DB_NAME}\n`)
    const data = loadItems(items)
    rows.push({ scenario: `load ${items} items`, target: WORDPRESS_TARGET, note: `${data.loadSeconds.toFixed(1)} s (SQL into MariaDB, not through WordPress)` })
    server = await serve()
    const pages = Math.max(1, Math.floor(items / BENCH_CAMPAIGNS / 20))
    const category = data.categoryIds[0]
    const first = await fetch(`${SITE_URL}/wp-json/wp/v2/posts?per_page=20&categories=${category}`)
    const total = first.headers.get('x-wp-total')
    await first.arrayBuffer()
    // Campaign 1 holds every fifth item, counted from the first, as in Loa's data.
    const expected = Math.ceil(items / BENCH_CAMPAIGNS)
    if (!first.ok || Number(total) !== expected) throw new Error(`the list by category answers ${first.status} with X-WP-Total ${total}, expected ${expected}`)
    process.stderr.write(`WordPress: serving ${SITE_URL} (php ${server.info.php}, ${WORKERS} workers, opcache ${server.info.opcache ? 'on' : 'off'})\n`)
    await runLoad({ closesConnection: true, connections: 1, durationSeconds: 1, makePath: () => '/wp-json/wp/v2/posts?per_page=20', url: SITE_URL })
    for (const connections of concurrency) {
      const list = await runLoad({
        closesConnection: true,
        connections,
        durationSeconds: seconds,
        makePath: () => `/wp-json/wp/v2/posts?per_page=20&page=${1 + Math.floor(Math.random() * pages)}&categories=${category}`,
        url: SITE_URL,
      })
      rows.push({ scenario: 'REST list 20 by campaign', target: WORDPRESS_TARGET, ...list })
      const detail = await runLoad({
        closesConnection: true,
        connections,
        durationSeconds: seconds,
        makePath: () => `/wp-json/wp/v2/posts/${data.postIds[Math.floor(Math.random() * data.postIds.length)]}`,
        url: SITE_URL,
      })
      rows.push({ scenario: 'REST detail', target: WORDPRESS_TARGET, ...detail })
    }
    const used = memory(server.child.pid as number)
    rows.push({ scenario: 'cold start → ready', target: WORDPRESS_TARGET, note: `${(server.readyMs / 1000).toFixed(1)} s (php -S; MariaDB already running)` })
    rows.push({
      scenario: 'peak RSS under load',
      target: WORDPRESS_TARGET,
      note: `${used.php.toFixed(0)} MiB PHP (server + ${used.workers} workers, sum of peaks) + ${used.mariaDb.toFixed(0)} MiB MariaDB (resident, whole server)`,
    })
    rows.push({
      scenario: 'how WordPress is served',
      target: WORDPRESS_TARGET,
      note:
        `Debian wordpress package, PHP ${server.info.php} built-in server (php -S) with PHP_CLI_SERVER_WORKERS=${WORKERS} (cores × 2), ` +
        `OPcache ${server.info.opcache ? 'on' : 'OFF'} at Debian defaults${server.info.jit ? ', JIT on' : ''}, local MariaDB at defaults; ` +
        'no page cache, no persistent object cache, no PHP-FPM/nginx tuning; php -S closes every connection, so its load uses a fresh connection per request ' +
        '(Loa and plain Payload: keep-alive); pretty permalinks (/wp-json/); default REST responses (no _embed), ' +
        'while Loa and plain Payload populate the campaign and hero image (depth 2)',
    })
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err)
    process.stderr.write(`\n!!! WordPress comparison NOT MEASURED: ${reason}\n\n`)
    rows.push({ scenario: 'WordPress comparison', target: WORDPRESS_TARGET, note: `**NOT MEASURED**: ${reason}` })
  } finally {
    server?.stop()
    cleanUp()
  }
  return rows
}

/** Times the SQL load alone (no server, no measurement): tsx bench/wordpress.ts [items] */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const items = Number(process.argv[2] || 10_000)
  ensureWordPress()
  const data = loadItems(items)
  process.stdout.write(`loaded ${data.postIds.length} posts into ${DB_NAME} in ${data.loadSeconds.toFixed(1)} s\n`)
  cleanUp()
}
