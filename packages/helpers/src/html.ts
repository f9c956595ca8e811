/**
 * Rich text to HTML for everything that leaves Loa (webhooks, WordPress, e-mail, feeds).
 * Payload's Lexical converter already escapes text and sanitises link URLs; on top of that
 * only the node kinds the editor produces are rendered, image URLs are made absolute and
 * limited to http(s), and any node the converter does not know renders as its escaped text,
 * so a hostile body (a crafted JSON state) cannot smuggle markup into another system.
 */
import type { HTMLConverters } from '@payloadcms/richtext-lexical/html'

import {
  BlockquoteHTMLConverter,
  convertLexicalToHTML,
  HeadingHTMLConverter,
  HorizontalRuleHTMLConverter,
  LinebreakHTMLConverter,
  LinkHTMLConverter,
  ListHTMLConverter,
  ParagraphHTMLConverter,
  TabHTMLConverter,
  TextHTMLConverter,
} from '@payloadcms/richtext-lexical/html'

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/["&'<>]/g, (char) => ESCAPES[char] as string)

/** `url` made absolute against `baseUrl`; undefined unless the result is http(s). */
export const absoluteHttpUrl = (url: unknown, baseUrl?: string): string | undefined => {
  if (typeof url !== 'string' || !url) return undefined
  try {
    const resolved = baseUrl ? new URL(url, baseUrl) : new URL(url)
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.toString() : undefined
  } catch {
    return undefined
  }
}

type NodeLike = { children?: NodeLike[]; text?: unknown; type?: string; value?: unknown; fields?: { alt?: unknown } }

const plainText = (node: NodeLike | undefined): string => {
  if (!node) return ''
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(plainText).join('')
}

const safeConverters = (baseUrl?: string): HTMLConverters => ({
  ...ParagraphHTMLConverter,
  ...TextHTMLConverter,
  ...LinebreakHTMLConverter,
  ...BlockquoteHTMLConverter,
  ...HeadingHTMLConverter,
  ...HorizontalRuleHTMLConverter,
  ...ListHTMLConverter,
  ...LinkHTMLConverter({ internalDocToHref: () => '#' }),
  ...TabHTMLConverter,
  upload: ({ node }) => {
    const value = (node as NodeLike).value as { alt?: unknown; mimeType?: unknown; url?: unknown } | undefined
    if (!value || typeof value !== 'object' || typeof value.mimeType !== 'string' || !value.mimeType.startsWith('image/')) return ''
    const src = absoluteHttpUrl(value.url, baseUrl)
    if (!src) return ''
    const alt = (node as NodeLike).fields?.alt ?? value.alt ?? ''
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" />`
  },
  blocks: {},
  inlineBlocks: {},
  unknown: ({ node }) => escapeHtml(plainText(node as NodeLike)),
})

/**
 * The HTML of a Lexical state. `baseUrl` turns relative upload URLs into absolute ones.
 * Empty or missing states give ''.
 */
export const lexicalToSafeHtml = (state: unknown, { baseUrl }: { baseUrl?: string } = {}): string => {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  try {
    return convertLexicalToHTML({ converters: safeConverters(baseUrl), data: state as never, disableContainer: true })
  } catch {
    // A state the converter cannot walk still yields its text, never markup.
    return `<p>${escapeHtml(plainText((state as { root?: NodeLike }).root))}</p>`
  }
}
