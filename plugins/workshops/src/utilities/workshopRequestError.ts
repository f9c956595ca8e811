import { APIError } from 'payload'

/** Logged at info level (config.loggingLevels): a refused registration is the client's mistake, not a server error. */
export const WORKSHOP_REQUEST_ERROR = 'WorkshopRequestError'

/** A 4xx answer of the workshops endpoints; `data.field` names the field at fault. */
export class WorkshopRequestError extends APIError {
  constructor(message: string, status: number, data: null | Record<string, unknown> = null) {
    super(message, status, data, true)
    // Set by hand: minified server bundles rename classes.
    this.name = WORKSHOP_REQUEST_ERROR
  }
}
