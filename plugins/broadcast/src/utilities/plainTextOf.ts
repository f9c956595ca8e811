/** Block-level Lexical nodes end a sentence when read aloud. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote'])

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const textOfNode = (node: LexicalNode): string => {
  if (typeof node.text === 'string') return node.text
  const inner = (node.children ?? []).map(textOfNode).join('')
  return BLOCK_TYPES.has(node.type ?? '') ? `${inner}\n` : inner
}

/**
 * The words of a field value as they would be read: strings as they are, Lexical rich text as
 * its text with one line per paragraph, anything else nothing.
 */
export const plainTextOf = (value: unknown): string => {
  if (typeof value === 'string') return value
  const root = (value as { root?: LexicalNode } | null)?.root
  return root ? textOfNode(root).trim() : ''
}
