/**
 * Spends on a password what Payload's local strategy spends checking one, for the answers that
 * skip that check (an unknown e-mail, a locked account): without it they come back in a few
 * milliseconds and a wrong password for a real account in a few hundred, which tells anyone
 * who has an account. The parameters are those of Payload 3.90's
 * auth/strategies/local/generatePasswordSaltHash.js (`pbkdf2-sha256-v1:` hashes: 600,000
 * rounds of SHA-256, 32 bytes; older hashes: 25,000 rounds, 512 bytes);
 * tests/int/accountEnumeration.test.ts fails if they drift apart.
 */
import crypto from 'node:crypto'

const CURRENT_HASH_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

export const spendPasswordCheck = async ({ password, storedHash }: { password: string; storedHash?: unknown }): Promise<void> => {
  const { iterations, keyLength } = typeof storedHash === 'string' && !storedHash.startsWith(CURRENT_HASH_PREFIX) ? LEGACY : CURRENT
  const salt = crypto.randomBytes(32).toString('hex')
  await new Promise<void>((resolve, reject) => crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (err) => (err ? reject(err) : resolve())))
}
