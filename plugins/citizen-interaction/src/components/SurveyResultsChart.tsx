'use client'
/**
 * On a survey: its results as bars, per question, one bar per wave for each answer, with the
 * change from the first wave to the last ("Đồng ý: 34 % → 61 %, +27 điểm"). Read from
 * `GET /api/{surveys}/:id/results`, which only those who run surveys may call; others see
 * why there is no chart. Plain SVG-free markup: it prints and reads on any screen.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { CitizenTranslationKey } from '../translations/vi.js'
import type { SurveySummary } from '../utilities/summariseSurvey.js'

import { TRANSLATION_NAMESPACE } from '../defaults.js'

type Results = SurveySummary

/** One colour per wave, the first muted: the later waves are the ones read against it. */
const WAVE_COLOURS = ['var(--theme-elevation-400)', 'var(--theme-success-500)', 'var(--theme-warning-500)', 'var(--theme-error-400)']

const percentText = (value: number) => `${value.toLocaleString('vi-VN')} %`

export const SurveyResultsChart: React.FC<{ surveysSlug?: string }> = ({ surveysSlug = 'surveys' }) => {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { t: translate } = useTranslation()
  const t = (key: CitizenTranslationKey) => (translate as (key: string) => string)(`${TRANSLATION_NAMESPACE}:${key}`)
  const [state, setState] = useState<{ results?: Results; error?: string }>({})

  useEffect(() => {
    if (!id) return
    let isCurrent = true
    void fetch(`${config.serverURL ?? ''}${config.routes.api}/${surveysSlug}/${id}/results`, { credentials: 'include' }).then(async (response) => {
      const body = (await response.json().catch(() => null)) as (Results & { errors?: Array<{ message?: string }> }) | null
      if (!isCurrent) return
      setState(response.ok && body ? { results: body } : { error: body?.errors?.[0]?.message ?? `HTTP ${response.status}` })
    })
    return () => {
      isCurrent = false
    }
  }, [config.routes.api, config.serverURL, id, surveysSlug])

  if (!id) return null
  if (state.error) return <p className="loa-survey-chart__error">{state.error}</p>
  const { results } = state
  if (!results) return <p>{t('loading')}</p>
  const waves = results.survey.waves
  return (
    <section className="loa-survey-chart" style={{ margin: '24px 0' }}>
      <h3>{t('surveyResults')}</h3>
      <p>
        {t('respondents')}: {waves.map((wave) => `${wave} ${results.respondents[wave] ?? 0}`).join(' · ')}
      </p>
      <p style={{ display: 'flex', gap: 16 }}>
        {waves.map((wave, index) => (
          <span key={wave}>
            <span style={{ display: 'inline-block', width: 12, height: 12, marginRight: 4, background: WAVE_COLOURS[index % WAVE_COLOURS.length] }} />
            {wave}
          </span>
        ))}
      </p>
      {results.questions
        .filter((question) => question.kind !== 'text')
        .map((question) => (
          <figure key={question.key} className="loa-survey-chart__question" style={{ margin: '16px 0' }}>
            <figcaption style={{ fontWeight: 600 }}>{question.text}</figcaption>
            {(question.waves[waves[0]!]?.options ?? []).map((share, optionIndex) => {
              const change = question.change[optionIndex]
              return (
                <div key={share.option} className="loa-survey-chart__option" style={{ margin: '6px 0' }}>
                  <div>
                    {share.option}
                    {change ? (
                      <span className="loa-survey-chart__change" style={{ marginLeft: 8, color: 'var(--theme-elevation-600)' }}>
                        {percentText(change.from)} → {percentText(change.to)} ({change.points >= 0 ? '+' : ''}
                        {change.points.toLocaleString('vi-VN')} {t('points')})
                      </span>
                    ) : null}
                  </div>
                  {waves.map((wave, waveIndex) => {
                    const percent = question.waves[wave]?.options[optionIndex]?.percent ?? 0
                    return (
                      <div key={wave} title={`${wave}: ${percentText(percent)}`} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                        <div
                          role="img"
                          aria-label={`${share.option} — ${wave}: ${percentText(percent)}`}
                          style={{ height: 10, width: `${Math.max(percent, 0.5)}%`, maxWidth: '70%', background: WAVE_COLOURS[waveIndex % WAVE_COLOURS.length] }}
                        />
                        <span style={{ fontSize: 12 }}>{percentText(percent)}</span>
                      </div>
                    )
                  })}
                </div>
              )
            })}
          </figure>
        ))}
    </section>
  )
}
