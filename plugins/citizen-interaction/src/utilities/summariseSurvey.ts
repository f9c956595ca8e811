import type { SurveyAnswer, SurveyDoc } from '../types.js'

/** The 1–5 agreement scale, as its answers are counted. */
export const SCALE = ['1', '2', '3', '4', '5'] as const

export type OptionShare = { option: string; count: number; percent: number }

export type SurveySummary = {
  survey: { id: SurveyDoc['id']; title: string; waves: string[] }
  respondents: Record<string, number>
  questions: Array<{
    key: string
    text: string
    kind: string
    waves: Record<string, { answered: number; options: OptionShare[] }>
    change: Array<{ option: string; from: number; to: number; points: number }>
  }>
}

/**
 * A survey's results from its responses: per question, how many chose each option in each wave
 * (percent of those who answered it) and the change from the first wave to the last, in points.
 * Pure: the results endpoint and a host's report (Loa's campaign report) count the same way.
 */
export const summariseSurvey = (survey: SurveyDoc, responses: Array<{ wave: string; answers: Record<string, SurveyAnswer> }>): SurveySummary => {
  const respondents = Object.fromEntries(survey.waves.map((wave) => [wave, responses.filter((r) => r.wave === wave).length]))
  const questions = survey.questions.map((question) => {
    const options = question.kind === 'scale' ? [...SCALE] : (question.options ?? [])
    const byWave = Object.fromEntries(
      survey.waves.map((wave) => {
        const answered = responses.filter((r) => r.wave === wave && r.answers?.[question.key] !== undefined)
        const chosen = answered.flatMap((r) => {
          const answer = r.answers[question.key] as SurveyAnswer
          return Array.isArray(answer) ? answer : [String(answer)]
        })
        const shares: OptionShare[] =
          question.kind === 'text'
            ? []
            : options.map((option) => {
                const count = chosen.filter((c) => c === option).length
                return { option, count, percent: answered.length ? Math.round((count / answered.length) * 1000) / 10 : 0 }
              })
        return [wave, { answered: answered.length, options: shares }]
      }),
    )
    const first = survey.waves[0] as string
    const last = survey.waves[survey.waves.length - 1] as string
    const change =
      question.kind === 'text' || first === last
        ? []
        : options.map((option, index) => ({
            option,
            from: byWave[first]!.options[index]!.percent,
            to: byWave[last]!.options[index]!.percent,
            points: Math.round((byWave[last]!.options[index]!.percent - byWave[first]!.options[index]!.percent) * 10) / 10,
          }))
    return { key: question.key, text: question.text, kind: question.kind, waves: byWave, change }
  })
  return { survey: { id: survey.id, title: survey.title, waves: survey.waves }, respondents, questions }
}
