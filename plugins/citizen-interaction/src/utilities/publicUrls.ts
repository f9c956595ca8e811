import type { Payload } from 'payload'

import type { SanitizedCitizenConfig } from '../types.js'

/** Where an asker follows their question: the status endpoint and the published answer. */
export const publicUrls = ({
  cfg,
  code,
  payload,
}: {
  cfg: SanitizedCitizenConfig
  code: string
  payload: Payload
}): { statusUrl: string; answerUrl: string } => {
  const serverURL = payload.config.serverURL || ''
  const apiRoute = payload.config.routes.api
  return {
    statusUrl: `${serverURL}${apiRoute}/${cfg.questionsSlug}/status/${encodeURIComponent(code)}`,
    answerUrl: cfg.answerUrl({ apiRoute, code, questionsSlug: cfg.questionsSlug, serverURL }),
  }
}
