import crypto from 'node:crypto'

// No 0/O, 1/I/L: codes are read aloud on the phone and copied by hand.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** "HD-7K3M9-Q2P4X": HD for hỏi đáp, ten random characters (about 50 bits), unguessable enough to be the asker's only key. */
export const newTrackingCode = (): string => {
  const chars = Array.from({ length: 10 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)])
  return `HD-${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
}

export const TRACKING_CODE_PATTERN = /^HD-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/
