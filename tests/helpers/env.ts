import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Uploads of one test file go to a folder of its own, never into the project's media/.
process.env.LOA_MEDIA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), 'loa-media-'))
process.env.PAYLOAD_SECRET ||= 'loa-test-secret-loa-test-secret-0123456789'
// Test receivers listen on 127.0.0.1 at random ports.
process.env.CHANNEL_ALLOWED_HOSTS ??= '127.0.0.1:*,localhost:*'
// Payload skips the schema push when a previous instance in this process pushed the same
// schema; tests make several fresh databases per process and each needs its tables.
process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
