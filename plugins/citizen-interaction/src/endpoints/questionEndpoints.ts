import type { Endpoint } from 'payload'

import type { SanitizedCitizenConfig } from '../types.js'

import { askQuestionEndpoint } from './askQuestion.js'
import { erasePersonalDataEndpoint, exportPersonalDataEndpoint } from './personalData.js'
import { questionDeadlinesEndpoint } from './questionDeadlines.js'
import { publicQuestionEndpoint, publicQuestionsEndpoint } from './publicQuestions.js'
import { questionStatusEndpoint } from './questionStatus.js'
import { questionWorkflowEndpoint } from './questionWorkflow.js'

/** The endpoints under /api/{questions}. */
export const questionEndpoints = (cfg: SanitizedCitizenConfig): Endpoint[] => [
  askQuestionEndpoint(cfg),
  questionStatusEndpoint(cfg),
  questionDeadlinesEndpoint(cfg),
  publicQuestionsEndpoint(cfg),
  publicQuestionEndpoint(cfg),
  questionWorkflowEndpoint(cfg),
  exportPersonalDataEndpoint(cfg),
  erasePersonalDataEndpoint(cfg),
]
