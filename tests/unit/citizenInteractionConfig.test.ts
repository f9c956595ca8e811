/**
 * What the citizen-interaction plugin does to a host's config, without a database: its
 * collections always (a switched-off plugin keeps the schema), its endpoints and jobs only
 * when on, its strings merged under the host's, and options checked at start-up.
 */
import type { Config } from 'payload'

import { citizenInteractionPlugin } from '@loa/plugin-citizen-interaction'

const host = (): Config =>
  ({
    collections: [
      { slug: 'users', auth: true, fields: [] },
      { slug: 'posts', fields: [{ name: 'title', type: 'text' }] },
    ],
    i18n: { translations: { vi: { 'plugin-citizen-interaction': { question: 'Câu hỏi của dân' } } } },
  }) as unknown as Config

const ADDED = ['questions', 'question-events', 'working-calendar', 'feedback', 'surveys', 'survey-responses']

describe('the citizen-interaction plugin on a host with users and posts', () => {
  it('adds its collections, endpoints and jobs', () => {
    const config = citizenInteractionPlugin({ itemCollections: ['posts'] })(host()) as Config
    expect(config.collections!.map((c) => c.slug)).toEqual(['users', 'posts', ...ADDED])
    const questions = config.collections!.find((c) => c.slug === 'questions')!
    expect((questions.endpoints || []).map((e) => `${e.method} ${e.path}`)).toEqual([
      'post /ask',
      'get /status/:code',
      'get /deadlines',
      'get /public',
      'get /public/:code',
      'post /:id/workflow',
      'post /personal-data/export',
      'post /personal-data/erase',
    ])
    expect(config.jobs!.tasks!.map((t) => t.slug)).toEqual(['sendQuestionEmail', 'remindQuestionDeadlines', 'anonymiseOldQuestions'])
  })

  it('keeps every collection when disabled, with no endpoint and no job', () => {
    const config = citizenInteractionPlugin({ itemCollections: ['posts'], disabled: true })(host()) as Config
    expect(config.collections!.map((c) => c.slug)).toEqual(['users', 'posts', ...ADDED])
    for (const collection of config.collections!.filter((c) => ADDED.includes(c.slug)))
      expect([collection.slug, collection.endpoints ?? []]).toEqual([collection.slug, []])
    expect(config.jobs!.tasks).toEqual([])
  })

  it('has no feedback collection when the host names no item collections', () => {
    const config = citizenInteractionPlugin()(host()) as Config
    expect(config.collections!.map((c) => c.slug)).not.toContain('feedback')
  })

  it('merges its Vietnamese and English strings under the host’s, the host’s winning', () => {
    const config = citizenInteractionPlugin({ itemCollections: ['posts'] })(host()) as Config
    const translations = config.i18n!.translations as Record<string, Record<string, Record<string, string>>>
    expect(translations.vi!['plugin-citizen-interaction']!.question).toBe('Câu hỏi của dân')
    expect(translations.vi!['plugin-citizen-interaction']!.dueDate).toBe('Hạn trả lời')
    expect(translations.en!['plugin-citizen-interaction']!.dueDate).toBe('Due date')
  })

  it('refuses options that name what the host lacks, or clash with it, naming the plugin and the option', () => {
    expect(() => citizenInteractionPlugin({ itemCollections: ['articles'] })(host())).toThrow(
      '[citizen-interaction] unknown collection "articles" (option itemCollections)',
    )
    expect(() => citizenInteractionPlugin({ questionsSlug: 'posts' })(host())).toThrow(
      '[citizen-interaction] collection "posts" already exists (option questionsSlug)',
    )
    expect(() => citizenInteractionPlugin({ answerWorkingDays: 0 })(host())).toThrow(/option answerWorkingDays/)
    expect(() => citizenInteractionPlugin({ timeZone: 'Mars/Olympus' })(host())).toThrow(/option timeZone/)
  })
})
