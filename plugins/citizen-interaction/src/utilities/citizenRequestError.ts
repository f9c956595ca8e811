import { APIError } from 'payload'

/** Logged at info level (config.loggingLevels): a refused question is the client's mistake, not a server error. */
export const CITIZEN_REQUEST_ERROR = 'CitizenRequestError'

/** A 4xx answer of the plugin's endpoints, "Vietnamese — English"; `data.field` names the field at fault. */
export class CitizenRequestError extends APIError {
  constructor(message: string, status: number, field: string, extra: Record<string, unknown> = {}) {
    super(message, status, { field, ...extra }, true)
    // Set by hand: minified server bundles rename classes.
    this.name = CITIZEN_REQUEST_ERROR
  }
}
