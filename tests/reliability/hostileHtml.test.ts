/**
 * Hostile bodies: a report whose rich text carries `<script>`, event handlers (`onerror=`,
 * `onclick=`), `javascript:` links and images, and crafted Lexical nodes (a heading "tag",
 * a paragraph "format", a list "tag" or a text "style" holding markup) is published; the
 * HTML that reaches the RSS, Atom and JSON feeds and the signed webhook payload (the same
 * HTML the WordPress adapter posts as the post body) carries none of it as live markup.
 * Titles and summaries holding markup reach every feed as the same words, never an element.
 */
import { DomUtils, parseDocument } from 'htmlparser2'
import Parser from 'rss-parser'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'
import type { WebhookReceiver } from '../helpers/webhookReceiver.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { createCampaign, createUser, writeAsWorkflow } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { startWebhookReceiver } from '../helpers/webhookReceiver.js'

const titleOf = (name: string) => `Bài có mã độc: ${name} <script>alert("t")</script>`
const SUMMARY = 'Tóm tắt <img src=x onerror=alert("sum")> & "trích dẫn"'

/** What a reader that takes a fragment as HTML shows: its elements (should be none) and its words. */
const readAsHtml = (fragment: string) => {
  const document = parseDocument(fragment)
  return { elements: DomUtils.getElementsByTagName(() => true, document).map((element) => element.name), text: DomUtils.textContent(document) }
}

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number]

/** The elements named `field` inside each `entryTag` of a feed, as an XML parser (not a feed library) reads them. */
const feedFields = (xml: string, entryTag: string, field: string): Element[] =>
  DomUtils.getElementsByTagName(entryTag, parseDocument(xml, { xmlMode: true })).map((entry) => {
    const [element] = DomUtils.getElementsByTagName(field, entry.children, false)
    if (!element) throw new Error(`<${entryTag}> without <${field}>`)
    return element
  })

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
  ...extra,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/**
 * Crafted Lexical nodes as an API request could send them, one per report. Payload's own
 * validation refuses some of them outright; every one it accepts must render harmlessly.
 */
const HOSTILE_NODES: Array<[string, unknown]> = [
  ['script and onerror in text', block('paragraph', [text('Mở đầu <script>alert("s1")</script> và <img src=x onerror=alert("s2")>')])],
  ['markup in a paragraph format', block('paragraph', [text('Căn giữa')], { format: 'center" onmouseover="alert(3)' })],
  ['markup as a heading tag', block('heading', [text('Tiêu đề')], { tag: 'img src=x onerror=alert(4)' })],
  [
    'javascript: link',
    block('paragraph', [block('link', [text('bấm vào đây')], { fields: { url: 'javascript:alert(5)', linkType: 'custom', newTab: true } })]),
  ],
  [
    'quote breaking out of a link',
    block('paragraph', [
      block('link', [text('trang tỉnh')], { fields: { url: 'https://thanhhoa.gov.vn/" onclick="alert(6)', linkType: 'custom', newTab: false } }),
    ]),
  ],
  [
    'entity-encoded javascript: link',
    block('paragraph', [block('link', [text('mã hoá')], { fields: { url: 'JaVaScRiPt&colon;alert(7)', linkType: 'custom' } })]),
  ],
  ['autolink to javascript:', block('paragraph', [block('autolink', [text('tự liên kết')], { fields: { url: 'javascript:alert(13)', linkType: 'custom' } })])],
  ['markup as a list tag', block('list', [block('listitem', [text('mục một')], { value: 1 })], { listType: 'bullet', tag: 'ul onclick=alert(8)', start: 1 })],
  ['markup in a text style', block('paragraph', [text('Màu chữ', { style: 'color:red" onclick="alert(9)' })])],
  [
    'javascript: image',
    {
      type: 'upload',
      version: 3,
      format: '',
      relationTo: 'media',
      value: { url: 'javascript:alert(10)', mimeType: 'image/png', alt: '" onerror="alert(11)' },
      fields: {},
    },
  ],
  ['unknown node with markup', block('html', [text('<iframe src="javascript:alert(12)"></iframe>')])],
]

