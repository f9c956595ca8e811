import type { CollectionConfig } from 'payload'

import type { SanitizedCitizenConfig } from '../types.js'

import { adminAccess, staffAccess } from '../access/fromDecision.js'
import { SURVEY_QUESTION_KINDS } from '../types.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { label, staticLabel } from '../utilities/label.js'

const nobody = () => false

/** Admin component path (relative to the import map's baseDir, the project root). */
const SURVEY_RESULTS_CHART = '@loa/plugin-citizen-interaction/client#SurveyResultsChart'

const KIND_LABELS = { single: 'kindSingle', multiple: 'kindMultiple', scale: 'kindScale', text: 'kindText' } as const

/** An awareness survey of a campaign: its questions and the waves it is run in (e.g. before, after). */
export const createSurveysCollection = (cfg: SanitizedCitizenConfig): CollectionConfig => {
  const canManage = async ({ req }: { req: Parameters<SanitizedCitizenConfig['canManageSurveys']>[0]['req'] }) =>
    Boolean(req.user) && (await cfg.canManageSurveys({ req }))
  return {
    slug: cfg.surveysSlug,
    labels: { singular: label('survey'), plural: label('surveys') },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'waves', 'isOpen', 'updatedAt'], group: staticLabel('groupCitizens') },
    access: { read: staffAccess(cfg), create: canManage, update: canManage, delete: adminAccess(cfg) },
    timestamps: true,
    fields: [
      { name: 'title', type: 'text', required: true, maxLength: 300, label: label('title') },
      ...(cfg.campaignsSlug
        ? [{ name: 'campaign', type: 'relationship' as const, relationTo: asCollectionSlug(cfg.campaignsSlug), index: true, label: label('campaign') }]
        : []),
      { name: 'isOpen', type: 'checkbox', defaultValue: true, label: label('isOpen'), admin: { position: 'sidebar' } },
      {
        name: 'resultsChart',
        type: 'ui',
        // Named in the list's column and filter choices, where a UI field shows its label.
        label: { vi: 'Biểu đồ kết quả', en: 'Results chart' },
        admin: { components: { Field: { path: SURVEY_RESULTS_CHART, clientProps: { surveysSlug: cfg.surveysSlug } } } },
      },
      { name: 'waves', type: 'text', hasMany: true, required: true, label: label('waves') },
      {
        name: 'questions',
        type: 'array',
        required: true,
        minRows: 1,
        label: label('surveyQuestions'),
        labels: { singular: label('surveyQuestion'), plural: label('surveyQuestions') },
        fields: [
          { name: 'key', type: 'text', required: true, maxLength: 40, label: label('questionKey') },
          { name: 'text', type: 'text', required: true, maxLength: 500, label: label('questionText') },
          {
            name: 'kind',
            type: 'select',
            required: true,
            label: label('questionKind'),
            options: SURVEY_QUESTION_KINDS.map((value) => ({ value, label: label(KIND_LABELS[value]) })),
          },
          { name: 'options', type: 'text', hasMany: true, label: label('options') },
        ],
      },
    ],
  }
}

/** One respondent's answers in one wave; one per respondent token, written only by the respond endpoint. */
export const createSurveyResponsesCollection = (cfg: SanitizedCitizenConfig): CollectionConfig => ({
  slug: cfg.surveyResponsesSlug,
  labels: { singular: label('surveyResponse'), plural: label('surveyResponses') },
  admin: { defaultColumns: ['survey', 'wave', 'createdAt'], group: staticLabel('groupCitizens') },
  // What respondents wrote is read by those who run the surveys (and admins), not by all staff.
  access: {
    read: async ({ req }) => Boolean(req.user) && ((await cfg.isAdmin({ req })) || (await cfg.canManageSurveys({ req }))),
    create: nobody,
    update: nobody,
    delete: adminAccess(cfg),
  },
  timestamps: true,
  fields: [
    { name: 'survey', type: 'relationship', relationTo: asCollectionSlug(cfg.surveysSlug), required: true, index: true, label: label('survey') },
    { name: 'wave', type: 'text', required: true, index: true, label: label('wave') },
    // survey id + a hash of the token: the unique index is what refuses a second response, also under concurrency.
    { name: 'tokenKey', type: 'text', required: true, unique: true, hidden: true },
    { name: 'answers', type: 'json', required: true, label: label('answers') },
  ],
})
