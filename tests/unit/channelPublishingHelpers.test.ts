import { backoffDelayMs } from '@loa/plugin-channel-publishing'
import { lexicalToSafeHtml } from '@loa/helpers/html'
import { lexicalFromParagraphs } from '../../src/lib/lexical.js'

describe('delivery back-off', () => {
  const retry = { maxAttempts: 10, baseDelayMs: 30_000, maxDelayMs: 6 * 3600_000, jitter: 0.2 }

  it('doubles after each attempt within the jitter band and stops growing at the cap', () => {
    expect(backoffDelayMs(1, retry, () => 0.5)).toBe(30_000)
    expect(backoffDelayMs(2, retry, () => 0.5)).toBe(60_000)
    expect(backoffDelayMs(5, retry, () => 0.5)).toBe(480_000)
    expect(backoffDelayMs(30, retry, () => 0.5)).toBe(6 * 3600_000)
    expect(backoffDelayMs(3, retry, () => 0)).toBe(96_000)
    expect(backoffDelayMs(3, retry, () => 1)).toBe(144_000)
  })
})

describe('rich text to HTML for other systems', () => {
  it('escapes text, keeps headings and drops script, javascript: links and unknown nodes’ markup', () => {
    const state = lexicalFromParagraphs(['## Tiêu đề <b>', 'Đoạn <script>alert(1)</script> & "trích dẫn"']) as any
    state.root.children.push({
      type: 'paragraph',
      version: 1,
      children: [
        {
          type: 'link',
          version: 3,
          fields: { url: 'javascript:alert(1)', linkType: 'custom' },
          children: [{ type: 'text', text: 'bấm', format: 0, version: 1 }],
        },
      ],
    })
    state.root.children.push({ type: 'evil-block', version: 1, children: [{ type: 'text', text: '<iframe src=x>', format: 0, version: 1 }] })
    const html = lexicalToSafeHtml(state)
    expect(html).toContain('<h2>Tiêu đề &lt;b&gt;</h2>')
    expect(html).toContain('Đoạn &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích dẫn&quot;')
    expect(html).not.toMatch(/<script|<iframe|href="javascript:/i)
    expect(html).toContain('&lt;iframe src=x&gt;')
  })

  it('gives an empty string for an empty body', () => {
    expect(lexicalToSafeHtml(undefined)).toBe('')
    expect(lexicalToSafeHtml({ root: { type: 'root', children: [] } })).toBe('')
  })
})

describe('the default channel slug', () => {
  it('folds accents, lower-cases and joins words with dashes for a host that brings no slugger of its own', async () => {
    const { defaultChannelSlugify: defaultSlugify } = await import('@loa/plugin-channel-publishing')
    expect(defaultSlugify('Café Ölçü — Bản tin Sáng!')).toBe('cafe-olcu-ban-tin-sang')
    expect(defaultSlugify('  ***  ')).toBe('')
  })
})
