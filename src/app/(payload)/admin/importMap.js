import { InsightsView as InsightsView_ac533e8a98dbffc66c368fa3f377e932 } from '@loa/plugin-campaign-insights/rsc'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowPanel as WorkflowPanel_9ae9f7214adfa4b9f7fb68dc3950a8b0 } from '@loa/plugin-review-workflow/client'
import { WorkflowStageCell as WorkflowStageCell_f3888dec6e5d27207e2c8122b132172d } from '../../../../src/components/WorkflowStageCell'
import { ItemDeliveries as ItemDeliveries_3d7a71ad7910758885e08a53a97dcdc7 } from '@loa/plugin-channel-publishing/client'
import { MakeScriptButton as MakeScriptButton_da668219e15335f4df8a06bf80941fe1 } from '@loa/plugin-broadcast/client'
import { BulletinAudioPlayer as BulletinAudioPlayer_da668219e15335f4df8a06bf80941fe1 } from '@loa/plugin-broadcast/client'
import { WorkflowStageStatus as WorkflowStageStatus_240f898e35ccff00f5a4aeefda44c5f6 } from '../../../../src/components/WorkflowStageStatus'
import { RegistrationsPanel as RegistrationsPanel_60d08056a349370d8d7362b51e6060d0 } from '@loa/plugin-workshops/client'
import { QuestionWorkflowPanel as QuestionWorkflowPanel_9b6147332b5caf0a5b26a97abaa479cb } from '@loa/plugin-citizen-interaction/client'
import { SurveyResultsChart as SurveyResultsChart_9b6147332b5caf0a5b26a97abaa479cb } from '@loa/plugin-citizen-interaction/client'
import { InitialsAvatar as InitialsAvatar_77a77df2b177acbabe452f31469b89f8 } from '../../../../src/components/InitialsAvatar'
import { LoaIcon as LoaIcon_ac1ad3da755fa22ea4522b2d93edca48 } from '../../../../src/components/Brand/LoaIcon'
import { LoaLogo as LoaLogo_c7ac71256cf28049a9f73aeec974dfa1 } from '../../../../src/components/Brand/LoaLogo'
import { CalendarNavLink as CalendarNavLink_37c2b61a7882f33ff65b6976e7ecaa87 } from '@loa/plugin-scheduling/rsc'
import { DeliveriesNavLink as DeliveriesNavLink_3b34a0462b4f6d9d1e7abbbbdda7f525 } from '@loa/plugin-channel-publishing/rsc'
import { AlertsNavLink as AlertsNavLink_085cd201601d7f901b73a654683340c6 } from '@loa/plugin-broadcast/rsc'
import { MyWorkDashboard as MyWorkDashboard_194d39d98c3de6a3e2416189f972607b } from '../../../../src/components/MyWork/MyWorkDashboard'
import { CalendarView as CalendarView_37c2b61a7882f33ff65b6976e7ecaa87 } from '@loa/plugin-scheduling/rsc'
import { DeliveriesView as DeliveriesView_3b34a0462b4f6d9d1e7abbbbdda7f525 } from '@loa/plugin-channel-publishing/rsc'
import { AlertsView as AlertsView_085cd201601d7f901b73a654683340c6 } from '@loa/plugin-broadcast/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@loa/plugin-campaign-insights/rsc#InsightsView": InsightsView_ac533e8a98dbffc66c368fa3f377e932,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@loa/plugin-review-workflow/client#WorkflowPanel": WorkflowPanel_9ae9f7214adfa4b9f7fb68dc3950a8b0,
  "/src/components/WorkflowStageCell#WorkflowStageCell": WorkflowStageCell_f3888dec6e5d27207e2c8122b132172d,
  "@loa/plugin-channel-publishing/client#ItemDeliveries": ItemDeliveries_3d7a71ad7910758885e08a53a97dcdc7,
  "@loa/plugin-broadcast/client#MakeScriptButton": MakeScriptButton_da668219e15335f4df8a06bf80941fe1,
  "@loa/plugin-broadcast/client#BulletinAudioPlayer": BulletinAudioPlayer_da668219e15335f4df8a06bf80941fe1,
  "/src/components/WorkflowStageStatus#WorkflowStageStatus": WorkflowStageStatus_240f898e35ccff00f5a4aeefda44c5f6,
  "@loa/plugin-workshops/client#RegistrationsPanel": RegistrationsPanel_60d08056a349370d8d7362b51e6060d0,
  "@loa/plugin-citizen-interaction/client#QuestionWorkflowPanel": QuestionWorkflowPanel_9b6147332b5caf0a5b26a97abaa479cb,
  "@loa/plugin-citizen-interaction/client#SurveyResultsChart": SurveyResultsChart_9b6147332b5caf0a5b26a97abaa479cb,
  "/src/components/InitialsAvatar#InitialsAvatar": InitialsAvatar_77a77df2b177acbabe452f31469b89f8,
  "/src/components/Brand/LoaIcon#LoaIcon": LoaIcon_ac1ad3da755fa22ea4522b2d93edca48,
  "/src/components/Brand/LoaLogo#LoaLogo": LoaLogo_c7ac71256cf28049a9f73aeec974dfa1,
  "@loa/plugin-scheduling/rsc#CalendarNavLink": CalendarNavLink_37c2b61a7882f33ff65b6976e7ecaa87,
  "@loa/plugin-channel-publishing/rsc#DeliveriesNavLink": DeliveriesNavLink_3b34a0462b4f6d9d1e7abbbbdda7f525,
  "@loa/plugin-broadcast/rsc#AlertsNavLink": AlertsNavLink_085cd201601d7f901b73a654683340c6,
  "/src/components/MyWork/MyWorkDashboard#MyWorkDashboard": MyWorkDashboard_194d39d98c3de6a3e2416189f972607b,
  "@loa/plugin-scheduling/rsc#CalendarView": CalendarView_37c2b61a7882f33ff65b6976e7ecaa87,
  "@loa/plugin-channel-publishing/rsc#DeliveriesView": DeliveriesView_3b34a0462b4f6d9d1e7abbbbdda7f525,
  "@loa/plugin-broadcast/rsc#AlertsView": AlertsView_085cd201601d7f901b73a654683340c6,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
