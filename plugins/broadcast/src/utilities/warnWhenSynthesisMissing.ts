import type { Payload } from 'payload'

import { missingSynthesisPrograms } from './synthesizeWithEspeak.js'

/** Says loudly at start-up that the default voice cannot work here, before any job fails on it. */
export const warnWhenSynthesisMissing = (payload: Payload): void => {
  const missing = missingSynthesisPrograms()
  if (!missing.length) return
  payload.logger.error({
    msg: `[broadcast] SPEECH SYNTHESIS UNAVAILABLE: ${missing.join(', ')} not found on PATH. Bulletins without a recording will fail to synthesize until you install the Debian packages: apt-get install -y espeak-ng lame`,
  })
}
