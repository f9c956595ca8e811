/**
 * Fills an alert template's `{key}` placeholders with what the issuer typed. Pure, so the
 * endpoint, the admin preview and the unit tests all agree on the wording.
 */
export type AlertTemplateField = { key: string; label?: null | string; required?: boolean | null }
export type AlertTemplateText = { titleTemplate: string; scriptTemplate: string; fields?: AlertTemplateField[] | null }

/** Longest value one field may hold: an alert is read aloud, not a document. */
export const MAX_ALERT_FIELD_CHARS = 500

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g

/** The placeholder keys a text uses, in order of first use. */
export const placeholdersOf = (text: string): string[] => [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))]

export type FillProblem = { field: string; message: string }

export type FillResult = { ok: true; title: string; script: string } | { ok: false; problems: FillProblem[] }

/**
 * `values` is checked field by field: a required field must be filled, every value must be a
 * string of bounded length, and no key the template does not declare is accepted (a typo in a
 * key would otherwise leave a placeholder unread). An optional field left empty drops out of
 * the text with the space around it.
 */
export const fillAlertTemplate = (template: AlertTemplateText, values: unknown): FillResult => {
  if (values !== undefined && (typeof values !== 'object' || values === null || Array.isArray(values)))
    return { ok: false, problems: [{ field: 'values', message: 'must be an object of field → text' }] }
  const given = (values ?? {}) as Record<string, unknown>
  const fields = template.fields ?? []
  const declared = new Set(fields.map((field) => field.key))
  const problems: FillProblem[] = []
  for (const key of Object.keys(given)) {
    if (!declared.has(key)) problems.push({ field: `values.${key}`, message: 'is not a field of this template' })
  }
  const filled = new Map<string, string>()
  for (const field of fields) {
    const value = given[field.key]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      problems.push({ field: `values.${field.key}`, message: 'must be text' })
      continue
    }
    const text = (value ?? '').replace(/\s+/g, ' ').trim()
    if (!text && field.required) problems.push({ field: `values.${field.key}`, message: 'is required' })
    else if (text.length > MAX_ALERT_FIELD_CHARS) problems.push({ field: `values.${field.key}`, message: `is longer than ${MAX_ALERT_FIELD_CHARS} characters` })
    else filled.set(field.key, text)
  }
  if (problems.length) return { ok: false, problems }
  const fill = (text: string) =>
    text
      .replace(PLACEHOLDER, (_, key: string) => filled.get(key) ?? '')
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/ +([.,;:!?])/g, '$1')
      .trim()
  return { ok: true, title: fill(template.titleTemplate), script: fill(template.scriptTemplate) }
}
