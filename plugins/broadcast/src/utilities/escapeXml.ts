const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Text safe inside XML. @loa/helpers/html has the same for HTML, but loads the Lexical HTML
 * converters with it, which a feed endpoint has no use for.
 */
export const escapeXml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char])
