/**
 * Citizen interaction: people ask the office a question without an account and are answered
 * on a working-day clock. Staff assign, answer, approve (four-eyes), publish or close through
 * one workflow endpoint; each step is an append-only event; published answers show the
 * asker's initials only. Readers say whether a published item helped, with comments moderated
 * before they show, and answer a campaign's awareness surveys in waves (one response per
 * respondent token). Mail goes out through Payload's e-mail adapter from a queued job.
 */
import type { Config, Plugin } from 'payload'

import { mergeTranslations } from '@loa/helpers'

import type { CitizenInteractionPluginConfig } from './types.js'

import { createCalendarCollection } from './collections/createCalendarCollection.js'
import { createFeedbackCollection } from './collections/createFeedbackCollection.js'
import { createQuestionEventsCollection } from './collections/createQuestionEventsCollection.js'
import { createQuestionsCollection } from './collections/createQuestionsCollection.js'
import { createSurveyResponsesCollection, createSurveysCollection } from './collections/createSurveyCollections.js'
import { feedbackCommentsEndpoint, feedbackCountsEndpoint, giveFeedbackEndpoint } from './endpoints/feedbackEndpoints.js'
import { questionEndpoints } from './endpoints/questionEndpoints.js'
import { respondToSurveyEndpoint, surveyExportEndpoint, surveyResultsEndpoint, surveyTokensEndpoint } from './endpoints/surveyEndpoints.js'
import { anonymiseOldQuestionsTask } from './jobs/anonymiseOldQuestions.js'
import { remindQuestionDeadlinesTask } from './jobs/remindQuestionDeadlines.js'
import { sendQuestionEmailTask } from './jobs/sendQuestionEmail.js'
import { translations } from './translations/index.js'
import { CITIZEN_REQUEST_ERROR } from './utilities/citizenRequestError.js'
import { sanitizeConfig } from './utilities/sanitizeConfig.js'

export const citizenInteractionPlugin =
  (options: CitizenInteractionPluginConfig = {}): Plugin =>
  (config: Config): Config => {
    const collections = config.collections ?? []
    const cfg = sanitizeConfig(
      options,
      collections.map((c) => c.slug),
    )

    const questions = createQuestionsCollection(cfg)
    if (cfg.isEnabled && questions.endpoints !== false) questions.endpoints = [...(questions.endpoints ?? []), ...questionEndpoints(cfg)]
    // Feedback is about items: a host that names none gets no feedback collection.
    const feedback = cfg.itemCollections.length ? createFeedbackCollection(cfg) : null
    if (feedback && cfg.isEnabled && feedback.endpoints !== false)
      feedback.endpoints = [...(feedback.endpoints ?? []), giveFeedbackEndpoint(cfg), feedbackCountsEndpoint(cfg), feedbackCommentsEndpoint(cfg)]

    const surveys = createSurveysCollection(cfg)
    if (cfg.isEnabled) surveys.endpoints = [respondToSurveyEndpoint(cfg), surveyTokensEndpoint(cfg), surveyResultsEndpoint(cfg), surveyExportEndpoint(cfg)]

    return mergeTranslations(
      {
        ...config,
        loggingLevels: { ...config.loggingLevels, [CITIZEN_REQUEST_ERROR]: 'info' } as Config['loggingLevels'],
        collections: [
          ...collections,
          questions,
          createQuestionEventsCollection(cfg),
          createCalendarCollection(cfg),
          ...(feedback ? [feedback] : []),
          surveys,
          createSurveyResponsesCollection(cfg),
        ],
        jobs: {
          ...config.jobs,
          tasks: [
            ...(config.jobs?.tasks ?? []),
            ...(cfg.isEnabled ? [sendQuestionEmailTask(cfg), remindQuestionDeadlinesTask(cfg), anonymiseOldQuestionsTask(cfg)] : []),
          ],
        },
      },
      translations,
    )
  }

export {
  ANONYMISED_NAME,
  TASK_ANONYMISE_OLD_QUESTIONS,
  TASK_REMIND_QUESTION_DEADLINES,
  TASK_SEND_QUESTION_EMAIL,
  TRANSLATION_NAMESPACE,
  WORKFLOW_WRITE_CONTEXT,
} from './defaults.js'
export type { CalendarChange, DeadlineKind, CitizenInteractionPluginConfig, CitizenRateLimits, QuestionStatus, WorkflowAction } from './types.js'
export { createMemoryRateLimitStore } from '@loa/helpers'
export type { RateLimitStore, RateLimitVerdict } from '@loa/helpers'
export { createWorkingCalendar } from './utilities/workingCalendar.js'
export type { WorkingCalendar } from './utilities/workingCalendar.js'
export { initialsOf } from './utilities/initials.js'
export { summariseSurvey } from './utilities/summariseSurvey.js'
export type { SurveySummary } from './utilities/summariseSurvey.js'
export type { SurveyAnswer, SurveyDoc } from './types.js'
