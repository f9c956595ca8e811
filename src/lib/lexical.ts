/**
 * Builds Lexical editor state from plain paragraphs: for demo content, generated data and
 * tests that need a body without going through the editor.
 */
type TextNode = { detail: 0; format: 0; mode: 'normal'; style: ''; text: string; type: 'text'; version: 1 }
type BlockNode = {
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  type: 'heading' | 'paragraph'
  version: 1
  tag?: 'h2'
  textFormat?: 0
  textStyle?: ''
}

export type LexicalState = {
  root: { children: BlockNode[]; direction: 'ltr'; format: ''; indent: 0; type: 'root'; version: 1 }
}

const text = (value: string): TextNode => ({ detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 })

/** Paragraphs become paragraph nodes; a line starting with "## " becomes an h2 heading. */
export const lexicalFromParagraphs = (paragraphs: readonly string[]): LexicalState => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: paragraphs.map((paragraph): BlockNode =>
      paragraph.startsWith('## ')
        ? { type: 'heading', tag: 'h2', version: 1, direction: 'ltr', format: '', indent: 0, children: [text(paragraph.slice(3))] }
        : { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(paragraph)] },
    ),
  },
})

/** The plain text of a Lexical state, paragraphs separated by blank lines. */
export const plainTextFromLexical = (state: unknown): string => {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { children?: unknown[]; text?: string; type?: string }
    if (typeof n.text === 'string') return n.text
    const inner = (n.children ?? []).map(walk)
    return n.type === 'root' ? inner.join('\n\n') : inner.join('')
  }
  return walk((state as { root?: unknown } | null)?.root)
}
