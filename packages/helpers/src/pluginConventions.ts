/**
 * The conventions every Loa plugin follows, in code, so that each does the same thing the same
 * way: collection overrides, per-collection settings, translations and translated labels.
 */
import type { CollectionConfig, Config, Field, LabelFunction } from 'payload'

import { deepMergeSimple } from 'payload/shared'

/**
 * What a host may change in a collection a plugin adds: anything but the fields, which it may
 * extend or rework through a function of the plugin's own (as form-builder's `formOverrides`).
 * A given `slug` is honoured: the plugin refers to its collection by the sanitized slug.
 */
export type CollectionOverrides = Partial<Omit<CollectionConfig, 'fields'>> & {
  /** Receives the plugin's fields, returns the collection's. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** The plugin's collection with the host's overrides merged in (admin, access, hooks, labels deep-merged; arrays of hooks appended). */
export const applyCollectionOverrides = (base: CollectionConfig, overrides: CollectionOverrides | undefined): CollectionConfig => {
  if (!overrides) return base
  const { fields, hooks, access, admin, labels, ...rest } = overrides
  const mergedHooks: CollectionConfig['hooks'] = { ...base.hooks }
  for (const [name, list] of Object.entries(hooks ?? {})) {
    const key = name as keyof NonNullable<CollectionConfig['hooks']>
    mergedHooks[key] = [...((base.hooks?.[key] as unknown[]) ?? []), ...((list as unknown[]) ?? [])] as never
  }
  return {
    ...base,
    ...rest,
    access: { ...base.access, ...access },
    admin: { ...base.admin, ...admin },
    labels: labels ? { ...base.labels, ...labels } : base.labels,
    hooks: mergedHooks,
    fields: fields ? fields({ defaultFields: base.fields }) : base.fields,
  }
}

/** Settings a plugin keeps on a collection it works on, under its own key of `custom`. */
export const withPluginSettings = <T>(collection: CollectionConfig, pluginKey: string, settings: T): CollectionConfig => ({
  ...collection,
  custom: { ...collection.custom, [pluginKey]: settings },
})

export const pluginSettingsOf = <T>(collection: Pick<CollectionConfig, 'custom'> | undefined, pluginKey: string): T | undefined =>
  collection?.custom?.[pluginKey] as T | undefined

/** `{ en: { 'plugin-x': {...} }, vi: { 'plugin-x': {...} } }`: a plugin's strings per language. */
export type PluginTranslations = Record<string, Record<string, Record<string, unknown>>>

/** The plugin's strings merged under the host's: what the host sets for a key wins. */
export const mergeTranslations = (config: Config, translations: PluginTranslations): Config => ({
  ...config,
  i18n: {
    ...config.i18n,
    translations: deepMergeSimple(translations, (config.i18n?.translations ?? {}) as PluginTranslations) as NonNullable<Config['i18n']>['translations'],
  },
})

type Translate = (key: string) => string

/**
 * A field or collection label read from the plugin's translations in the admin's language.
 * Payload types `t` with its own keys only; a plugin's keys are added at run time.
 */
export const translatedLabel =
  (namespace: string) =>
  (key: string): LabelFunction =>
  ({ t }) =>
    (t as unknown as Translate)(`${namespace}:${key}`)
