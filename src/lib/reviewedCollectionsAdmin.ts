/**
 * How the reviewed collections (reports, features, workshops) look in Loa's admin, on top of
 * what the review-workflow plugin adds:
 * - the sidebar shows the workflow panel only: the plugin's read-only `workflow` group under it
 *   repeated the stage, greyed, with an "Approval 01" row and an empty required "Người duyệt";
 *   the group stays a field (lists, filters, the API), it is just not drawn in the edit form;
 * - the lists show the stage as a coloured pill (WorkflowStageCell) instead of the raw value;
 * - the header's status line shows the stage too (WorkflowStageStatus), not `_status`.
 */
import type { CollectionConfig, Config, Field } from 'payload'

export const WORKFLOW_STAGE_CELL = '/src/components/WorkflowStageCell#WorkflowStageCell'
export const WORKFLOW_STAGE_STATUS = '/src/components/WorkflowStageStatus#WorkflowStageStatus'

const notInEditForm = () => false

const withStageCell = (field: Field): Field =>
  'name' in field && field.name === 'stage' && field.type === 'select'
    ? { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: WORKFLOW_STAGE_CELL } } }
    : field

const reviewedCollectionAdmin = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: { ...collection.admin?.components?.edit, Status: WORKFLOW_STAGE_STATUS },
    },
  },
  fields: collection.fields.map((field) =>
    'name' in field && field.name === 'workflow' && field.type === 'group'
      ? { ...field, admin: { ...field.admin, condition: notInEditForm }, fields: field.fields.map(withStageCell) }
      : field,
  ),
})

export const reviewedCollectionsAdmin =
  ({ collections }: { collections: readonly string[] }) =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => (collections.includes(collection.slug) ? reviewedCollectionAdmin(collection) : collection)),
  })