const ALLOWED_TAGS = new Set([
  'a',
  'blockquote',
  'br',
  'code',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'img',
  'li',
  'ol',
  'p',
  's',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'ul',
  'div',
  'i',
  'b',
])
const ALLOWED_ATTRIBUTES = new Set(['alt', 'class', 'dir', 'href', 'rel', 'src', 'start', 'style', 'target', 'value', 'id', 'type', 'title'])

const decodeEntities = (value: string) =>
  value
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&colon;/gi, ':')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * Live markup in an HTML fragment that should not be there: elements other than the ones
 * the editor makes, event-handler or unknown attributes, and script URLs. Escaped text
 * (`&lt;script&gt;`) is not markup: every raw `<` opens a real tag.
 */
const liveMarkupIn = (html: string): string[] => {
  const problems: string[] = []
  for (const [, closing, name = '', attributes = ''] of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    if (!ALLOWED_TAGS.has(name.toLowerCase())) problems.push(`element <${closing}${name}>`)
    for (const [, attribute = '', , doubleQuoted, singleQuoted, bare] of attributes.matchAll(/([^\s=/"']+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const key = attribute.toLowerCase()
      if (!ALLOWED_ATTRIBUTES.has(key)) problems.push(`attribute ${attribute} on <${name}>`)
      const value = decodeEntities(doubleQuoted ?? singleQuoted ?? bare ?? '')
        .replace(/[\s\u0000-\u001f]/g, '')
        .toLowerCase()
      if (/^(javascript|vbscript|data):/.test(value) || (key === 'style' && /expression|url\(|javascript/.test(value))) {
        problems.push(`${attribute}="${value}" on <${name}>`)
      }
    }
  }
  return problems
}

describe.each(adaptersUnderTest())('hostile HTML on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let receiver: WebhookReceiver
  const parser = new Parser()
  const accepted: string[] = []
  const refused: string[] = []

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
    api = createApi(ctx.payload, ctx.databaseUri)
    receiver = await startWebhookReceiver()
    const author = await createUser(ctx.payload, 'tac-gia@hostile.vn', ['editor'])
    const campaign = await createCampaign(ctx.payload, { code: 'HOSTILE', members: [{ user: author.id, role: 'editor' }] })
    await ctx.payload.create({
      collection: 'channels' as never,
      overrideAccess: true,
      data: { name: 'Nguồn tin', slug: 'nguon-tin', kind: 'feed', contentTypes: ['reports'], enabled: true } as never,
    })
    await ctx.payload.create({
      collection: 'channels' as never,
      overrideAccess: true,
      data: {
        name: 'Cổng tỉnh',
        slug: 'cong-tinh',
        kind: 'webhook',
        endpoint: receiver.url,
        secret: receiver.secret,
        contentTypes: ['reports'],
        enabled: true,
      } as never,
    })
    for (const [name, node] of HOSTILE_NODES) {
      const report = await ctx.payload
        .create({
          collection: 'reports',
          draft: true,
          overrideAccess: true,
          data: {
            title: titleOf(name),
            summary: SUMMARY,
            campaign: campaign.id,
            authors: [author.id],
            body: { root: block('root', [node, block('paragraph', [text(`Lời của bài: ${name}`)])]) },
            _status: 'draft',
          } as never,
        })
        .catch((err: Error) => {
          // Refused by validation: it never reaches a channel.
          if (err.name !== 'ValidationError') throw err
          return null
        })
      if (!report) {
        refused.push(name)
        continue
      }
      accepted.push(name)
      await writeAsWorkflow(ctx.payload, 'reports', report.id, { _status: 'published' })
    }
    await ctx.payload.jobs.run()
  }, 120_000)

  afterAll(async () => {
    await receiver?.close()
    await ctx?.cleanup()
  })

  it('the checker itself sees live markup and lets escaped text pass', () => {
    expect(liveMarkupIn('<p>a</p><img src=x onerror=alert(1)><a href="javascript:x">b</a><script>')).toEqual([
      'attribute onerror on <img>',
      'href="javascript:x" on <a>',
      'element <script>',
    ])
    expect(liveMarkupIn('<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1)</p>')).toEqual([])
  })

  it('keeps the words but no live markup in the RSS, Atom and JSON feeds', async () => {
    // The plain hostile text is ordinary content and must get through, escaped.
    expect(accepted).toContain('script and onerror in text')
    const rss = await api.get('/api/feeds/nguon-tin/rss.xml')
    expect(rss.status).toBe(200)
    const rssItems = (await parser.parseString(rss.text)).items
    expect(rssItems).toHaveLength(accepted.length)
    for (const item of rssItems) {
      const html = (item as unknown as Record<string, string>)['content:encoded']!
      expect(html).toContain('Lời của bài: ')
      expect({ title: item.title, problems: liveMarkupIn(html) }).toEqual({ title: item.title, problems: [] })
    }
    expect(rssItems.map((item) => (item as unknown as Record<string, string>)['content:encoded']).join('')).toContain('&lt;script&gt;')

    const atom = await api.get('/api/feeds/nguon-tin/atom.xml')
    for (const item of (await parser.parseString(atom.text)).items) {
      expect({ title: item.title, problems: liveMarkupIn(item.content ?? '') }).toEqual({ title: item.title, problems: [] })
    }

    const json = await api.get('/api/feeds/nguon-tin/feed.json')
    const items = json.body.items as Array<{ title: string; content_html: string; summary: string }>
    expect(items).toHaveLength(accepted.length)
    for (const item of items) {
      // (The JSON Feed title is plain text by the spec: readers never treat it as HTML.)
      expect({ title: item.title, problems: liveMarkupIn(item.content_html) }).toEqual({ title: item.title, problems: [] })
    }
  })

  it('carries titles and summaries as text in RSS and Atom: what a reader shows is the words, never an element', async () => {
    const titles = accepted.map(titleOf).sort()
    const summaries = accepted.map(() => SUMMARY)
    const rss = (await api.get('/api/feeds/nguon-tin/rss.xml')).text
    const atom = (await api.get('/api/feeds/nguon-tin/atom.xml')).text

    // RSS readers take item titles and descriptions as HTML.
    const rssItems = (await parser.parseString(rss)).items
    expect(rssItems.map((item) => readAsHtml(item.title ?? '')).sort((a, b) => a.text.localeCompare(b.text))).toEqual(
      titles.map((title) => ({ elements: [], text: title })),
    )
    expect(rssItems.map((item) => readAsHtml(item.content ?? ''))).toEqual(summaries.map((summary) => ({ elements: [], text: summary })))
    for (const field of ['title', 'description']) {
      for (const element of feedFields(rss, 'item', field)) {
        expect(DomUtils.getChildren(element).filter((child) => child.type === 'tag')).toEqual([])
        expect(readAsHtml(DomUtils.textContent(element)).elements).toEqual([])
      }
    }
    expect(feedFields(rss, 'item', 'description').map((element) => readAsHtml(DomUtils.textContent(element)).text)).toEqual(summaries)

    // Atom says how to read each text construct: "html" is decoded once more, "text" is shown as it is.
    const atomItems = (await parser.parseString(atom)).items
    expect(atomItems).toHaveLength(accepted.length)
    const shownByAtom = (element: Element) => {
      const content = DomUtils.textContent(element)
      expect(DomUtils.getChildren(element).filter((child) => child.type === 'tag')).toEqual([])
      return element.attribs.type === 'html' ? readAsHtml(content) : { elements: [], text: content }
    }
    expect(
      feedFields(atom, 'entry', 'title')
        .map(shownByAtom)
        .sort((a, b) => a.text.localeCompare(b.text)),
    ).toEqual(titles.map((title) => ({ elements: [], text: title })))
    expect(feedFields(atom, 'entry', 'summary').map(shownByAtom)).toEqual(summaries.map((summary) => ({ elements: [], text: summary })))
  })

  it('gives JSON Feed readers titles and summaries as the plain text written', async () => {
    const items = (await api.get('/api/feeds/nguon-tin/feed.json')).body.items as Array<{ title: string; summary: string }>
    expect(items.map((item) => item.title).sort()).toEqual(accepted.map(titleOf).sort())
    expect(items.map((item) => item.summary)).toEqual(accepted.map(() => SUMMARY))
  })

  it('sends the webhook (and so the WordPress post body) the words without live markup', () => {
    expect(receiver.received).toHaveLength(accepted.length)
    for (const hook of receiver.received) {
      expect(hook.isVerified).toBe(true)
      const html = hook.body.data.html as string
      expect(html).toContain('Lời của bài: ')
      expect({ title: hook.body.data.title, problems: liveMarkupIn(html) }).toEqual({ title: hook.body.data.title, problems: [] })
    }
  })
})
