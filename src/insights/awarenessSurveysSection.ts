/**
 * The insights dashboard's and the results report's table of a campaign's awareness surveys (citizen-interaction's
 * `surveys` and `survey-responses`, wired in src/plugins.ts): for each question with options,
 * each answer's share in the first wave and the last, and the change in points — whether the
 * campaign changed minds. Responses given in the report's period count.
 */
import type { ReportSection } from '@loa/plugin-campaign-insights'
import type { SurveyAnswer, SurveyDoc } from '@loa/plugin-citizen-interaction'

import { summariseSurvey } from '@loa/plugin-citizen-interaction'

export const awarenessSurveysSection: ReportSection = {
  title: 'Khảo sát nhận thức của người dân',
  sheetName: 'Khảo sát nhận thức',
  headers: ['Khảo sát', 'Câu hỏi', 'Trả lời', 'Đợt đầu (%)', 'Đợt cuối (%)', 'Thay đổi (điểm)'],
  widths: [18, 30, 16, 12, 12, 12],
  // The two waves' shares as bars on the insights dashboard.
  barColumns: [3, 4],
  emptyText: 'Chiến dịch chưa có khảo sát nhận thức có hai đợt trở lên.',
  rows: async (ctx) => {
    const { docs: surveys } = await ctx.req.payload.find({
      collection: 'surveys',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req: ctx.req,
      where: { campaign: { equals: ctx.campaignId } },
    })
    const rows: Array<Array<number | string>> = []
    for (const survey of surveys as unknown as SurveyDoc[]) {
      if (survey.waves.length < 2) continue
      const { docs: responses } = await ctx.req.payload.find({
        collection: 'survey-responses',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req: ctx.req,
        select: { wave: true, answers: true },
        where: {
          and: [
            { survey: { equals: survey.id } },
            { createdAt: { greater_than_equal: ctx.window.from.toISOString() } },
            { createdAt: { less_than: ctx.window.to.toISOString() } },
          ],
        },
      })
      const summary = summariseSurvey(survey, responses as unknown as Array<{ wave: string; answers: Record<string, SurveyAnswer> }>)
      for (const question of summary.questions) {
        for (const change of question.change) rows.push([survey.title, question.text, change.option, change.from, change.to, change.points])
      }
    }
    return rows
  },
}
