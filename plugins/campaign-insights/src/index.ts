/**
 * Campaign insights: measurable KPIs on campaigns, a JSON roll-up, the results report as DOCX
 * and XLSX, and a dashboard tab in the campaign's edit view.
 */
import type { CollectionConfig, Config, EditConfig } from 'payload'

import { mergeTranslations } from '@loa/helpers'

import type { CampaignInsightsPluginConfig, SanitizedInsightsConfig } from './types.js'

import { CUSTOM_KEY, DEFAULTS, PLUGIN_NAME } from './defaults.js'
import { insightsEndpoint } from './endpoints/insightsEndpoint.js'
import { reportEndpoint } from './endpoints/reportEndpoint.js'
import { withMeasurableKpis } from './fields/kpiFields.js'
import { stampManualValues } from './hooks/stampManualValues.js'
import { metricsRegistry } from './metrics/index.js'
import { translations } from './translations/index.js'

export type { CampaignInsights, CampaignInsightsPluginConfig, CanSeeInsights, InsightMetric, InsightsSection, KpiRow, MetricContext, ReportSection } from './types.js'
export { translations as campaignInsightsTranslations } from './translations/index.js'
export { computeInsights } from './utilities/computeInsights.js'

const DASHBOARD_VIEW = '@loa/plugin-campaign-insights/rsc#InsightsView'

const fail = (message: string): never => {
  throw new Error(`[${PLUGIN_NAME}] ${message}`)
}

const sanitize = (options: CampaignInsightsPluginConfig, config: Config): SanitizedInsightsConfig => {
  const isAdmin = options.isAdmin ?? DEFAULTS.isAdmin
  const cfg: SanitizedInsightsConfig = {
    ...DEFAULTS,
    canSeeInsights: ({ req }) => isAdmin(req.user),
    ...options,
    isAdmin,
    workshopsSlug: options.workshopsSlug ?? DEFAULTS.workshopsSlug,
    metricsByKey: metricsRegistry(options.metrics ?? [], fail),
  }
  const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
  for (const slug of [cfg.campaignsSlug, ...(cfg.workshopsSlug ? [cfg.workshopsSlug] : []), ...cfg.contentCollections]) {
    if (!slugs.has(slug)) throw new Error(`[${PLUGIN_NAME}] unknown collection "${slug}"`)
  }
  for (const section of cfg.reportSections) {
    if (!section.title || !section.sheetName || section.sheetName.length > 31 || section.headers.length !== section.widths.length)
      throw new Error(`[${PLUGIN_NAME}] reportSections: "${section.title}" needs a title, a sheet name of at most 31 characters, and one width per header`)
  }
  if (cfg.workshopsSlug && !cfg.contentCollections.includes(cfg.workshopsSlug)) {
    throw new Error(`[${PLUGIN_NAME}] workshopsSlug "${cfg.workshopsSlug}" must be one of contentCollections`)
  }
  for (const limit of ['queueListLimit', 'upcomingLimit'] as const) {
    if (!Number.isInteger(cfg[limit]) || cfg[limit] < 1 || cfg[limit] > 500) throw new Error(`[${PLUGIN_NAME}] ${limit} must be an integer from 1 to 500`)
  }
  if (!cfg.publishedAtPaths.length) throw new Error(`[${PLUGIN_NAME}] publishedAtPaths must name at least one field`)
  return cfg
}

export const campaignInsightsPlugin =
  (options: CampaignInsightsPluginConfig = {}) =>
  (config: Config): Config => {
    const cfg = sanitize(options, config)
    const extend = (collection: CollectionConfig): CollectionConfig => {
      if (collection.slug !== cfg.campaignsSlug) return collection
      const measurable = withMeasurableKpis(cfg, collection)
      const withHook: CollectionConfig = {
        ...measurable,
        // The dashboard view reads the sanitized options from here.
        custom: { ...measurable.custom, [CUSTOM_KEY]: cfg },
        hooks: { ...measurable.hooks, beforeChange: [...(measurable.hooks?.beforeChange ?? []), stampManualValues] },
      }
      if (cfg.disabled) return withHook
      return {
        ...withHook,
        endpoints: [...(withHook.endpoints || []), insightsEndpoint(cfg), reportEndpoint(cfg, 'docx'), reportEndpoint(cfg, 'xlsx')],
        admin: {
          ...withHook.admin,
          components: {
            ...withHook.admin?.components,
            views: {
              ...withHook.admin?.components?.views,
              edit: {
                ...withHook.admin?.components?.views?.edit,
                insights: {
                  Component: DASHBOARD_VIEW,
                  path: '/insights',
                  tab: { href: '/insights', label: ({ t }) => (t as (key: string) => string)('plugin-campaign-insights:tab'), order: 150 },
                },
              } as EditConfig,
            },
          },
        },
      }
    }
    return mergeTranslations({ ...config, collections: (config.collections ?? []).map(extend) }, translations)
  }

// For tests and hosts that build on the roll-ups: the grouped counts and the schema probes.
export { DEFAULTS as CAMPAIGN_INSIGHTS_DEFAULTS } from './defaults.js'
export { groupCount, walkGroupCount } from './utilities/aggregate.js'
export type { GroupColumn, GroupQuery } from './utilities/aggregate.js'
export { firstFieldPath } from './utilities/schema.js'
