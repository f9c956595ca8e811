import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_campaigns_audiences" AS ENUM('officials', 'citizens', 'businesses', 'students');
  CREATE TYPE "public"."enum_campaigns_members_role" AS ENUM('manager', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_campaigns_kpis_content_types" AS ENUM('reports', 'features', 'workshops');
  CREATE TYPE "public"."enum_campaigns_kpis_manual_values_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_campaigns_kpis_manual_values_enteredat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_campaigns_kpis_metric" AS ENUM('publishedItems', 'deliveriesSucceeded', 'portalsReached', 'workshopsHeld', 'registrations', 'attendance', 'airtimeMinutes', 'areasReached', 'questionsReceived', 'questionsOverdue', 'questionsAnswered', 'questionsAnsweredOnTimePercent', 'questionsMedianAnswerWorkingDays', 'feedbackReceived', 'feedbackHelpfulPercent', 'surveyResponses', 'manual');
  CREATE TYPE "public"."enum_campaigns_kpis_periodstart_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_campaigns_kpis_periodend_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('planned', 'active', 'closed');
  CREATE TYPE "public"."enum_campaigns_period_start_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_campaigns_period_end_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_audiences" AS ENUM('officials', 'citizens', 'businesses', 'students');
  CREATE TYPE "public"."enum_reports_workflow_approvals_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_kind" AS ENUM('reportage', 'news', 'photo', 'video');
  CREATE TYPE "public"."enum_reports_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_reports_workflow_waiting_for" AS ENUM('author', 'reviewers', 'manager', 'schedule', 'nobody');
  CREATE TYPE "public"."enum_reports_workflow_submittedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_workflow_stagechangedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_proposedpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_proposedunpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_firstpublishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_bulletin_priority" AS ENUM('ordinary', 'priority', 'emergency');
  CREATE TYPE "public"."enum_reports_bulletin_synthesis_status" AS ENUM('none', 'queued', 'done', 'failed');
  CREATE TYPE "public"."enum_reports_bulletin_alert_issuedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_bulletin_alert_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reports_v_version_audiences" AS ENUM('officials', 'citizens', 'businesses', 'students');
  CREATE TYPE "public"."enum__reports_v_version_workflow_approvals_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_kind" AS ENUM('reportage', 'news', 'photo', 'video');
  CREATE TYPE "public"."enum__reports_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__reports_v_version_workflow_waiting_for" AS ENUM('author', 'reviewers', 'manager', 'schedule', 'nobody');
  CREATE TYPE "public"."enum__reports_v_version_workflow_submittedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_workflow_stagechangedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_proposedpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_proposedunpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_firstpublishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_bulletin_priority" AS ENUM('ordinary', 'priority', 'emergency');
  CREATE TYPE "public"."enum__reports_v_version_bulletin_synthesis_status" AS ENUM('none', 'queued', 'done', 'failed');
  CREATE TYPE "public"."enum__reports_v_version_bulletin_alert_issuedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_bulletin_alert_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reports_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_features_audiences" AS ENUM('officials', 'citizens', 'businesses', 'students');
  CREATE TYPE "public"."enum_features_workflow_approvals_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_features_workflow_waiting_for" AS ENUM('author', 'reviewers', 'manager', 'schedule', 'nobody');
  CREATE TYPE "public"."enum_features_workflow_submittedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_workflow_stagechangedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_proposedpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_proposedunpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_firstpublishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_bulletin_priority" AS ENUM('ordinary', 'priority', 'emergency');
  CREATE TYPE "public"."enum_features_bulletin_synthesis_status" AS ENUM('none', 'queued', 'done', 'failed');
  CREATE TYPE "public"."enum_features_bulletin_alert_issuedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_bulletin_alert_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_features_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__features_v_version_audiences" AS ENUM('officials', 'citizens', 'businesses', 'students');
  CREATE TYPE "public"."enum__features_v_version_workflow_approvals_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__features_v_version_workflow_waiting_for" AS ENUM('author', 'reviewers', 'manager', 'schedule', 'nobody');
  CREATE TYPE "public"."enum__features_v_version_workflow_submittedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_workflow_stagechangedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_proposedpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_proposedunpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_firstpublishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_bulletin_priority" AS ENUM('ordinary', 'priority', 'emergency');
  CREATE TYPE "public"."enum__features_v_version_bulletin_synthesis_status" AS ENUM('none', 'queued', 'done', 'failed');
  CREATE TYPE "public"."enum__features_v_version_bulletin_alert_issuedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_bulletin_alert_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__features_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__features_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_workshops_audiences" AS ENUM('officials', 'citizens', 'businesses', 'students');
  CREATE TYPE "public"."enum_workshops_workflow_approvals_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_kind" AS ENUM('seminar', 'conference', 'training');
  CREATE TYPE "public"."enum_workshops_startsat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_endsat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_registrationopensat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_registrationclosesat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_workshops_workflow_waiting_for" AS ENUM('author', 'reviewers', 'manager', 'schedule', 'nobody');
  CREATE TYPE "public"."enum_workshops_workflow_submittedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_workflow_stagechangedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_proposedpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_proposedunpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_firstpublishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_bulletin_priority" AS ENUM('ordinary', 'priority', 'emergency');
  CREATE TYPE "public"."enum_workshops_bulletin_synthesis_status" AS ENUM('none', 'queued', 'done', 'failed');
  CREATE TYPE "public"."enum_workshops_bulletin_alert_issuedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_bulletin_alert_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_workshops_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__workshops_v_version_audiences" AS ENUM('officials', 'citizens', 'businesses', 'students');
  CREATE TYPE "public"."enum__workshops_v_version_workflow_approvals_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_kind" AS ENUM('seminar', 'conference', 'training');
  CREATE TYPE "public"."enum__workshops_v_version_startsat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_endsat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_registrationopensat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_registrationclosesat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum__workshops_v_version_workflow_waiting_for" AS ENUM('author', 'reviewers', 'manager', 'schedule', 'nobody');
  CREATE TYPE "public"."enum__workshops_v_version_workflow_submittedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_workflow_stagechangedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_publishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_unpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_proposedpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_proposedunpublishat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_firstpublishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_bulletin_priority" AS ENUM('ordinary', 'priority', 'emergency');
  CREATE TYPE "public"."enum__workshops_v_version_bulletin_synthesis_status" AS ENUM('none', 'queued', 'done', 'failed');
  CREATE TYPE "public"."enum__workshops_v_version_bulletin_alert_issuedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_bulletin_alert_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__workshops_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__workshops_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'manager', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_review_events_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_review_events_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'approve', 'request_changes', 'withdraw', 'publish', 'unpublish', 'edit', 'schedule', 'unschedule', 'import');
  CREATE TYPE "public"."enum_review_events_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_schedule_runs_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum_schedule_runs_status" AS ENUM('done', 'refused', 'cancelled', 'override');
  CREATE TYPE "public"."enum_schedule_runs_dueat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_schedule_runs_ranat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_channels_content_types" AS ENUM('reports', 'features', 'workshops');
  CREATE TYPE "public"."enum_channels_kind" AS ENUM('webhook', 'wordpress', 'email', 'feed', 'radio');
  CREATE TYPE "public"."enum_deliveries_action" AS ENUM('publish', 'update', 'retract');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('pending', 'delivering', 'delivered', 'failed', 'dead');
  CREATE TYPE "public"."enum_deliveries_nextattemptat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_deliveries_leaseexpiresat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_deliveries_lastattemptat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_deliveries_deliveredat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_registrations_audience_type" AS ENUM('officials', 'citizens', 'businesses', 'students', 'other');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waitlisted', 'cancelled', 'attended');
  CREATE TYPE "public"."enum_registrations_attendedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_registrations_cancelledat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_registrations_anonymisedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_registrations_confirmationsentat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_registrations_promotionsentat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_bulletin_audio_source" AS ENUM('recording', 'synthesized');
  CREATE TYPE "public"."enum_airings_playedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_alert_templates_hazard" AS ENUM('storm', 'flood', 'fire', 'epidemic', 'other');
  CREATE TYPE "public"."enum_questions_consentat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('received', 'assigned', 'answered', 'approved', 'published', 'closed');
  CREATE TYPE "public"."enum_questions_duedate_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_receiptsentat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_answersentat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_duesoonsentat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_anonymisedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_overduesentat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_question_events_action" AS ENUM('ask', 'assign', 'answer', 'approve', 'request_changes', 'publish', 'close');
  CREATE TYPE "public"."enum_question_events_from_status" AS ENUM('received', 'assigned', 'answered', 'approved', 'published', 'closed');
  CREATE TYPE "public"."enum_question_events_to_status" AS ENUM('received', 'assigned', 'answered', 'approved', 'published', 'closed');
  CREATE TYPE "public"."enum_question_events_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_working_calendar_kind" AS ENUM('day_off', 'working_day');
  CREATE TYPE "public"."enum_feedback_comment_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_feedback_moderatedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_surveys_questions_kind" AS ENUM('single', 'multiple', 'scale', 'text');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendPasswordReset', 'sendWorkflowEmail', 'publishDueItems', 'deliverPending', 'sendRegistrationEmail', 'anonymiseOldRegistrations', 'synthesizeBulletin', 'sendQuestionEmail', 'remindQuestionDeadlines', 'anonymiseOldQuestions');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendPasswordReset', 'sendWorkflowEmail', 'publishDueItems', 'deliverPending', 'sendRegistrationEmail', 'anonymiseOldRegistrations', 'synthesizeBulletin', 'sendQuestionEmail', 'remindQuestionDeadlines', 'anonymiseOldQuestions');
  CREATE TABLE "campaigns_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"role" "enum_campaigns_members_role" NOT NULL
  );
  
  CREATE TABLE "campaigns_kpis_content_types" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_campaigns_kpis_content_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_kpis_manual_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"at" timestamp(3) with time zone,
  	"at_tz" "enum_campaigns_kpis_manual_values_at_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"note" varchar,
  	"entered_by_id" integer,
  	"entered_at" timestamp(3) with time zone,
  	"enteredat_tz" "enum_campaigns_kpis_manual_values_enteredat_tz" DEFAULT 'Asia/Ho_Chi_Minh'
  );
  
  CREATE TABLE "campaigns_kpis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"metric" "enum_campaigns_kpis_metric" DEFAULT 'manual' NOT NULL,
  	"label" varchar NOT NULL,
  	"target" numeric NOT NULL,
  	"unit" varchar,
  	"period_start" timestamp(3) with time zone,
  	"periodstart_tz" "enum_campaigns_kpis_periodstart_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"period_end" timestamp(3) with time zone,
  	"periodend_tz" "enum_campaigns_kpis_periodend_tz" DEFAULT 'Asia/Ho_Chi_Minh'
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"code" varchar NOT NULL,
  	"status" "enum_campaigns_status" DEFAULT 'planned' NOT NULL,
  	"period_start" timestamp(3) with time zone NOT NULL,
  	"period_start_tz" "enum_campaigns_period_start_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"period_end" timestamp(3) with time zone NOT NULL,
  	"period_end_tz" "enum_campaigns_period_end_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"question_deadline_working_days" numeric,
  	"approval_policy_required_approvals" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_locales" (
  	"name" varchar NOT NULL,
  	"pillar" varchar,
  	"objectives" varchar,
  	"search" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "reports_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_reports_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "reports_workflow_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" integer,
  	"at" timestamp(3) with time zone,
  	"at_tz" "enum_reports_workflow_approvals_at_tz" DEFAULT 'Asia/Ho_Chi_Minh'
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"campaign_id" integer,
  	"hero_image_id" integer,
  	"kind" "enum_reports_kind" DEFAULT 'news',
  	"video_url" varchar,
  	"source" varchar,
  	"internal_notes" varchar,
  	"workflow_stage" "enum_reports_workflow_stage" DEFAULT 'draft',
  	"workflow_waiting_for" "enum_reports_workflow_waiting_for",
  	"workflow_last_edited_by_id" integer,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_submittedat_tz" "enum_reports_workflow_submittedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"workflow_stage_changed_at" timestamp(3) with time zone,
  	"workflow_stagechangedat_tz" "enum_reports_workflow_stagechangedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"publish_at" timestamp(3) with time zone,
  	"publishat_tz" "enum_reports_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"unpublish_at" timestamp(3) with time zone,
  	"unpublishat_tz" "enum_reports_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"schedule_override" boolean DEFAULT false,
  	"proposed_publish_at" timestamp(3) with time zone,
  	"proposedpublishat_tz" "enum_reports_proposedpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"proposed_unpublish_at" timestamp(3) with time zone,
  	"proposedunpublishat_tz" "enum_reports_proposedunpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"publish_at_set_by_id" integer,
  	"unpublish_at_set_by_id" integer,
  	"first_published_at" timestamp(3) with time zone,
  	"firstpublishedat_tz" "enum_reports_firstpublishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"bulletin_script" varchar,
  	"bulletin_audio_id" integer,
  	"bulletin_priority" "enum_reports_bulletin_priority" DEFAULT 'ordinary',
  	"bulletin_duration_seconds" numeric,
  	"bulletin_synthesis_status" "enum_reports_bulletin_synthesis_status" DEFAULT 'none',
  	"bulletin_synthesis_error" varchar,
  	"bulletin_alert_template_id" integer,
  	"bulletin_alert_issued_by_id" integer,
  	"bulletin_alert_issued_at" timestamp(3) with time zone,
  	"bulletin_alert_issuedat_tz" "enum_reports_bulletin_alert_issuedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"bulletin_alert_approved_by_id" integer,
  	"bulletin_alert_approved_at" timestamp(3) with time zone,
  	"bulletin_alert_approvedat_tz" "enum_reports_bulletin_alert_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "reports_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"search" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "reports_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "_reports_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__reports_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_reports_v_version_workflow_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"reviewer_id" integer,
  	"at" timestamp(3) with time zone,
  	"at_tz" "enum__reports_v_version_workflow_approvals_at_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_campaign_id" integer,
  	"version_hero_image_id" integer,
  	"version_kind" "enum__reports_v_version_kind" DEFAULT 'news',
  	"version_video_url" varchar,
  	"version_source" varchar,
  	"version_internal_notes" varchar,
  	"version_workflow_stage" "enum__reports_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_waiting_for" "enum__reports_v_version_workflow_waiting_for",
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_submittedat_tz" "enum__reports_v_version_workflow_submittedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_workflow_stage_changed_at" timestamp(3) with time zone,
  	"version_workflow_stagechangedat_tz" "enum__reports_v_version_workflow_stagechangedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_publishat_tz" "enum__reports_v_version_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_unpublishat_tz" "enum__reports_v_version_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_schedule_override" boolean DEFAULT false,
  	"version_proposed_publish_at" timestamp(3) with time zone,
  	"version_proposedpublishat_tz" "enum__reports_v_version_proposedpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_proposed_unpublish_at" timestamp(3) with time zone,
  	"version_proposedunpublishat_tz" "enum__reports_v_version_proposedunpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_publish_at_set_by_id" integer,
  	"version_unpublish_at_set_by_id" integer,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_firstpublishedat_tz" "enum__reports_v_version_firstpublishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_bulletin_script" varchar,
  	"version_bulletin_audio_id" integer,
  	"version_bulletin_priority" "enum__reports_v_version_bulletin_priority" DEFAULT 'ordinary',
  	"version_bulletin_duration_seconds" numeric,
  	"version_bulletin_synthesis_status" "enum__reports_v_version_bulletin_synthesis_status" DEFAULT 'none',
  	"version_bulletin_synthesis_error" varchar,
  	"version_bulletin_alert_template_id" integer,
  	"version_bulletin_alert_issued_by_id" integer,
  	"version_bulletin_alert_issued_at" timestamp(3) with time zone,
  	"version_bulletin_alert_issuedat_tz" "enum__reports_v_version_bulletin_alert_issuedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_bulletin_alert_approved_by_id" integer,
  	"version_bulletin_alert_approved_at" timestamp(3) with time zone,
  	"version_bulletin_alert_approvedat_tz" "enum__reports_v_version_bulletin_alert_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__reports_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_reports_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_search" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_reports_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "features_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_features_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "features_workflow_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" integer,
  	"at" timestamp(3) with time zone,
  	"at_tz" "enum_features_workflow_approvals_at_tz" DEFAULT 'Asia/Ho_Chi_Minh'
  );
  
  CREATE TABLE "features" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"campaign_id" integer,
  	"hero_image_id" integer,
  	"internal_notes" varchar,
  	"workflow_stage" "enum_features_workflow_stage" DEFAULT 'draft',
  	"workflow_waiting_for" "enum_features_workflow_waiting_for",
  	"workflow_last_edited_by_id" integer,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_submittedat_tz" "enum_features_workflow_submittedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"workflow_stage_changed_at" timestamp(3) with time zone,
  	"workflow_stagechangedat_tz" "enum_features_workflow_stagechangedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"publish_at" timestamp(3) with time zone,
  	"publishat_tz" "enum_features_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"unpublish_at" timestamp(3) with time zone,
  	"unpublishat_tz" "enum_features_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"schedule_override" boolean DEFAULT false,
  	"proposed_publish_at" timestamp(3) with time zone,
  	"proposedpublishat_tz" "enum_features_proposedpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"proposed_unpublish_at" timestamp(3) with time zone,
  	"proposedunpublishat_tz" "enum_features_proposedunpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"publish_at_set_by_id" integer,
  	"unpublish_at_set_by_id" integer,
  	"first_published_at" timestamp(3) with time zone,
  	"firstpublishedat_tz" "enum_features_firstpublishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"bulletin_script" varchar,
  	"bulletin_audio_id" integer,
  	"bulletin_priority" "enum_features_bulletin_priority" DEFAULT 'ordinary',
  	"bulletin_duration_seconds" numeric,
  	"bulletin_synthesis_status" "enum_features_bulletin_synthesis_status" DEFAULT 'none',
  	"bulletin_synthesis_error" varchar,
  	"bulletin_alert_template_id" integer,
  	"bulletin_alert_issued_by_id" integer,
  	"bulletin_alert_issued_at" timestamp(3) with time zone,
  	"bulletin_alert_issuedat_tz" "enum_features_bulletin_alert_issuedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"bulletin_alert_approved_by_id" integer,
  	"bulletin_alert_approved_at" timestamp(3) with time zone,
  	"bulletin_alert_approvedat_tz" "enum_features_bulletin_alert_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_features_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "features_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"column" varchar,
  	"search" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "features_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "features_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "_features_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__features_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_features_v_version_workflow_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"reviewer_id" integer,
  	"at" timestamp(3) with time zone,
  	"at_tz" "enum__features_v_version_workflow_approvals_at_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_features_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_campaign_id" integer,
  	"version_hero_image_id" integer,
  	"version_internal_notes" varchar,
  	"version_workflow_stage" "enum__features_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_waiting_for" "enum__features_v_version_workflow_waiting_for",
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_submittedat_tz" "enum__features_v_version_workflow_submittedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_workflow_stage_changed_at" timestamp(3) with time zone,
  	"version_workflow_stagechangedat_tz" "enum__features_v_version_workflow_stagechangedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_publishat_tz" "enum__features_v_version_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_unpublishat_tz" "enum__features_v_version_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_schedule_override" boolean DEFAULT false,
  	"version_proposed_publish_at" timestamp(3) with time zone,
  	"version_proposedpublishat_tz" "enum__features_v_version_proposedpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_proposed_unpublish_at" timestamp(3) with time zone,
  	"version_proposedunpublishat_tz" "enum__features_v_version_proposedunpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_publish_at_set_by_id" integer,
  	"version_unpublish_at_set_by_id" integer,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_firstpublishedat_tz" "enum__features_v_version_firstpublishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_bulletin_script" varchar,
  	"version_bulletin_audio_id" integer,
  	"version_bulletin_priority" "enum__features_v_version_bulletin_priority" DEFAULT 'ordinary',
  	"version_bulletin_duration_seconds" numeric,
  	"version_bulletin_synthesis_status" "enum__features_v_version_bulletin_synthesis_status" DEFAULT 'none',
  	"version_bulletin_synthesis_error" varchar,
  	"version_bulletin_alert_template_id" integer,
  	"version_bulletin_alert_issued_by_id" integer,
  	"version_bulletin_alert_issued_at" timestamp(3) with time zone,
  	"version_bulletin_alert_issuedat_tz" "enum__features_v_version_bulletin_alert_issuedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_bulletin_alert_approved_by_id" integer,
  	"version_bulletin_alert_approved_at" timestamp(3) with time zone,
  	"version_bulletin_alert_approvedat_tz" "enum__features_v_version_bulletin_alert_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__features_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__features_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_features_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_column" varchar,
  	"version_search" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_features_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_features_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "workshops_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "workshops_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_workshops_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "workshops_workflow_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" integer,
  	"at" timestamp(3) with time zone,
  	"at_tz" "enum_workshops_workflow_approvals_at_tz" DEFAULT 'Asia/Ho_Chi_Minh'
  );
  
  CREATE TABLE "workshops" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"campaign_id" integer,
  	"hero_image_id" integer,
  	"kind" "enum_workshops_kind" DEFAULT 'seminar',
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_workshops_startsat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_workshops_endsat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"online_url" varchar,
  	"capacity" numeric,
  	"registration_opens_at" timestamp(3) with time zone,
  	"registrationopensat_tz" "enum_workshops_registrationopensat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"registration_closes_at" timestamp(3) with time zone,
  	"registrationclosesat_tz" "enum_workshops_registrationclosesat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"internal_notes" varchar,
  	"workflow_stage" "enum_workshops_workflow_stage" DEFAULT 'draft',
  	"workflow_waiting_for" "enum_workshops_workflow_waiting_for",
  	"workflow_last_edited_by_id" integer,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_submittedat_tz" "enum_workshops_workflow_submittedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"workflow_stage_changed_at" timestamp(3) with time zone,
  	"workflow_stagechangedat_tz" "enum_workshops_workflow_stagechangedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"publish_at" timestamp(3) with time zone,
  	"publishat_tz" "enum_workshops_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"unpublish_at" timestamp(3) with time zone,
  	"unpublishat_tz" "enum_workshops_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"schedule_override" boolean DEFAULT false,
  	"proposed_publish_at" timestamp(3) with time zone,
  	"proposedpublishat_tz" "enum_workshops_proposedpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"proposed_unpublish_at" timestamp(3) with time zone,
  	"proposedunpublishat_tz" "enum_workshops_proposedunpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"publish_at_set_by_id" integer,
  	"unpublish_at_set_by_id" integer,
  	"first_published_at" timestamp(3) with time zone,
  	"firstpublishedat_tz" "enum_workshops_firstpublishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"waitlist_enabled" boolean DEFAULT true,
  	"bulletin_script" varchar,
  	"bulletin_audio_id" integer,
  	"bulletin_priority" "enum_workshops_bulletin_priority" DEFAULT 'ordinary',
  	"bulletin_duration_seconds" numeric,
  	"bulletin_synthesis_status" "enum_workshops_bulletin_synthesis_status" DEFAULT 'none',
  	"bulletin_synthesis_error" varchar,
  	"bulletin_alert_template_id" integer,
  	"bulletin_alert_issued_by_id" integer,
  	"bulletin_alert_issued_at" timestamp(3) with time zone,
  	"bulletin_alert_issuedat_tz" "enum_workshops_bulletin_alert_issuedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"bulletin_alert_approved_by_id" integer,
  	"bulletin_alert_approved_at" timestamp(3) with time zone,
  	"bulletin_alert_approvedat_tz" "enum_workshops_bulletin_alert_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_workshops_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "workshops_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"venue" varchar,
  	"organizer" varchar,
  	"search" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "workshops_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "workshops_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "_workshops_v_version_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_workshops_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__workshops_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_workshops_v_version_workflow_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"reviewer_id" integer,
  	"at" timestamp(3) with time zone,
  	"at_tz" "enum__workshops_v_version_workflow_approvals_at_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_workshops_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_campaign_id" integer,
  	"version_hero_image_id" integer,
  	"version_kind" "enum__workshops_v_version_kind" DEFAULT 'seminar',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__workshops_v_version_startsat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__workshops_v_version_endsat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_online_url" varchar,
  	"version_capacity" numeric,
  	"version_registration_opens_at" timestamp(3) with time zone,
  	"version_registrationopensat_tz" "enum__workshops_v_version_registrationopensat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_registrationclosesat_tz" "enum__workshops_v_version_registrationclosesat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_internal_notes" varchar,
  	"version_workflow_stage" "enum__workshops_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_waiting_for" "enum__workshops_v_version_workflow_waiting_for",
  	"version_workflow_last_edited_by_id" integer,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_submittedat_tz" "enum__workshops_v_version_workflow_submittedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_workflow_stage_changed_at" timestamp(3) with time zone,
  	"version_workflow_stagechangedat_tz" "enum__workshops_v_version_workflow_stagechangedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_publishat_tz" "enum__workshops_v_version_publishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_unpublishat_tz" "enum__workshops_v_version_unpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_schedule_override" boolean DEFAULT false,
  	"version_proposed_publish_at" timestamp(3) with time zone,
  	"version_proposedpublishat_tz" "enum__workshops_v_version_proposedpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_proposed_unpublish_at" timestamp(3) with time zone,
  	"version_proposedunpublishat_tz" "enum__workshops_v_version_proposedunpublishat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_publish_at_set_by_id" integer,
  	"version_unpublish_at_set_by_id" integer,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_firstpublishedat_tz" "enum__workshops_v_version_firstpublishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_waitlist_enabled" boolean DEFAULT true,
  	"version_bulletin_script" varchar,
  	"version_bulletin_audio_id" integer,
  	"version_bulletin_priority" "enum__workshops_v_version_bulletin_priority" DEFAULT 'ordinary',
  	"version_bulletin_duration_seconds" numeric,
  	"version_bulletin_synthesis_status" "enum__workshops_v_version_bulletin_synthesis_status" DEFAULT 'none',
  	"version_bulletin_synthesis_error" varchar,
  	"version_bulletin_alert_template_id" integer,
  	"version_bulletin_alert_issued_by_id" integer,
  	"version_bulletin_alert_issued_at" timestamp(3) with time zone,
  	"version_bulletin_alert_issuedat_tz" "enum__workshops_v_version_bulletin_alert_issuedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_bulletin_alert_approved_by_id" integer,
  	"version_bulletin_alert_approved_at" timestamp(3) with time zone,
  	"version_bulletin_alert_approvedat_tz" "enum__workshops_v_version_bulletin_alert_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__workshops_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__workshops_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_workshops_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_venue" varchar,
  	"version_organizer" varchar,
  	"version_search" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_workshops_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_workshops_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar,
  	"sizes_portal_hero_url" varchar,
  	"sizes_portal_hero_width" numeric,
  	"sizes_portal_hero_height" numeric,
  	"sizes_portal_hero_mime_type" varchar,
  	"sizes_portal_hero_filesize" numeric,
  	"sizes_portal_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"display_name" varchar NOT NULL,
  	"unit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer,
  	"from" "enum_review_events_from",
  	"to" "enum_review_events_to" NOT NULL,
  	"action" "enum_review_events_action" NOT NULL,
  	"actor_id" integer,
  	"system_actor" varchar,
  	"on_behalf_of_id" integer,
  	"note" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"at_tz" "enum_review_events_at_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reports_id" integer,
  	"features_id" integer,
  	"workshops_id" integer
  );
  
  CREATE TABLE "schedule_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"claim_key" varchar,
  	"item_collection" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"action" "enum_schedule_runs_action" NOT NULL,
  	"status" "enum_schedule_runs_status" NOT NULL,
  	"due_at" timestamp(3) with time zone,
  	"dueat_tz" "enum_schedule_runs_dueat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"ran_at" timestamp(3) with time zone,
  	"ranat_tz" "enum_schedule_runs_ranat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"note" varchar,
  	"worker" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "channels_content_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_channels_content_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "channels_radio_programme_slots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start" varchar,
  	"end" varchar
  );
  
  CREATE TABLE "channels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_channels_kind" NOT NULL,
  	"endpoint" varchar,
  	"secret" varchar,
  	"username" varchar,
  	"application_password" varchar,
  	"recipients" varchar,
  	"emergency" boolean DEFAULT false,
  	"enabled" boolean DEFAULT true,
  	"disabled_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "channels_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"campaigns_id" integer
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_key" varchar NOT NULL,
  	"campaign_id" integer,
  	"channel_id" integer NOT NULL,
  	"action" "enum_deliveries_action" NOT NULL,
  	"status" "enum_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"priority" numeric DEFAULT 0,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"nextattemptat_tz" "enum_deliveries_nextattemptat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"lease_expires_at" timestamp(3) with time zone,
  	"leaseexpiresat_tz" "enum_deliveries_leaseexpiresat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"lease_token" varchar,
  	"last_attempt_at" timestamp(3) with time zone,
  	"lastattemptat_tz" "enum_deliveries_lastattemptat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"delivered_at" timestamp(3) with time zone,
  	"deliveredat_tz" "enum_deliveries_deliveredat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"last_error" varchar,
  	"remote_id" varchar,
  	"remote_media_id" varchar,
  	"remote_url" varchar,
  	"webhook_id" varchar NOT NULL,
  	"content_hash" varchar,
  	"snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reports_id" integer,
  	"features_id" integer,
  	"workshops_id" integer
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workshop_id" integer NOT NULL,
  	"campaign_id" integer,
  	"full_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"organisation" varchar,
  	"audience_type" "enum_registrations_audience_type",
  	"status" "enum_registrations_status" DEFAULT 'confirmed' NOT NULL,
  	"attended_at" timestamp(3) with time zone,
  	"attendedat_tz" "enum_registrations_attendedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"cancelled_at" timestamp(3) with time zone,
  	"cancelledat_tz" "enum_registrations_cancelledat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"anonymised_at" timestamp(3) with time zone,
  	"anonymisedat_tz" "enum_registrations_anonymisedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"confirmation_sent_at" timestamp(3) with time zone,
  	"confirmationsentat_tz" "enum_registrations_confirmationsentat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"promotion_sent_at" timestamp(3) with time zone,
  	"promotionsentat_tz" "enum_registrations_promotionsentat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"cancel_token" varchar,
  	"active_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bulletin_audio" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum_bulletin_audio_source" DEFAULT 'recording' NOT NULL,
  	"duration_seconds" numeric,
  	"container" varchar,
  	"codec" varchar,
  	"sha256" varchar,
  	"script_sha256" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "airings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"receipt_id" varchar NOT NULL,
  	"channel" varchar NOT NULL,
  	"item_collection" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"area_id" integer NOT NULL,
  	"played_at" timestamp(3) with time zone NOT NULL,
  	"playedat_tz" "enum_airings_playedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"seconds" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alert_templates_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"required" boolean DEFAULT true
  );
  
  CREATE TABLE "alert_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"hazard" "enum_alert_templates_hazard" NOT NULL,
  	"title_template" varchar NOT NULL,
  	"script_template" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"public_name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"question" varchar NOT NULL,
  	"topic" varchar,
  	"campaign_id" integer,
  	"consent" boolean DEFAULT false NOT NULL,
  	"consent_at" timestamp(3) with time zone,
  	"consentat_tz" "enum_questions_consentat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"status" "enum_questions_status" DEFAULT 'received' NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"duedate_tz" "enum_questions_duedate_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"working_days" numeric NOT NULL,
  	"assignee_id" integer,
  	"assigned_unit" varchar,
  	"answer" varchar,
  	"answered_by_id" integer,
  	"approved_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_questions_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"answered_in_working_days" numeric,
  	"closed_reason" varchar,
  	"receipt_sent_at" timestamp(3) with time zone,
  	"receiptsentat_tz" "enum_questions_receiptsentat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"answer_sent_at" timestamp(3) with time zone,
  	"answersentat_tz" "enum_questions_answersentat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"due_soon_sent_at" timestamp(3) with time zone,
  	"duesoonsentat_tz" "enum_questions_duesoonsentat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"anonymised_at" timestamp(3) with time zone,
  	"anonymisedat_tz" "enum_questions_anonymisedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"overdue_sent_at" timestamp(3) with time zone,
  	"overduesentat_tz" "enum_questions_overduesentat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reports_id" integer,
  	"features_id" integer,
  	"workshops_id" integer
  );
  
  CREATE TABLE "question_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question_id" integer NOT NULL,
  	"action" "enum_question_events_action" NOT NULL,
  	"from_status" "enum_question_events_from_status",
  	"to_status" "enum_question_events_to_status" NOT NULL,
  	"actor_id" integer,
  	"note" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"at_tz" "enum_question_events_at_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "working_calendar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"kind" "enum_working_calendar_kind" NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_key" varchar NOT NULL,
  	"campaign_id" integer,
  	"helpful" boolean DEFAULT false NOT NULL,
  	"comment" varchar,
  	"comment_status" "enum_feedback_comment_status" DEFAULT 'none' NOT NULL,
  	"moderated_by_id" integer,
  	"moderated_at" timestamp(3) with time zone,
  	"moderatedat_tz" "enum_feedback_moderatedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reports_id" integer,
  	"features_id" integer,
  	"workshops_id" integer
  );
  
  CREATE TABLE "surveys_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"kind" "enum_surveys_questions_kind" NOT NULL
  );
  
  CREATE TABLE "surveys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"campaign_id" integer,
  	"is_open" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "surveys_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "survey_responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"survey_id" integer NOT NULL,
  	"wave" varchar NOT NULL,
  	"token_key" varchar NOT NULL,
  	"answers" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"campaigns_id" integer,
  	"reports_id" integer,
  	"features_id" integer,
  	"workshops_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"review_events_id" integer,
  	"schedule_runs_id" integer,
  	"channels_id" integer,
  	"deliveries_id" integer,
  	"registrations_id" integer,
  	"areas_id" integer,
  	"bulletin_audio_id" integer,
  	"airings_id" integer,
  	"alert_templates_id" integer,
  	"questions_id" integer,
  	"question_events_id" integer,
  	"working_calendar_id" integer,
  	"feedback_id" integer,
  	"surveys_id" integer,
  	"survey_responses_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "broadcast_settings_abbreviations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"short" varchar NOT NULL,
  	"spoken" varchar NOT NULL
  );
  
  CREATE TABLE "broadcast_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "campaigns_audiences" ADD CONSTRAINT "campaigns_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_members" ADD CONSTRAINT "campaigns_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_members" ADD CONSTRAINT "campaigns_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_kpis_content_types" ADD CONSTRAINT "campaigns_kpis_content_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns_kpis"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_kpis_manual_values" ADD CONSTRAINT "campaigns_kpis_manual_values_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_kpis_manual_values" ADD CONSTRAINT "campaigns_kpis_manual_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_kpis"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_kpis" ADD CONSTRAINT "campaigns_kpis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_audiences" ADD CONSTRAINT "reports_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_workflow_approvals" ADD CONSTRAINT "reports_workflow_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_workflow_approvals" ADD CONSTRAINT "reports_workflow_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_publish_at_set_by_id_users_id_fk" FOREIGN KEY ("publish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_unpublish_at_set_by_id_users_id_fk" FOREIGN KEY ("unpublish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_bulletin_audio_id_bulletin_audio_id_fk" FOREIGN KEY ("bulletin_audio_id") REFERENCES "public"."bulletin_audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_bulletin_alert_template_id_alert_templates_id_fk" FOREIGN KEY ("bulletin_alert_template_id") REFERENCES "public"."alert_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_bulletin_alert_issued_by_id_users_id_fk" FOREIGN KEY ("bulletin_alert_issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_bulletin_alert_approved_by_id_users_id_fk" FOREIGN KEY ("bulletin_alert_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_locales" ADD CONSTRAINT "reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_texts" ADD CONSTRAINT "reports_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_audiences" ADD CONSTRAINT "_reports_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_workflow_approvals" ADD CONSTRAINT "_reports_v_version_workflow_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_workflow_approvals" ADD CONSTRAINT "_reports_v_version_workflow_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_parent_id_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_publish_at_set_by_id_users_id_fk" FOREIGN KEY ("version_publish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_unpublish_at_set_by_id_users_id_fk" FOREIGN KEY ("version_unpublish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_bulletin_audio_id_bulletin_audio_id_fk" FOREIGN KEY ("version_bulletin_audio_id") REFERENCES "public"."bulletin_audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_bulletin_alert_template_id_alert_templates_id_fk" FOREIGN KEY ("version_bulletin_alert_template_id") REFERENCES "public"."alert_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_bulletin_alert_issued_by_id_users_id_fk" FOREIGN KEY ("version_bulletin_alert_issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_bulletin_alert_approved_by_id_users_id_fk" FOREIGN KEY ("version_bulletin_alert_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_locales" ADD CONSTRAINT "_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_texts" ADD CONSTRAINT "_reports_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_audiences" ADD CONSTRAINT "features_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_workflow_approvals" ADD CONSTRAINT "features_workflow_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features_workflow_approvals" ADD CONSTRAINT "features_workflow_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_publish_at_set_by_id_users_id_fk" FOREIGN KEY ("publish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_unpublish_at_set_by_id_users_id_fk" FOREIGN KEY ("unpublish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_bulletin_audio_id_bulletin_audio_id_fk" FOREIGN KEY ("bulletin_audio_id") REFERENCES "public"."bulletin_audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_bulletin_alert_template_id_alert_templates_id_fk" FOREIGN KEY ("bulletin_alert_template_id") REFERENCES "public"."alert_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_bulletin_alert_issued_by_id_users_id_fk" FOREIGN KEY ("bulletin_alert_issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features" ADD CONSTRAINT "features_bulletin_alert_approved_by_id_users_id_fk" FOREIGN KEY ("bulletin_alert_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "features_locales" ADD CONSTRAINT "features_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_texts" ADD CONSTRAINT "features_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "features_rels" ADD CONSTRAINT "features_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_version_audiences" ADD CONSTRAINT "_features_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_features_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_version_workflow_approvals" ADD CONSTRAINT "_features_v_version_workflow_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v_version_workflow_approvals" ADD CONSTRAINT "_features_v_version_workflow_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_features_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_parent_id_features_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."features"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_publish_at_set_by_id_users_id_fk" FOREIGN KEY ("version_publish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_unpublish_at_set_by_id_users_id_fk" FOREIGN KEY ("version_unpublish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_bulletin_audio_id_bulletin_audio_id_fk" FOREIGN KEY ("version_bulletin_audio_id") REFERENCES "public"."bulletin_audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_bulletin_alert_template_id_alert_templates_id_fk" FOREIGN KEY ("version_bulletin_alert_template_id") REFERENCES "public"."alert_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_bulletin_alert_issued_by_id_users_id_fk" FOREIGN KEY ("version_bulletin_alert_issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v" ADD CONSTRAINT "_features_v_version_bulletin_alert_approved_by_id_users_id_fk" FOREIGN KEY ("version_bulletin_alert_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_features_v_locales" ADD CONSTRAINT "_features_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_features_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_texts" ADD CONSTRAINT "_features_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_features_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_features_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_features_v_rels" ADD CONSTRAINT "_features_v_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshops_speakers" ADD CONSTRAINT "workshops_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshops_audiences" ADD CONSTRAINT "workshops_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshops_workflow_approvals" ADD CONSTRAINT "workshops_workflow_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops_workflow_approvals" ADD CONSTRAINT "workshops_workflow_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_publish_at_set_by_id_users_id_fk" FOREIGN KEY ("publish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_unpublish_at_set_by_id_users_id_fk" FOREIGN KEY ("unpublish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_bulletin_audio_id_bulletin_audio_id_fk" FOREIGN KEY ("bulletin_audio_id") REFERENCES "public"."bulletin_audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_bulletin_alert_template_id_alert_templates_id_fk" FOREIGN KEY ("bulletin_alert_template_id") REFERENCES "public"."alert_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_bulletin_alert_issued_by_id_users_id_fk" FOREIGN KEY ("bulletin_alert_issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_bulletin_alert_approved_by_id_users_id_fk" FOREIGN KEY ("bulletin_alert_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops_locales" ADD CONSTRAINT "workshops_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshops_texts" ADD CONSTRAINT "workshops_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshops_rels" ADD CONSTRAINT "workshops_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshops_rels" ADD CONSTRAINT "workshops_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshops_rels" ADD CONSTRAINT "workshops_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshops_v_version_speakers" ADD CONSTRAINT "_workshops_v_version_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workshops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshops_v_version_audiences" ADD CONSTRAINT "_workshops_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workshops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshops_v_version_workflow_approvals" ADD CONSTRAINT "_workshops_v_version_workflow_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v_version_workflow_approvals" ADD CONSTRAINT "_workshops_v_version_workflow_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workshops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_parent_id_workshops_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_version_publish_at_set_by_id_users_id_fk" FOREIGN KEY ("version_publish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_version_unpublish_at_set_by_id_users_id_fk" FOREIGN KEY ("version_unpublish_at_set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_version_bulletin_audio_id_bulletin_audio_id_fk" FOREIGN KEY ("version_bulletin_audio_id") REFERENCES "public"."bulletin_audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_version_bulletin_alert_template_id_alert_templates_id_fk" FOREIGN KEY ("version_bulletin_alert_template_id") REFERENCES "public"."alert_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_version_bulletin_alert_issued_by_id_users_id_fk" FOREIGN KEY ("version_bulletin_alert_issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v" ADD CONSTRAINT "_workshops_v_version_bulletin_alert_approved_by_id_users_id_fk" FOREIGN KEY ("version_bulletin_alert_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshops_v_locales" ADD CONSTRAINT "_workshops_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workshops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshops_v_texts" ADD CONSTRAINT "_workshops_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workshops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshops_v_rels" ADD CONSTRAINT "_workshops_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workshops_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshops_v_rels" ADD CONSTRAINT "_workshops_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshops_v_rels" ADD CONSTRAINT "_workshops_v_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_on_behalf_of_id_users_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_workshops_fk" FOREIGN KEY ("workshops_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channels_content_types" ADD CONSTRAINT "channels_content_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channels_radio_programme_slots" ADD CONSTRAINT "channels_radio_programme_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channels_rels" ADD CONSTRAINT "channels_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channels_rels" ADD CONSTRAINT "channels_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_workshops_fk" FOREIGN KEY ("workshops_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "airings" ADD CONSTRAINT "airings_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_templates_fields" ADD CONSTRAINT "alert_templates_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."alert_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_workshops_fk" FOREIGN KEY ("workshops_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "question_events" ADD CONSTRAINT "question_events_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "question_events" ADD CONSTRAINT "question_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_workshops_fk" FOREIGN KEY ("workshops_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_questions" ADD CONSTRAINT "surveys_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys" ADD CONSTRAINT "surveys_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "surveys_texts" ADD CONSTRAINT "surveys_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_features_fk" FOREIGN KEY ("features_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workshops_fk" FOREIGN KEY ("workshops_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_schedule_runs_fk" FOREIGN KEY ("schedule_runs_id") REFERENCES "public"."schedule_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulletin_audio_fk" FOREIGN KEY ("bulletin_audio_id") REFERENCES "public"."bulletin_audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_airings_fk" FOREIGN KEY ("airings_id") REFERENCES "public"."airings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_templates_fk" FOREIGN KEY ("alert_templates_id") REFERENCES "public"."alert_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_question_events_fk" FOREIGN KEY ("question_events_id") REFERENCES "public"."question_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_working_calendar_fk" FOREIGN KEY ("working_calendar_id") REFERENCES "public"."working_calendar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_responses_fk" FOREIGN KEY ("survey_responses_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_settings_abbreviations" ADD CONSTRAINT "broadcast_settings_abbreviations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."broadcast_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_audiences_order_idx" ON "campaigns_audiences" USING btree ("order");
  CREATE INDEX "campaigns_audiences_parent_idx" ON "campaigns_audiences" USING btree ("parent_id");
  CREATE INDEX "campaigns_members_order_idx" ON "campaigns_members" USING btree ("_order");
  CREATE INDEX "campaigns_members_parent_id_idx" ON "campaigns_members" USING btree ("_parent_id");
  CREATE INDEX "campaigns_members_user_idx" ON "campaigns_members" USING btree ("user_id");
  CREATE INDEX "campaigns_kpis_content_types_order_idx" ON "campaigns_kpis_content_types" USING btree ("order");
  CREATE INDEX "campaigns_kpis_content_types_parent_idx" ON "campaigns_kpis_content_types" USING btree ("parent_id");
  CREATE INDEX "campaigns_kpis_manual_values_order_idx" ON "campaigns_kpis_manual_values" USING btree ("_order");
  CREATE INDEX "campaigns_kpis_manual_values_parent_id_idx" ON "campaigns_kpis_manual_values" USING btree ("_parent_id");
  CREATE INDEX "campaigns_kpis_manual_values_entered_by_idx" ON "campaigns_kpis_manual_values" USING btree ("entered_by_id");
  CREATE INDEX "campaigns_kpis_order_idx" ON "campaigns_kpis" USING btree ("_order");
  CREATE INDEX "campaigns_kpis_parent_id_idx" ON "campaigns_kpis" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE UNIQUE INDEX "campaigns_code_idx" ON "campaigns" USING btree ("code");
  CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_search_idx" ON "campaigns_locales" USING btree ("search","_locale");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_locales_parent_lookup_idx" ON "campaigns_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_locales_search_trgm_idx" ON "campaigns_locales" USING gin ("search" gin_trgm_ops);
  CREATE INDEX "reports_audiences_order_idx" ON "reports_audiences" USING btree ("order");
  CREATE INDEX "reports_audiences_parent_idx" ON "reports_audiences" USING btree ("parent_id");
  CREATE INDEX "reports_workflow_approvals_order_idx" ON "reports_workflow_approvals" USING btree ("_order");
  CREATE INDEX "reports_workflow_approvals_parent_id_idx" ON "reports_workflow_approvals" USING btree ("_parent_id");
  CREATE INDEX "reports_workflow_approvals_reviewer_idx" ON "reports_workflow_approvals" USING btree ("reviewer_id");
  CREATE UNIQUE INDEX "reports_slug_idx" ON "reports" USING btree ("slug");
  CREATE INDEX "reports_campaign_idx" ON "reports" USING btree ("campaign_id");
  CREATE INDEX "reports_hero_image_idx" ON "reports" USING btree ("hero_image_id");
  CREATE INDEX "reports_workflow_workflow_stage_idx" ON "reports" USING btree ("workflow_stage");
  CREATE INDEX "reports_workflow_workflow_last_edited_by_idx" ON "reports" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "reports_workflow_workflow_stage_changed_at_idx" ON "reports" USING btree ("workflow_stage_changed_at");
  CREATE INDEX "reports_publish_at_idx" ON "reports" USING btree ("publish_at");
  CREATE INDEX "reports_unpublish_at_idx" ON "reports" USING btree ("unpublish_at");
  CREATE INDEX "reports_publish_at_set_by_idx" ON "reports" USING btree ("publish_at_set_by_id");
  CREATE INDEX "reports_unpublish_at_set_by_idx" ON "reports" USING btree ("unpublish_at_set_by_id");
  CREATE INDEX "reports_first_published_at_idx" ON "reports" USING btree ("first_published_at");
  CREATE INDEX "reports_bulletin_bulletin_audio_idx" ON "reports" USING btree ("bulletin_audio_id");
  CREATE INDEX "reports_bulletin_alert_bulletin_alert_template_idx" ON "reports" USING btree ("bulletin_alert_template_id");
  CREATE INDEX "reports_bulletin_alert_bulletin_alert_issued_by_idx" ON "reports" USING btree ("bulletin_alert_issued_by_id");
  CREATE INDEX "reports_bulletin_alert_bulletin_alert_approved_by_idx" ON "reports" USING btree ("bulletin_alert_approved_by_id");
  CREATE INDEX "reports_bulletin_alert_bulletin_alert_approved_at_idx" ON "reports" USING btree ("bulletin_alert_approved_at");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "reports__status_idx" ON "reports" USING btree ("_status");
  CREATE INDEX "reports_status_created_at_idx" ON "reports" USING btree ("_status","created_at");
  CREATE INDEX "reports_status_first_published_at_idx" ON "reports" USING btree ("_status","first_published_at");
  CREATE INDEX "reports_campaign_status_created_at_idx" ON "reports" USING btree ("campaign_id","_status","created_at");
  CREATE INDEX "reports_campaign_status_first_published_at_idx" ON "reports" USING btree ("campaign_id","_status","first_published_at");
  CREATE INDEX "reports_search_idx" ON "reports_locales" USING btree ("search","_locale");
  CREATE UNIQUE INDEX "reports_locales_locale_parent_id_unique" ON "reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "reports_locales_parent_lookup_idx" ON "reports_locales" USING btree ("_parent_id");
  CREATE INDEX "reports_locales_search_trgm_idx" ON "reports_locales" USING gin ("search" gin_trgm_ops);
  CREATE INDEX "reports_texts_order_parent" ON "reports_texts" USING btree ("order","parent_id");
  CREATE INDEX "reports_texts_parent_lookup_idx" ON "reports_texts" USING btree ("parent_id");
  CREATE INDEX "reports_rels_order_idx" ON "reports_rels" USING btree ("order");
  CREATE INDEX "reports_rels_parent_idx" ON "reports_rels" USING btree ("parent_id");
  CREATE INDEX "reports_rels_path_idx" ON "reports_rels" USING btree ("path");
  CREATE INDEX "reports_rels_users_id_idx" ON "reports_rels" USING btree ("users_id");
  CREATE INDEX "reports_rels_areas_id_idx" ON "reports_rels" USING btree ("areas_id");
  CREATE INDEX "_reports_v_version_audiences_order_idx" ON "_reports_v_version_audiences" USING btree ("order");
  CREATE INDEX "_reports_v_version_audiences_parent_idx" ON "_reports_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_reports_v_version_workflow_approvals_order_idx" ON "_reports_v_version_workflow_approvals" USING btree ("_order");
  CREATE INDEX "_reports_v_version_workflow_approvals_parent_id_idx" ON "_reports_v_version_workflow_approvals" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_workflow_approvals_reviewer_idx" ON "_reports_v_version_workflow_approvals" USING btree ("reviewer_id");
  CREATE INDEX "_reports_v_parent_idx" ON "_reports_v" USING btree ("parent_id");
  CREATE INDEX "_reports_v_version_version_slug_idx" ON "_reports_v" USING btree ("version_slug");
  CREATE INDEX "_reports_v_version_version_campaign_idx" ON "_reports_v" USING btree ("version_campaign_id");
  CREATE INDEX "_reports_v_version_version_hero_image_idx" ON "_reports_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_stage_idx" ON "_reports_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_last_edited_idx" ON "_reports_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_stage_chang_idx" ON "_reports_v" USING btree ("version_workflow_stage_changed_at");
  CREATE INDEX "_reports_v_version_version_publish_at_idx" ON "_reports_v" USING btree ("version_publish_at");
  CREATE INDEX "_reports_v_version_version_unpublish_at_idx" ON "_reports_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_reports_v_version_version_publish_at_set_by_idx" ON "_reports_v" USING btree ("version_publish_at_set_by_id");
  CREATE INDEX "_reports_v_version_version_unpublish_at_set_by_idx" ON "_reports_v" USING btree ("version_unpublish_at_set_by_id");
  CREATE INDEX "_reports_v_version_version_first_published_at_idx" ON "_reports_v" USING btree ("version_first_published_at");
  CREATE INDEX "_reports_v_version_bulletin_version_bulletin_audio_idx" ON "_reports_v" USING btree ("version_bulletin_audio_id");
  CREATE INDEX "_reports_v_version_bulletin_alert_version_bulletin_alert_idx" ON "_reports_v" USING btree ("version_bulletin_alert_template_id");
  CREATE INDEX "_reports_v_version_bulletin_alert_version_bulletin_ale_1_idx" ON "_reports_v" USING btree ("version_bulletin_alert_issued_by_id");
  CREATE INDEX "_reports_v_version_bulletin_alert_version_bulletin_ale_2_idx" ON "_reports_v" USING btree ("version_bulletin_alert_approved_by_id");
  CREATE INDEX "_reports_v_version_bulletin_alert_version_bulletin_ale_3_idx" ON "_reports_v" USING btree ("version_bulletin_alert_approved_at");
  CREATE INDEX "_reports_v_version_version_updated_at_idx" ON "_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_reports_v_version_version_created_at_idx" ON "_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_reports_v_version_version__status_idx" ON "_reports_v" USING btree ("version__status");
  CREATE INDEX "_reports_v_created_at_idx" ON "_reports_v" USING btree ("created_at");
  CREATE INDEX "_reports_v_updated_at_idx" ON "_reports_v" USING btree ("updated_at");
  CREATE INDEX "_reports_v_snapshot_idx" ON "_reports_v" USING btree ("snapshot");
  CREATE INDEX "_reports_v_published_locale_idx" ON "_reports_v" USING btree ("published_locale");
  CREATE INDEX "_reports_v_latest_idx" ON "_reports_v" USING btree ("latest");
  CREATE INDEX "_reports_v_version_version_search_idx" ON "_reports_v_locales" USING btree ("version_search","_locale");
  CREATE UNIQUE INDEX "_reports_v_locales_locale_parent_id_unique" ON "_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_reports_v_locales_parent_lookup_idx" ON "_reports_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_locales_version_search_trgm_idx" ON "_reports_v_locales" USING gin ("version_search" gin_trgm_ops);
  CREATE INDEX "_reports_v_texts_order_parent" ON "_reports_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_reports_v_texts_parent_lookup_idx" ON "_reports_v_texts" USING btree ("parent_id");
  CREATE INDEX "_reports_v_rels_order_idx" ON "_reports_v_rels" USING btree ("order");
  CREATE INDEX "_reports_v_rels_parent_idx" ON "_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_reports_v_rels_path_idx" ON "_reports_v_rels" USING btree ("path");
  CREATE INDEX "_reports_v_rels_users_id_idx" ON "_reports_v_rels" USING btree ("users_id");
  CREATE INDEX "_reports_v_rels_areas_id_idx" ON "_reports_v_rels" USING btree ("areas_id");
  CREATE INDEX "features_audiences_order_idx" ON "features_audiences" USING btree ("order");
  CREATE INDEX "features_audiences_parent_idx" ON "features_audiences" USING btree ("parent_id");
  CREATE INDEX "features_workflow_approvals_order_idx" ON "features_workflow_approvals" USING btree ("_order");
  CREATE INDEX "features_workflow_approvals_parent_id_idx" ON "features_workflow_approvals" USING btree ("_parent_id");
  CREATE INDEX "features_workflow_approvals_reviewer_idx" ON "features_workflow_approvals" USING btree ("reviewer_id");
  CREATE UNIQUE INDEX "features_slug_idx" ON "features" USING btree ("slug");
  CREATE INDEX "features_campaign_idx" ON "features" USING btree ("campaign_id");
  CREATE INDEX "features_hero_image_idx" ON "features" USING btree ("hero_image_id");
  CREATE INDEX "features_workflow_workflow_stage_idx" ON "features" USING btree ("workflow_stage");
  CREATE INDEX "features_workflow_workflow_last_edited_by_idx" ON "features" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "features_workflow_workflow_stage_changed_at_idx" ON "features" USING btree ("workflow_stage_changed_at");
  CREATE INDEX "features_publish_at_idx" ON "features" USING btree ("publish_at");
  CREATE INDEX "features_unpublish_at_idx" ON "features" USING btree ("unpublish_at");
  CREATE INDEX "features_publish_at_set_by_idx" ON "features" USING btree ("publish_at_set_by_id");
  CREATE INDEX "features_unpublish_at_set_by_idx" ON "features" USING btree ("unpublish_at_set_by_id");
  CREATE INDEX "features_first_published_at_idx" ON "features" USING btree ("first_published_at");
  CREATE INDEX "features_bulletin_bulletin_audio_idx" ON "features" USING btree ("bulletin_audio_id");
  CREATE INDEX "features_bulletin_alert_bulletin_alert_template_idx" ON "features" USING btree ("bulletin_alert_template_id");
  CREATE INDEX "features_bulletin_alert_bulletin_alert_issued_by_idx" ON "features" USING btree ("bulletin_alert_issued_by_id");
  CREATE INDEX "features_bulletin_alert_bulletin_alert_approved_by_idx" ON "features" USING btree ("bulletin_alert_approved_by_id");
  CREATE INDEX "features_bulletin_alert_bulletin_alert_approved_at_idx" ON "features" USING btree ("bulletin_alert_approved_at");
  CREATE INDEX "features_updated_at_idx" ON "features" USING btree ("updated_at");
  CREATE INDEX "features_created_at_idx" ON "features" USING btree ("created_at");
  CREATE INDEX "features__status_idx" ON "features" USING btree ("_status");
  CREATE INDEX "features_status_created_at_idx" ON "features" USING btree ("_status","created_at");
  CREATE INDEX "features_status_first_published_at_idx" ON "features" USING btree ("_status","first_published_at");
  CREATE INDEX "features_campaign_status_created_at_idx" ON "features" USING btree ("campaign_id","_status","created_at");
  CREATE INDEX "features_campaign_status_first_published_at_idx" ON "features" USING btree ("campaign_id","_status","first_published_at");
  CREATE INDEX "features_search_idx" ON "features_locales" USING btree ("search","_locale");
  CREATE UNIQUE INDEX "features_locales_locale_parent_id_unique" ON "features_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "features_locales_parent_lookup_idx" ON "features_locales" USING btree ("_parent_id");
  CREATE INDEX "features_locales_search_trgm_idx" ON "features_locales" USING gin ("search" gin_trgm_ops);
  CREATE INDEX "features_texts_order_parent" ON "features_texts" USING btree ("order","parent_id");
  CREATE INDEX "features_texts_parent_lookup_idx" ON "features_texts" USING btree ("parent_id");
  CREATE INDEX "features_rels_order_idx" ON "features_rels" USING btree ("order");
  CREATE INDEX "features_rels_parent_idx" ON "features_rels" USING btree ("parent_id");
  CREATE INDEX "features_rels_path_idx" ON "features_rels" USING btree ("path");
  CREATE INDEX "features_rels_users_id_idx" ON "features_rels" USING btree ("users_id");
  CREATE INDEX "features_rels_areas_id_idx" ON "features_rels" USING btree ("areas_id");
  CREATE INDEX "_features_v_version_audiences_order_idx" ON "_features_v_version_audiences" USING btree ("order");
  CREATE INDEX "_features_v_version_audiences_parent_idx" ON "_features_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_features_v_version_workflow_approvals_order_idx" ON "_features_v_version_workflow_approvals" USING btree ("_order");
  CREATE INDEX "_features_v_version_workflow_approvals_parent_id_idx" ON "_features_v_version_workflow_approvals" USING btree ("_parent_id");
  CREATE INDEX "_features_v_version_workflow_approvals_reviewer_idx" ON "_features_v_version_workflow_approvals" USING btree ("reviewer_id");
  CREATE INDEX "_features_v_parent_idx" ON "_features_v" USING btree ("parent_id");
  CREATE INDEX "_features_v_version_version_slug_idx" ON "_features_v" USING btree ("version_slug");
  CREATE INDEX "_features_v_version_version_campaign_idx" ON "_features_v" USING btree ("version_campaign_id");
  CREATE INDEX "_features_v_version_version_hero_image_idx" ON "_features_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_features_v_version_workflow_version_workflow_stage_idx" ON "_features_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_features_v_version_workflow_version_workflow_last_edite_idx" ON "_features_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_features_v_version_workflow_version_workflow_stage_chan_idx" ON "_features_v" USING btree ("version_workflow_stage_changed_at");
  CREATE INDEX "_features_v_version_version_publish_at_idx" ON "_features_v" USING btree ("version_publish_at");
  CREATE INDEX "_features_v_version_version_unpublish_at_idx" ON "_features_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_features_v_version_version_publish_at_set_by_idx" ON "_features_v" USING btree ("version_publish_at_set_by_id");
  CREATE INDEX "_features_v_version_version_unpublish_at_set_by_idx" ON "_features_v" USING btree ("version_unpublish_at_set_by_id");
  CREATE INDEX "_features_v_version_version_first_published_at_idx" ON "_features_v" USING btree ("version_first_published_at");
  CREATE INDEX "_features_v_version_bulletin_version_bulletin_audio_idx" ON "_features_v" USING btree ("version_bulletin_audio_id");
  CREATE INDEX "_features_v_version_bulletin_alert_version_bulletin_aler_idx" ON "_features_v" USING btree ("version_bulletin_alert_template_id");
  CREATE INDEX "_features_v_version_bulletin_alert_version_bulletin_al_1_idx" ON "_features_v" USING btree ("version_bulletin_alert_issued_by_id");
  CREATE INDEX "_features_v_version_bulletin_alert_version_bulletin_al_2_idx" ON "_features_v" USING btree ("version_bulletin_alert_approved_by_id");
  CREATE INDEX "_features_v_version_bulletin_alert_version_bulletin_al_3_idx" ON "_features_v" USING btree ("version_bulletin_alert_approved_at");
  CREATE INDEX "_features_v_version_version_updated_at_idx" ON "_features_v" USING btree ("version_updated_at");
  CREATE INDEX "_features_v_version_version_created_at_idx" ON "_features_v" USING btree ("version_created_at");
  CREATE INDEX "_features_v_version_version__status_idx" ON "_features_v" USING btree ("version__status");
  CREATE INDEX "_features_v_created_at_idx" ON "_features_v" USING btree ("created_at");
  CREATE INDEX "_features_v_updated_at_idx" ON "_features_v" USING btree ("updated_at");
  CREATE INDEX "_features_v_snapshot_idx" ON "_features_v" USING btree ("snapshot");
  CREATE INDEX "_features_v_published_locale_idx" ON "_features_v" USING btree ("published_locale");
  CREATE INDEX "_features_v_latest_idx" ON "_features_v" USING btree ("latest");
  CREATE INDEX "_features_v_version_version_search_idx" ON "_features_v_locales" USING btree ("version_search","_locale");
  CREATE UNIQUE INDEX "_features_v_locales_locale_parent_id_unique" ON "_features_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_features_v_locales_parent_lookup_idx" ON "_features_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_features_v_locales_version_search_trgm_idx" ON "_features_v_locales" USING gin ("version_search" gin_trgm_ops);
  CREATE INDEX "_features_v_texts_order_parent" ON "_features_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_features_v_texts_parent_lookup_idx" ON "_features_v_texts" USING btree ("parent_id");
  CREATE INDEX "_features_v_rels_order_idx" ON "_features_v_rels" USING btree ("order");
  CREATE INDEX "_features_v_rels_parent_idx" ON "_features_v_rels" USING btree ("parent_id");
  CREATE INDEX "_features_v_rels_path_idx" ON "_features_v_rels" USING btree ("path");
  CREATE INDEX "_features_v_rels_users_id_idx" ON "_features_v_rels" USING btree ("users_id");
  CREATE INDEX "_features_v_rels_areas_id_idx" ON "_features_v_rels" USING btree ("areas_id");
  CREATE INDEX "workshops_speakers_order_idx" ON "workshops_speakers" USING btree ("_order");
  CREATE INDEX "workshops_speakers_parent_id_idx" ON "workshops_speakers" USING btree ("_parent_id");
  CREATE INDEX "workshops_audiences_order_idx" ON "workshops_audiences" USING btree ("order");
  CREATE INDEX "workshops_audiences_parent_idx" ON "workshops_audiences" USING btree ("parent_id");
  CREATE INDEX "workshops_workflow_approvals_order_idx" ON "workshops_workflow_approvals" USING btree ("_order");
  CREATE INDEX "workshops_workflow_approvals_parent_id_idx" ON "workshops_workflow_approvals" USING btree ("_parent_id");
  CREATE INDEX "workshops_workflow_approvals_reviewer_idx" ON "workshops_workflow_approvals" USING btree ("reviewer_id");
  CREATE UNIQUE INDEX "workshops_slug_idx" ON "workshops" USING btree ("slug");
  CREATE INDEX "workshops_campaign_idx" ON "workshops" USING btree ("campaign_id");
  CREATE INDEX "workshops_hero_image_idx" ON "workshops" USING btree ("hero_image_id");
  CREATE INDEX "workshops_starts_at_idx" ON "workshops" USING btree ("starts_at");
  CREATE INDEX "workshops_workflow_workflow_stage_idx" ON "workshops" USING btree ("workflow_stage");
  CREATE INDEX "workshops_workflow_workflow_last_edited_by_idx" ON "workshops" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "workshops_workflow_workflow_stage_changed_at_idx" ON "workshops" USING btree ("workflow_stage_changed_at");
  CREATE INDEX "workshops_publish_at_idx" ON "workshops" USING btree ("publish_at");
  CREATE INDEX "workshops_unpublish_at_idx" ON "workshops" USING btree ("unpublish_at");
  CREATE INDEX "workshops_publish_at_set_by_idx" ON "workshops" USING btree ("publish_at_set_by_id");
  CREATE INDEX "workshops_unpublish_at_set_by_idx" ON "workshops" USING btree ("unpublish_at_set_by_id");
  CREATE INDEX "workshops_first_published_at_idx" ON "workshops" USING btree ("first_published_at");
  CREATE INDEX "workshops_bulletin_bulletin_audio_idx" ON "workshops" USING btree ("bulletin_audio_id");
  CREATE INDEX "workshops_bulletin_alert_bulletin_alert_template_idx" ON "workshops" USING btree ("bulletin_alert_template_id");
  CREATE INDEX "workshops_bulletin_alert_bulletin_alert_issued_by_idx" ON "workshops" USING btree ("bulletin_alert_issued_by_id");
  CREATE INDEX "workshops_bulletin_alert_bulletin_alert_approved_by_idx" ON "workshops" USING btree ("bulletin_alert_approved_by_id");
  CREATE INDEX "workshops_bulletin_alert_bulletin_alert_approved_at_idx" ON "workshops" USING btree ("bulletin_alert_approved_at");
  CREATE INDEX "workshops_updated_at_idx" ON "workshops" USING btree ("updated_at");
  CREATE INDEX "workshops_created_at_idx" ON "workshops" USING btree ("created_at");
  CREATE INDEX "workshops__status_idx" ON "workshops" USING btree ("_status");
  CREATE INDEX "workshops_status_created_at_idx" ON "workshops" USING btree ("_status","created_at");
  CREATE INDEX "workshops_status_first_published_at_idx" ON "workshops" USING btree ("_status","first_published_at");
  CREATE INDEX "workshops_campaign_status_created_at_idx" ON "workshops" USING btree ("campaign_id","_status","created_at");
  CREATE INDEX "workshops_campaign_status_first_published_at_idx" ON "workshops" USING btree ("campaign_id","_status","first_published_at");
  CREATE INDEX "workshops_search_idx" ON "workshops_locales" USING btree ("search","_locale");
  CREATE UNIQUE INDEX "workshops_locales_locale_parent_id_unique" ON "workshops_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "workshops_locales_parent_lookup_idx" ON "workshops_locales" USING btree ("_parent_id");
  CREATE INDEX "workshops_locales_search_trgm_idx" ON "workshops_locales" USING gin ("search" gin_trgm_ops);
  CREATE INDEX "workshops_texts_order_parent" ON "workshops_texts" USING btree ("order","parent_id");
  CREATE INDEX "workshops_texts_parent_lookup_idx" ON "workshops_texts" USING btree ("parent_id");
  CREATE INDEX "workshops_rels_order_idx" ON "workshops_rels" USING btree ("order");
  CREATE INDEX "workshops_rels_parent_idx" ON "workshops_rels" USING btree ("parent_id");
  CREATE INDEX "workshops_rels_path_idx" ON "workshops_rels" USING btree ("path");
  CREATE INDEX "workshops_rels_users_id_idx" ON "workshops_rels" USING btree ("users_id");
  CREATE INDEX "workshops_rels_areas_id_idx" ON "workshops_rels" USING btree ("areas_id");
  CREATE INDEX "_workshops_v_version_speakers_order_idx" ON "_workshops_v_version_speakers" USING btree ("_order");
  CREATE INDEX "_workshops_v_version_speakers_parent_id_idx" ON "_workshops_v_version_speakers" USING btree ("_parent_id");
  CREATE INDEX "_workshops_v_version_audiences_order_idx" ON "_workshops_v_version_audiences" USING btree ("order");
  CREATE INDEX "_workshops_v_version_audiences_parent_idx" ON "_workshops_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_workshops_v_version_workflow_approvals_order_idx" ON "_workshops_v_version_workflow_approvals" USING btree ("_order");
  CREATE INDEX "_workshops_v_version_workflow_approvals_parent_id_idx" ON "_workshops_v_version_workflow_approvals" USING btree ("_parent_id");
  CREATE INDEX "_workshops_v_version_workflow_approvals_reviewer_idx" ON "_workshops_v_version_workflow_approvals" USING btree ("reviewer_id");
  CREATE INDEX "_workshops_v_parent_idx" ON "_workshops_v" USING btree ("parent_id");
  CREATE INDEX "_workshops_v_version_version_slug_idx" ON "_workshops_v" USING btree ("version_slug");
  CREATE INDEX "_workshops_v_version_version_campaign_idx" ON "_workshops_v" USING btree ("version_campaign_id");
  CREATE INDEX "_workshops_v_version_version_hero_image_idx" ON "_workshops_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_workshops_v_version_version_starts_at_idx" ON "_workshops_v" USING btree ("version_starts_at");
  CREATE INDEX "_workshops_v_version_workflow_version_workflow_stage_idx" ON "_workshops_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_workshops_v_version_workflow_version_workflow_last_edit_idx" ON "_workshops_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_workshops_v_version_workflow_version_workflow_stage_cha_idx" ON "_workshops_v" USING btree ("version_workflow_stage_changed_at");
  CREATE INDEX "_workshops_v_version_version_publish_at_idx" ON "_workshops_v" USING btree ("version_publish_at");
  CREATE INDEX "_workshops_v_version_version_unpublish_at_idx" ON "_workshops_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_workshops_v_version_version_publish_at_set_by_idx" ON "_workshops_v" USING btree ("version_publish_at_set_by_id");
  CREATE INDEX "_workshops_v_version_version_unpublish_at_set_by_idx" ON "_workshops_v" USING btree ("version_unpublish_at_set_by_id");
  CREATE INDEX "_workshops_v_version_version_first_published_at_idx" ON "_workshops_v" USING btree ("version_first_published_at");
  CREATE INDEX "_workshops_v_version_bulletin_version_bulletin_audio_idx" ON "_workshops_v" USING btree ("version_bulletin_audio_id");
  CREATE INDEX "_workshops_v_version_bulletin_alert_version_bulletin_ale_idx" ON "_workshops_v" USING btree ("version_bulletin_alert_template_id");
  CREATE INDEX "_workshops_v_version_bulletin_alert_version_bulletin_a_1_idx" ON "_workshops_v" USING btree ("version_bulletin_alert_issued_by_id");
  CREATE INDEX "_workshops_v_version_bulletin_alert_version_bulletin_a_2_idx" ON "_workshops_v" USING btree ("version_bulletin_alert_approved_by_id");
  CREATE INDEX "_workshops_v_version_bulletin_alert_version_bulletin_a_3_idx" ON "_workshops_v" USING btree ("version_bulletin_alert_approved_at");
  CREATE INDEX "_workshops_v_version_version_updated_at_idx" ON "_workshops_v" USING btree ("version_updated_at");
  CREATE INDEX "_workshops_v_version_version_created_at_idx" ON "_workshops_v" USING btree ("version_created_at");
  CREATE INDEX "_workshops_v_version_version__status_idx" ON "_workshops_v" USING btree ("version__status");
  CREATE INDEX "_workshops_v_created_at_idx" ON "_workshops_v" USING btree ("created_at");
  CREATE INDEX "_workshops_v_updated_at_idx" ON "_workshops_v" USING btree ("updated_at");
  CREATE INDEX "_workshops_v_snapshot_idx" ON "_workshops_v" USING btree ("snapshot");
  CREATE INDEX "_workshops_v_published_locale_idx" ON "_workshops_v" USING btree ("published_locale");
  CREATE INDEX "_workshops_v_latest_idx" ON "_workshops_v" USING btree ("latest");
  CREATE INDEX "_workshops_v_version_version_search_idx" ON "_workshops_v_locales" USING btree ("version_search","_locale");
  CREATE UNIQUE INDEX "_workshops_v_locales_locale_parent_id_unique" ON "_workshops_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_workshops_v_locales_parent_lookup_idx" ON "_workshops_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_workshops_v_locales_version_search_trgm_idx" ON "_workshops_v_locales" USING gin ("version_search" gin_trgm_ops);
  CREATE INDEX "_workshops_v_texts_order_parent" ON "_workshops_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_workshops_v_texts_parent_lookup_idx" ON "_workshops_v_texts" USING btree ("parent_id");
  CREATE INDEX "_workshops_v_rels_order_idx" ON "_workshops_v_rels" USING btree ("order");
  CREATE INDEX "_workshops_v_rels_parent_idx" ON "_workshops_v_rels" USING btree ("parent_id");
  CREATE INDEX "_workshops_v_rels_path_idx" ON "_workshops_v_rels" USING btree ("path");
  CREATE INDEX "_workshops_v_rels_users_id_idx" ON "_workshops_v_rels" USING btree ("users_id");
  CREATE INDEX "_workshops_v_rels_areas_id_idx" ON "_workshops_v_rels" USING btree ("areas_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "media_sizes_portal_hero_sizes_portal_hero_filename_idx" ON "media" USING btree ("sizes_portal_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales_parent_lookup_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "review_events_campaign_idx" ON "review_events" USING btree ("campaign_id");
  CREATE INDEX "review_events_action_idx" ON "review_events" USING btree ("action");
  CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id");
  CREATE INDEX "review_events_on_behalf_of_idx" ON "review_events" USING btree ("on_behalf_of_id");
  CREATE INDEX "review_events_at_idx" ON "review_events" USING btree ("at");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE INDEX "review_events_rels_order_idx" ON "review_events_rels" USING btree ("order");
  CREATE INDEX "review_events_rels_parent_idx" ON "review_events_rels" USING btree ("parent_id");
  CREATE INDEX "review_events_rels_path_idx" ON "review_events_rels" USING btree ("path");
  CREATE INDEX "review_events_rels_reports_id_idx" ON "review_events_rels" USING btree ("reports_id");
  CREATE INDEX "review_events_rels_features_id_idx" ON "review_events_rels" USING btree ("features_id");
  CREATE INDEX "review_events_rels_workshops_id_idx" ON "review_events_rels" USING btree ("workshops_id");
  CREATE UNIQUE INDEX "schedule_runs_claim_key_idx" ON "schedule_runs" USING btree ("claim_key");
  CREATE INDEX "schedule_runs_item_collection_idx" ON "schedule_runs" USING btree ("item_collection");
  CREATE INDEX "schedule_runs_item_id_idx" ON "schedule_runs" USING btree ("item_id");
  CREATE INDEX "schedule_runs_status_idx" ON "schedule_runs" USING btree ("status");
  CREATE INDEX "schedule_runs_updated_at_idx" ON "schedule_runs" USING btree ("updated_at");
  CREATE INDEX "schedule_runs_created_at_idx" ON "schedule_runs" USING btree ("created_at");
  CREATE INDEX "channels_content_types_order_idx" ON "channels_content_types" USING btree ("order");
  CREATE INDEX "channels_content_types_parent_idx" ON "channels_content_types" USING btree ("parent_id");
  CREATE INDEX "channels_radio_programme_slots_order_idx" ON "channels_radio_programme_slots" USING btree ("_order");
  CREATE INDEX "channels_radio_programme_slots_parent_id_idx" ON "channels_radio_programme_slots" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "channels_slug_idx" ON "channels" USING btree ("slug");
  CREATE INDEX "channels_enabled_idx" ON "channels" USING btree ("enabled");
  CREATE INDEX "channels_updated_at_idx" ON "channels" USING btree ("updated_at");
  CREATE INDEX "channels_created_at_idx" ON "channels" USING btree ("created_at");
  CREATE INDEX "channels_rels_order_idx" ON "channels_rels" USING btree ("order");
  CREATE INDEX "channels_rels_parent_idx" ON "channels_rels" USING btree ("parent_id");
  CREATE INDEX "channels_rels_path_idx" ON "channels_rels" USING btree ("path");
  CREATE INDEX "channels_rels_campaigns_id_idx" ON "channels_rels" USING btree ("campaigns_id");
  CREATE INDEX "deliveries_item_key_idx" ON "deliveries" USING btree ("item_key");
  CREATE INDEX "deliveries_campaign_idx" ON "deliveries" USING btree ("campaign_id");
  CREATE INDEX "deliveries_channel_idx" ON "deliveries" USING btree ("channel_id");
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_priority_idx" ON "deliveries" USING btree ("priority");
  CREATE INDEX "deliveries_next_attempt_at_idx" ON "deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "deliveries_remote_id_idx" ON "deliveries" USING btree ("remote_id");
  CREATE UNIQUE INDEX "deliveries_webhook_id_idx" ON "deliveries" USING btree ("webhook_id");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE INDEX "deliveries_rels_order_idx" ON "deliveries_rels" USING btree ("order");
  CREATE INDEX "deliveries_rels_parent_idx" ON "deliveries_rels" USING btree ("parent_id");
  CREATE INDEX "deliveries_rels_path_idx" ON "deliveries_rels" USING btree ("path");
  CREATE INDEX "deliveries_rels_reports_id_idx" ON "deliveries_rels" USING btree ("reports_id");
  CREATE INDEX "deliveries_rels_features_id_idx" ON "deliveries_rels" USING btree ("features_id");
  CREATE INDEX "deliveries_rels_workshops_id_idx" ON "deliveries_rels" USING btree ("workshops_id");
  CREATE INDEX "registrations_workshop_idx" ON "registrations" USING btree ("workshop_id");
  CREATE INDEX "registrations_campaign_idx" ON "registrations" USING btree ("campaign_id");
  CREATE INDEX "registrations_email_idx" ON "registrations" USING btree ("email");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_anonymised_at_idx" ON "registrations" USING btree ("anonymised_at");
  CREATE UNIQUE INDEX "registrations_cancel_token_idx" ON "registrations" USING btree ("cancel_token");
  CREATE UNIQUE INDEX "registrations_active_key_idx" ON "registrations" USING btree ("active_key");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "areas_code_idx" ON "areas" USING btree ("code");
  CREATE INDEX "areas_updated_at_idx" ON "areas" USING btree ("updated_at");
  CREATE INDEX "areas_created_at_idx" ON "areas" USING btree ("created_at");
  CREATE INDEX "bulletin_audio_sha256_idx" ON "bulletin_audio" USING btree ("sha256");
  CREATE INDEX "bulletin_audio_script_sha256_idx" ON "bulletin_audio" USING btree ("script_sha256");
  CREATE INDEX "bulletin_audio_updated_at_idx" ON "bulletin_audio" USING btree ("updated_at");
  CREATE INDEX "bulletin_audio_created_at_idx" ON "bulletin_audio" USING btree ("created_at");
  CREATE UNIQUE INDEX "bulletin_audio_filename_idx" ON "bulletin_audio" USING btree ("filename");
  CREATE UNIQUE INDEX "airings_receipt_id_idx" ON "airings" USING btree ("receipt_id");
  CREATE INDEX "airings_item_collection_idx" ON "airings" USING btree ("item_collection");
  CREATE INDEX "airings_item_id_idx" ON "airings" USING btree ("item_id");
  CREATE INDEX "airings_area_idx" ON "airings" USING btree ("area_id");
  CREATE INDEX "airings_played_at_idx" ON "airings" USING btree ("played_at");
  CREATE INDEX "airings_updated_at_idx" ON "airings" USING btree ("updated_at");
  CREATE INDEX "airings_created_at_idx" ON "airings" USING btree ("created_at");
  CREATE INDEX "alert_templates_fields_order_idx" ON "alert_templates_fields" USING btree ("_order");
  CREATE INDEX "alert_templates_fields_parent_id_idx" ON "alert_templates_fields" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "alert_templates_name_idx" ON "alert_templates" USING btree ("name");
  CREATE INDEX "alert_templates_updated_at_idx" ON "alert_templates" USING btree ("updated_at");
  CREATE INDEX "alert_templates_created_at_idx" ON "alert_templates" USING btree ("created_at");
  CREATE UNIQUE INDEX "questions_code_idx" ON "questions" USING btree ("code");
  CREATE INDEX "questions_email_idx" ON "questions" USING btree ("email");
  CREATE INDEX "questions_phone_idx" ON "questions" USING btree ("phone");
  CREATE INDEX "questions_campaign_idx" ON "questions" USING btree ("campaign_id");
  CREATE INDEX "questions_status_idx" ON "questions" USING btree ("status");
  CREATE INDEX "questions_due_date_idx" ON "questions" USING btree ("due_date");
  CREATE INDEX "questions_assignee_idx" ON "questions" USING btree ("assignee_id");
  CREATE INDEX "questions_answered_by_idx" ON "questions" USING btree ("answered_by_id");
  CREATE INDEX "questions_approved_by_idx" ON "questions" USING btree ("approved_by_id");
  CREATE INDEX "questions_published_at_idx" ON "questions" USING btree ("published_at");
  CREATE INDEX "questions_anonymised_at_idx" ON "questions" USING btree ("anonymised_at");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions_rels_order_idx" ON "questions_rels" USING btree ("order");
  CREATE INDEX "questions_rels_parent_idx" ON "questions_rels" USING btree ("parent_id");
  CREATE INDEX "questions_rels_path_idx" ON "questions_rels" USING btree ("path");
  CREATE INDEX "questions_rels_reports_id_idx" ON "questions_rels" USING btree ("reports_id");
  CREATE INDEX "questions_rels_features_id_idx" ON "questions_rels" USING btree ("features_id");
  CREATE INDEX "questions_rels_workshops_id_idx" ON "questions_rels" USING btree ("workshops_id");
  CREATE INDEX "question_events_question_idx" ON "question_events" USING btree ("question_id");
  CREATE INDEX "question_events_actor_idx" ON "question_events" USING btree ("actor_id");
  CREATE INDEX "question_events_at_idx" ON "question_events" USING btree ("at");
  CREATE INDEX "question_events_updated_at_idx" ON "question_events" USING btree ("updated_at");
  CREATE INDEX "question_events_created_at_idx" ON "question_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "working_calendar_date_idx" ON "working_calendar" USING btree ("date");
  CREATE INDEX "working_calendar_updated_at_idx" ON "working_calendar" USING btree ("updated_at");
  CREATE INDEX "working_calendar_created_at_idx" ON "working_calendar" USING btree ("created_at");
  CREATE INDEX "feedback_item_key_idx" ON "feedback" USING btree ("item_key");
  CREATE INDEX "feedback_campaign_idx" ON "feedback" USING btree ("campaign_id");
  CREATE INDEX "feedback_comment_status_idx" ON "feedback" USING btree ("comment_status");
  CREATE INDEX "feedback_moderated_by_idx" ON "feedback" USING btree ("moderated_by_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "feedback_rels_order_idx" ON "feedback_rels" USING btree ("order");
  CREATE INDEX "feedback_rels_parent_idx" ON "feedback_rels" USING btree ("parent_id");
  CREATE INDEX "feedback_rels_path_idx" ON "feedback_rels" USING btree ("path");
  CREATE INDEX "feedback_rels_reports_id_idx" ON "feedback_rels" USING btree ("reports_id");
  CREATE INDEX "feedback_rels_features_id_idx" ON "feedback_rels" USING btree ("features_id");
  CREATE INDEX "feedback_rels_workshops_id_idx" ON "feedback_rels" USING btree ("workshops_id");
  CREATE INDEX "surveys_questions_order_idx" ON "surveys_questions" USING btree ("_order");
  CREATE INDEX "surveys_questions_parent_id_idx" ON "surveys_questions" USING btree ("_parent_id");
  CREATE INDEX "surveys_campaign_idx" ON "surveys" USING btree ("campaign_id");
  CREATE INDEX "surveys_updated_at_idx" ON "surveys" USING btree ("updated_at");
  CREATE INDEX "surveys_created_at_idx" ON "surveys" USING btree ("created_at");
  CREATE INDEX "surveys_texts_order_parent" ON "surveys_texts" USING btree ("order","parent_id");
  CREATE INDEX "surveys_texts_parent_lookup_idx" ON "surveys_texts" USING btree ("parent_id");
  CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id");
  CREATE INDEX "survey_responses_wave_idx" ON "survey_responses" USING btree ("wave");
  CREATE UNIQUE INDEX "survey_responses_token_key_idx" ON "survey_responses" USING btree ("token_key");
  CREATE INDEX "survey_responses_updated_at_idx" ON "survey_responses" USING btree ("updated_at");
  CREATE INDEX "survey_responses_created_at_idx" ON "survey_responses" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_features_id_idx" ON "payload_locked_documents_rels" USING btree ("features_id");
  CREATE INDEX "payload_locked_documents_rels_workshops_id_idx" ON "payload_locked_documents_rels" USING btree ("workshops_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");
  CREATE INDEX "payload_locked_documents_rels_schedule_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("schedule_runs_id");
  CREATE INDEX "payload_locked_documents_rels_channels_id_idx" ON "payload_locked_documents_rels" USING btree ("channels_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");
  CREATE INDEX "payload_locked_documents_rels_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("areas_id");
  CREATE INDEX "payload_locked_documents_rels_bulletin_audio_id_idx" ON "payload_locked_documents_rels" USING btree ("bulletin_audio_id");
  CREATE INDEX "payload_locked_documents_rels_airings_id_idx" ON "payload_locked_documents_rels" USING btree ("airings_id");
  CREATE INDEX "payload_locked_documents_rels_alert_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_templates_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_question_events_id_idx" ON "payload_locked_documents_rels" USING btree ("question_events_id");
  CREATE INDEX "payload_locked_documents_rels_working_calendar_id_idx" ON "payload_locked_documents_rels" USING btree ("working_calendar_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_surveys_id_idx" ON "payload_locked_documents_rels" USING btree ("surveys_id");
  CREATE INDEX "payload_locked_documents_rels_survey_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_responses_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "broadcast_settings_abbreviations_order_idx" ON "broadcast_settings_abbreviations" USING btree ("_order");
  CREATE INDEX "broadcast_settings_abbreviations_parent_id_idx" ON "broadcast_settings_abbreviations" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "campaigns_audiences" CASCADE;
  DROP TABLE "campaigns_members" CASCADE;
  DROP TABLE "campaigns_kpis_content_types" CASCADE;
  DROP TABLE "campaigns_kpis_manual_values" CASCADE;
  DROP TABLE "campaigns_kpis" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "reports_audiences" CASCADE;
  DROP TABLE "reports_workflow_approvals" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "reports_locales" CASCADE;
  DROP TABLE "reports_texts" CASCADE;
  DROP TABLE "reports_rels" CASCADE;
  DROP TABLE "_reports_v_version_audiences" CASCADE;
  DROP TABLE "_reports_v_version_workflow_approvals" CASCADE;
  DROP TABLE "_reports_v" CASCADE;
  DROP TABLE "_reports_v_locales" CASCADE;
  DROP TABLE "_reports_v_texts" CASCADE;
  DROP TABLE "_reports_v_rels" CASCADE;
  DROP TABLE "features_audiences" CASCADE;
  DROP TABLE "features_workflow_approvals" CASCADE;
  DROP TABLE "features" CASCADE;
  DROP TABLE "features_locales" CASCADE;
  DROP TABLE "features_texts" CASCADE;
  DROP TABLE "features_rels" CASCADE;
  DROP TABLE "_features_v_version_audiences" CASCADE;
  DROP TABLE "_features_v_version_workflow_approvals" CASCADE;
  DROP TABLE "_features_v" CASCADE;
  DROP TABLE "_features_v_locales" CASCADE;
  DROP TABLE "_features_v_texts" CASCADE;
  DROP TABLE "_features_v_rels" CASCADE;
  DROP TABLE "workshops_speakers" CASCADE;
  DROP TABLE "workshops_audiences" CASCADE;
  DROP TABLE "workshops_workflow_approvals" CASCADE;
  DROP TABLE "workshops" CASCADE;
  DROP TABLE "workshops_locales" CASCADE;
  DROP TABLE "workshops_texts" CASCADE;
  DROP TABLE "workshops_rels" CASCADE;
  DROP TABLE "_workshops_v_version_speakers" CASCADE;
  DROP TABLE "_workshops_v_version_audiences" CASCADE;
  DROP TABLE "_workshops_v_version_workflow_approvals" CASCADE;
  DROP TABLE "_workshops_v" CASCADE;
  DROP TABLE "_workshops_v_locales" CASCADE;
  DROP TABLE "_workshops_v_texts" CASCADE;
  DROP TABLE "_workshops_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "review_events_rels" CASCADE;
  DROP TABLE "schedule_runs" CASCADE;
  DROP TABLE "channels_content_types" CASCADE;
  DROP TABLE "channels_radio_programme_slots" CASCADE;
  DROP TABLE "channels" CASCADE;
  DROP TABLE "channels_rels" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "deliveries_rels" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "areas" CASCADE;
  DROP TABLE "bulletin_audio" CASCADE;
  DROP TABLE "airings" CASCADE;
  DROP TABLE "alert_templates_fields" CASCADE;
  DROP TABLE "alert_templates" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_rels" CASCADE;
  DROP TABLE "question_events" CASCADE;
  DROP TABLE "working_calendar" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "feedback_rels" CASCADE;
  DROP TABLE "surveys_questions" CASCADE;
  DROP TABLE "surveys" CASCADE;
  DROP TABLE "surveys_texts" CASCADE;
  DROP TABLE "survey_responses" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "broadcast_settings_abbreviations" CASCADE;
  DROP TABLE "broadcast_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_campaigns_audiences";
  DROP TYPE "public"."enum_campaigns_members_role";
  DROP TYPE "public"."enum_campaigns_kpis_content_types";
  DROP TYPE "public"."enum_campaigns_kpis_manual_values_at_tz";
  DROP TYPE "public"."enum_campaigns_kpis_manual_values_enteredat_tz";
  DROP TYPE "public"."enum_campaigns_kpis_metric";
  DROP TYPE "public"."enum_campaigns_kpis_periodstart_tz";
  DROP TYPE "public"."enum_campaigns_kpis_periodend_tz";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum_campaigns_period_start_tz";
  DROP TYPE "public"."enum_campaigns_period_end_tz";
  DROP TYPE "public"."enum_reports_audiences";
  DROP TYPE "public"."enum_reports_workflow_approvals_at_tz";
  DROP TYPE "public"."enum_reports_kind";
  DROP TYPE "public"."enum_reports_workflow_stage";
  DROP TYPE "public"."enum_reports_workflow_waiting_for";
  DROP TYPE "public"."enum_reports_workflow_submittedat_tz";
  DROP TYPE "public"."enum_reports_workflow_stagechangedat_tz";
  DROP TYPE "public"."enum_reports_publishat_tz";
  DROP TYPE "public"."enum_reports_unpublishat_tz";
  DROP TYPE "public"."enum_reports_proposedpublishat_tz";
  DROP TYPE "public"."enum_reports_proposedunpublishat_tz";
  DROP TYPE "public"."enum_reports_firstpublishedat_tz";
  DROP TYPE "public"."enum_reports_bulletin_priority";
  DROP TYPE "public"."enum_reports_bulletin_synthesis_status";
  DROP TYPE "public"."enum_reports_bulletin_alert_issuedat_tz";
  DROP TYPE "public"."enum_reports_bulletin_alert_approvedat_tz";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum__reports_v_version_audiences";
  DROP TYPE "public"."enum__reports_v_version_workflow_approvals_at_tz";
  DROP TYPE "public"."enum__reports_v_version_kind";
  DROP TYPE "public"."enum__reports_v_version_workflow_stage";
  DROP TYPE "public"."enum__reports_v_version_workflow_waiting_for";
  DROP TYPE "public"."enum__reports_v_version_workflow_submittedat_tz";
  DROP TYPE "public"."enum__reports_v_version_workflow_stagechangedat_tz";
  DROP TYPE "public"."enum__reports_v_version_publishat_tz";
  DROP TYPE "public"."enum__reports_v_version_unpublishat_tz";
  DROP TYPE "public"."enum__reports_v_version_proposedpublishat_tz";
  DROP TYPE "public"."enum__reports_v_version_proposedunpublishat_tz";
  DROP TYPE "public"."enum__reports_v_version_firstpublishedat_tz";
  DROP TYPE "public"."enum__reports_v_version_bulletin_priority";
  DROP TYPE "public"."enum__reports_v_version_bulletin_synthesis_status";
  DROP TYPE "public"."enum__reports_v_version_bulletin_alert_issuedat_tz";
  DROP TYPE "public"."enum__reports_v_version_bulletin_alert_approvedat_tz";
  DROP TYPE "public"."enum__reports_v_version_status";
  DROP TYPE "public"."enum__reports_v_published_locale";
  DROP TYPE "public"."enum_features_audiences";
  DROP TYPE "public"."enum_features_workflow_approvals_at_tz";
  DROP TYPE "public"."enum_features_workflow_stage";
  DROP TYPE "public"."enum_features_workflow_waiting_for";
  DROP TYPE "public"."enum_features_workflow_submittedat_tz";
  DROP TYPE "public"."enum_features_workflow_stagechangedat_tz";
  DROP TYPE "public"."enum_features_publishat_tz";
  DROP TYPE "public"."enum_features_unpublishat_tz";
  DROP TYPE "public"."enum_features_proposedpublishat_tz";
  DROP TYPE "public"."enum_features_proposedunpublishat_tz";
  DROP TYPE "public"."enum_features_firstpublishedat_tz";
  DROP TYPE "public"."enum_features_bulletin_priority";
  DROP TYPE "public"."enum_features_bulletin_synthesis_status";
  DROP TYPE "public"."enum_features_bulletin_alert_issuedat_tz";
  DROP TYPE "public"."enum_features_bulletin_alert_approvedat_tz";
  DROP TYPE "public"."enum_features_status";
  DROP TYPE "public"."enum__features_v_version_audiences";
  DROP TYPE "public"."enum__features_v_version_workflow_approvals_at_tz";
  DROP TYPE "public"."enum__features_v_version_workflow_stage";
  DROP TYPE "public"."enum__features_v_version_workflow_waiting_for";
  DROP TYPE "public"."enum__features_v_version_workflow_submittedat_tz";
  DROP TYPE "public"."enum__features_v_version_workflow_stagechangedat_tz";
  DROP TYPE "public"."enum__features_v_version_publishat_tz";
  DROP TYPE "public"."enum__features_v_version_unpublishat_tz";
  DROP TYPE "public"."enum__features_v_version_proposedpublishat_tz";
  DROP TYPE "public"."enum__features_v_version_proposedunpublishat_tz";
  DROP TYPE "public"."enum__features_v_version_firstpublishedat_tz";
  DROP TYPE "public"."enum__features_v_version_bulletin_priority";
  DROP TYPE "public"."enum__features_v_version_bulletin_synthesis_status";
  DROP TYPE "public"."enum__features_v_version_bulletin_alert_issuedat_tz";
  DROP TYPE "public"."enum__features_v_version_bulletin_alert_approvedat_tz";
  DROP TYPE "public"."enum__features_v_version_status";
  DROP TYPE "public"."enum__features_v_published_locale";
  DROP TYPE "public"."enum_workshops_audiences";
  DROP TYPE "public"."enum_workshops_workflow_approvals_at_tz";
  DROP TYPE "public"."enum_workshops_kind";
  DROP TYPE "public"."enum_workshops_startsat_tz";
  DROP TYPE "public"."enum_workshops_endsat_tz";
  DROP TYPE "public"."enum_workshops_registrationopensat_tz";
  DROP TYPE "public"."enum_workshops_registrationclosesat_tz";
  DROP TYPE "public"."enum_workshops_workflow_stage";
  DROP TYPE "public"."enum_workshops_workflow_waiting_for";
  DROP TYPE "public"."enum_workshops_workflow_submittedat_tz";
  DROP TYPE "public"."enum_workshops_workflow_stagechangedat_tz";
  DROP TYPE "public"."enum_workshops_publishat_tz";
  DROP TYPE "public"."enum_workshops_unpublishat_tz";
  DROP TYPE "public"."enum_workshops_proposedpublishat_tz";
  DROP TYPE "public"."enum_workshops_proposedunpublishat_tz";
  DROP TYPE "public"."enum_workshops_firstpublishedat_tz";
  DROP TYPE "public"."enum_workshops_bulletin_priority";
  DROP TYPE "public"."enum_workshops_bulletin_synthesis_status";
  DROP TYPE "public"."enum_workshops_bulletin_alert_issuedat_tz";
  DROP TYPE "public"."enum_workshops_bulletin_alert_approvedat_tz";
  DROP TYPE "public"."enum_workshops_status";
  DROP TYPE "public"."enum__workshops_v_version_audiences";
  DROP TYPE "public"."enum__workshops_v_version_workflow_approvals_at_tz";
  DROP TYPE "public"."enum__workshops_v_version_kind";
  DROP TYPE "public"."enum__workshops_v_version_startsat_tz";
  DROP TYPE "public"."enum__workshops_v_version_endsat_tz";
  DROP TYPE "public"."enum__workshops_v_version_registrationopensat_tz";
  DROP TYPE "public"."enum__workshops_v_version_registrationclosesat_tz";
  DROP TYPE "public"."enum__workshops_v_version_workflow_stage";
  DROP TYPE "public"."enum__workshops_v_version_workflow_waiting_for";
  DROP TYPE "public"."enum__workshops_v_version_workflow_submittedat_tz";
  DROP TYPE "public"."enum__workshops_v_version_workflow_stagechangedat_tz";
  DROP TYPE "public"."enum__workshops_v_version_publishat_tz";
  DROP TYPE "public"."enum__workshops_v_version_unpublishat_tz";
  DROP TYPE "public"."enum__workshops_v_version_proposedpublishat_tz";
  DROP TYPE "public"."enum__workshops_v_version_proposedunpublishat_tz";
  DROP TYPE "public"."enum__workshops_v_version_firstpublishedat_tz";
  DROP TYPE "public"."enum__workshops_v_version_bulletin_priority";
  DROP TYPE "public"."enum__workshops_v_version_bulletin_synthesis_status";
  DROP TYPE "public"."enum__workshops_v_version_bulletin_alert_issuedat_tz";
  DROP TYPE "public"."enum__workshops_v_version_bulletin_alert_approvedat_tz";
  DROP TYPE "public"."enum__workshops_v_version_status";
  DROP TYPE "public"."enum__workshops_v_published_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_review_events_from";
  DROP TYPE "public"."enum_review_events_to";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_at_tz";
  DROP TYPE "public"."enum_schedule_runs_action";
  DROP TYPE "public"."enum_schedule_runs_status";
  DROP TYPE "public"."enum_schedule_runs_dueat_tz";
  DROP TYPE "public"."enum_schedule_runs_ranat_tz";
  DROP TYPE "public"."enum_channels_content_types";
  DROP TYPE "public"."enum_channels_kind";
  DROP TYPE "public"."enum_deliveries_action";
  DROP TYPE "public"."enum_deliveries_status";
  DROP TYPE "public"."enum_deliveries_nextattemptat_tz";
  DROP TYPE "public"."enum_deliveries_leaseexpiresat_tz";
  DROP TYPE "public"."enum_deliveries_lastattemptat_tz";
  DROP TYPE "public"."enum_deliveries_deliveredat_tz";
  DROP TYPE "public"."enum_registrations_audience_type";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_registrations_attendedat_tz";
  DROP TYPE "public"."enum_registrations_cancelledat_tz";
  DROP TYPE "public"."enum_registrations_anonymisedat_tz";
  DROP TYPE "public"."enum_registrations_confirmationsentat_tz";
  DROP TYPE "public"."enum_registrations_promotionsentat_tz";
  DROP TYPE "public"."enum_bulletin_audio_source";
  DROP TYPE "public"."enum_airings_playedat_tz";
  DROP TYPE "public"."enum_alert_templates_hazard";
  DROP TYPE "public"."enum_questions_consentat_tz";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum_questions_duedate_tz";
  DROP TYPE "public"."enum_questions_publishedat_tz";
  DROP TYPE "public"."enum_questions_receiptsentat_tz";
  DROP TYPE "public"."enum_questions_answersentat_tz";
  DROP TYPE "public"."enum_questions_duesoonsentat_tz";
  DROP TYPE "public"."enum_questions_anonymisedat_tz";
  DROP TYPE "public"."enum_questions_overduesentat_tz";
  DROP TYPE "public"."enum_question_events_action";
  DROP TYPE "public"."enum_question_events_from_status";
  DROP TYPE "public"."enum_question_events_to_status";
  DROP TYPE "public"."enum_question_events_at_tz";
  DROP TYPE "public"."enum_working_calendar_kind";
  DROP TYPE "public"."enum_feedback_comment_status";
  DROP TYPE "public"."enum_feedback_moderatedat_tz";
  DROP TYPE "public"."enum_surveys_questions_kind";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
