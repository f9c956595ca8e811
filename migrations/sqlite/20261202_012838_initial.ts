import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_audiences_order_idx\` ON \`campaigns_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_audiences_parent_idx\` ON \`campaigns_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_members\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`role\` text NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_members_order_idx\` ON \`campaigns_members\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_members_parent_id_idx\` ON \`campaigns_members\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_members_user_idx\` ON \`campaigns_members\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_kpis_content_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns_kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_content_types_order_idx\` ON \`campaigns_kpis_content_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_content_types_parent_idx\` ON \`campaigns_kpis_content_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_kpis_manual_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`at\` text,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`note\` text,
  	\`entered_by_id\` integer,
  	\`entered_at\` text,
  	\`enteredat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	FOREIGN KEY (\`entered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_manual_values_order_idx\` ON \`campaigns_kpis_manual_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_manual_values_parent_id_idx\` ON \`campaigns_kpis_manual_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_manual_values_entered_by_idx\` ON \`campaigns_kpis_manual_values\` (\`entered_by_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_kpis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`metric\` text DEFAULT 'manual' NOT NULL,
  	\`label\` text NOT NULL,
  	\`target\` numeric NOT NULL,
  	\`unit\` text,
  	\`period_start\` text,
  	\`periodstart_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`period_end\` text,
  	\`periodend_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_order_idx\` ON \`campaigns_kpis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_parent_id_idx\` ON \`campaigns_kpis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`code\` text NOT NULL,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`period_start\` text NOT NULL,
  	\`period_start_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`period_end\` text NOT NULL,
  	\`period_end_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`question_deadline_working_days\` numeric,
  	\`approval_policy_required_approvals\` numeric DEFAULT 1 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_code_idx\` ON \`campaigns\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_status_idx\` ON \`campaigns\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_locales\` (
  	\`name\` text NOT NULL,
  	\`pillar\` text,
  	\`objectives\` text,
  	\`search\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_search_idx\` ON \`campaigns_locales\` (\`search\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_locales_locale_parent_id_unique\` ON \`campaigns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_locales_parent_lookup_idx\` ON \`campaigns_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_audiences_order_idx\` ON \`reports_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_audiences_parent_idx\` ON \`reports_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_workflow_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` integer,
  	\`at\` text,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_workflow_approvals_order_idx\` ON \`reports_workflow_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_approvals_parent_id_idx\` ON \`reports_workflow_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_approvals_reviewer_idx\` ON \`reports_workflow_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`campaign_id\` integer,
  	\`hero_image_id\` integer,
  	\`kind\` text DEFAULT 'news',
  	\`video_url\` text,
  	\`source\` text,
  	\`internal_notes\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_waiting_for\` text,
  	\`workflow_last_edited_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_submittedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`workflow_stage_changed_at\` text,
  	\`workflow_stagechangedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`publish_at\` text,
  	\`publishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`unpublish_at\` text,
  	\`unpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`schedule_override\` integer DEFAULT false,
  	\`proposed_publish_at\` text,
  	\`proposedpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`proposed_unpublish_at\` text,
  	\`proposedunpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`publish_at_set_by_id\` integer,
  	\`unpublish_at_set_by_id\` integer,
  	\`first_published_at\` text,
  	\`firstpublishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`bulletin_script\` text,
  	\`bulletin_audio_id\` integer,
  	\`bulletin_priority\` text DEFAULT 'ordinary',
  	\`bulletin_duration_seconds\` numeric,
  	\`bulletin_synthesis_status\` text DEFAULT 'none',
  	\`bulletin_synthesis_error\` text,
  	\`bulletin_alert_template_id\` integer,
  	\`bulletin_alert_issued_by_id\` integer,
  	\`bulletin_alert_issued_at\` text,
  	\`bulletin_alert_issuedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`bulletin_alert_approved_by_id\` integer,
  	\`bulletin_alert_approved_at\` text,
  	\`bulletin_alert_approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`publish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unpublish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_audio_id\`) REFERENCES \`bulletin_audio\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_alert_template_id\`) REFERENCES \`alert_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_alert_issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_alert_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_campaign_idx\` ON \`reports\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_hero_image_idx\` ON \`reports\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_stage_idx\` ON \`reports\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_last_edited_by_idx\` ON \`reports\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_stage_changed_at_idx\` ON \`reports\` (\`workflow_stage_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_publish_at_idx\` ON \`reports\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_unpublish_at_idx\` ON \`reports\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_publish_at_set_by_idx\` ON \`reports\` (\`publish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_unpublish_at_set_by_idx\` ON \`reports\` (\`unpublish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_first_published_at_idx\` ON \`reports\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_bulletin_bulletin_audio_idx\` ON \`reports\` (\`bulletin_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_bulletin_alert_bulletin_alert_template_idx\` ON \`reports\` (\`bulletin_alert_template_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_bulletin_alert_bulletin_alert_issued_by_idx\` ON \`reports\` (\`bulletin_alert_issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_bulletin_alert_bulletin_alert_approved_by_idx\` ON \`reports\` (\`bulletin_alert_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_bulletin_alert_bulletin_alert_approved_at_idx\` ON \`reports\` (\`bulletin_alert_approved_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_created_at_idx\` ON \`reports\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_first_published_at_idx\` ON \`reports\` (\`_status\`,\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_campaign_status_created_at_idx\` ON \`reports\` (\`campaign_id\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_campaign_status_first_published_at_idx\` ON \`reports\` (\`campaign_id\`,\`_status\`,\`first_published_at\`);`)
  await db.run(sql`CREATE TABLE \`reports_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`search\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_search_idx\` ON \`reports_locales\` (\`search\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_locales_locale_parent_id_unique\` ON \`reports_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_locales_parent_lookup_idx\` ON \`reports_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_texts_order_parent\` ON \`reports_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_texts_parent_lookup_idx\` ON \`reports_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_users_id_idx\` ON \`reports_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_areas_id_idx\` ON \`reports_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_audiences_order_idx\` ON \`_reports_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_audiences_parent_idx\` ON \`_reports_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_workflow_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reviewer_id\` integer,
  	\`at\` text,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_approvals_order_idx\` ON \`_reports_v_version_workflow_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_approvals_parent_id_idx\` ON \`_reports_v_version_workflow_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_approvals_reviewer_idx\` ON \`_reports_v_version_workflow_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_campaign_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_kind\` text DEFAULT 'news',
  	\`version_video_url\` text,
  	\`version_source\` text,
  	\`version_internal_notes\` text,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_waiting_for\` text,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_submittedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_workflow_stage_changed_at\` text,
  	\`version_workflow_stagechangedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_publish_at\` text,
  	\`version_publishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_unpublish_at\` text,
  	\`version_unpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_schedule_override\` integer DEFAULT false,
  	\`version_proposed_publish_at\` text,
  	\`version_proposedpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_proposed_unpublish_at\` text,
  	\`version_proposedunpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_publish_at_set_by_id\` integer,
  	\`version_unpublish_at_set_by_id\` integer,
  	\`version_first_published_at\` text,
  	\`version_firstpublishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_bulletin_script\` text,
  	\`version_bulletin_audio_id\` integer,
  	\`version_bulletin_priority\` text DEFAULT 'ordinary',
  	\`version_bulletin_duration_seconds\` numeric,
  	\`version_bulletin_synthesis_status\` text DEFAULT 'none',
  	\`version_bulletin_synthesis_error\` text,
  	\`version_bulletin_alert_template_id\` integer,
  	\`version_bulletin_alert_issued_by_id\` integer,
  	\`version_bulletin_alert_issued_at\` text,
  	\`version_bulletin_alert_issuedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_bulletin_alert_approved_by_id\` integer,
  	\`version_bulletin_alert_approved_at\` text,
  	\`version_bulletin_alert_approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_publish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unpublish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_audio_id\`) REFERENCES \`bulletin_audio\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_alert_template_id\`) REFERENCES \`alert_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_alert_issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_alert_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_campaign_idx\` ON \`_reports_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_hero_image_idx\` ON \`_reports_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_stage_idx\` ON \`_reports_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_last_edited_idx\` ON \`_reports_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_stage_chang_idx\` ON \`_reports_v\` (\`version_workflow_stage_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_publish_at_idx\` ON \`_reports_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_unpublish_at_idx\` ON \`_reports_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_publish_at_set_by_idx\` ON \`_reports_v\` (\`version_publish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_unpublish_at_set_by_idx\` ON \`_reports_v\` (\`version_unpublish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_first_published_at_idx\` ON \`_reports_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_bulletin_version_bulletin_audio_idx\` ON \`_reports_v\` (\`version_bulletin_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_bulletin_alert_version_bulletin_alert_idx\` ON \`_reports_v\` (\`version_bulletin_alert_template_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_bulletin_alert_version_bulletin_ale_1_idx\` ON \`_reports_v\` (\`version_bulletin_alert_issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_bulletin_alert_version_bulletin_ale_2_idx\` ON \`_reports_v\` (\`version_bulletin_alert_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_bulletin_alert_version_bulletin_ale_3_idx\` ON \`_reports_v\` (\`version_bulletin_alert_approved_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_snapshot_idx\` ON \`_reports_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_published_locale_idx\` ON \`_reports_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_search\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_search_idx\` ON \`_reports_v_locales\` (\`version_search\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_reports_v_locales_locale_parent_id_unique\` ON \`_reports_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_locales_parent_lookup_idx\` ON \`_reports_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_texts_order_parent\` ON \`_reports_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_texts_parent_lookup_idx\` ON \`_reports_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_order_idx\` ON \`_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_parent_idx\` ON \`_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_path_idx\` ON \`_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_users_id_idx\` ON \`_reports_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_areas_id_idx\` ON \`_reports_v_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`features_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`features_audiences_order_idx\` ON \`features_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`features_audiences_parent_idx\` ON \`features_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`features_workflow_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` integer,
  	\`at\` text,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`features_workflow_approvals_order_idx\` ON \`features_workflow_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`features_workflow_approvals_parent_id_idx\` ON \`features_workflow_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`features_workflow_approvals_reviewer_idx\` ON \`features_workflow_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`features\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`campaign_id\` integer,
  	\`hero_image_id\` integer,
  	\`internal_notes\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_waiting_for\` text,
  	\`workflow_last_edited_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_submittedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`workflow_stage_changed_at\` text,
  	\`workflow_stagechangedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`publish_at\` text,
  	\`publishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`unpublish_at\` text,
  	\`unpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`schedule_override\` integer DEFAULT false,
  	\`proposed_publish_at\` text,
  	\`proposedpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`proposed_unpublish_at\` text,
  	\`proposedunpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`publish_at_set_by_id\` integer,
  	\`unpublish_at_set_by_id\` integer,
  	\`first_published_at\` text,
  	\`firstpublishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`bulletin_script\` text,
  	\`bulletin_audio_id\` integer,
  	\`bulletin_priority\` text DEFAULT 'ordinary',
  	\`bulletin_duration_seconds\` numeric,
  	\`bulletin_synthesis_status\` text DEFAULT 'none',
  	\`bulletin_synthesis_error\` text,
  	\`bulletin_alert_template_id\` integer,
  	\`bulletin_alert_issued_by_id\` integer,
  	\`bulletin_alert_issued_at\` text,
  	\`bulletin_alert_issuedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`bulletin_alert_approved_by_id\` integer,
  	\`bulletin_alert_approved_at\` text,
  	\`bulletin_alert_approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`publish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unpublish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_audio_id\`) REFERENCES \`bulletin_audio\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_alert_template_id\`) REFERENCES \`alert_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_alert_issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_alert_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`features_slug_idx\` ON \`features\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`features_campaign_idx\` ON \`features\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`features_hero_image_idx\` ON \`features\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`features_workflow_workflow_stage_idx\` ON \`features\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`features_workflow_workflow_last_edited_by_idx\` ON \`features\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`features_workflow_workflow_stage_changed_at_idx\` ON \`features\` (\`workflow_stage_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`features_publish_at_idx\` ON \`features\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`features_unpublish_at_idx\` ON \`features\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`features_publish_at_set_by_idx\` ON \`features\` (\`publish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`features_unpublish_at_set_by_idx\` ON \`features\` (\`unpublish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`features_first_published_at_idx\` ON \`features\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`features_bulletin_bulletin_audio_idx\` ON \`features\` (\`bulletin_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`features_bulletin_alert_bulletin_alert_template_idx\` ON \`features\` (\`bulletin_alert_template_id\`);`)
  await db.run(sql`CREATE INDEX \`features_bulletin_alert_bulletin_alert_issued_by_idx\` ON \`features\` (\`bulletin_alert_issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`features_bulletin_alert_bulletin_alert_approved_by_idx\` ON \`features\` (\`bulletin_alert_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`features_bulletin_alert_bulletin_alert_approved_at_idx\` ON \`features\` (\`bulletin_alert_approved_at\`);`)
  await db.run(sql`CREATE INDEX \`features_updated_at_idx\` ON \`features\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`features_created_at_idx\` ON \`features\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`features__status_idx\` ON \`features\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`features_status_created_at_idx\` ON \`features\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`features_status_first_published_at_idx\` ON \`features\` (\`_status\`,\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`features_campaign_status_created_at_idx\` ON \`features\` (\`campaign_id\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`features_campaign_status_first_published_at_idx\` ON \`features\` (\`campaign_id\`,\`_status\`,\`first_published_at\`);`)
  await db.run(sql`CREATE TABLE \`features_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`column\` text,
  	\`search\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`features_search_idx\` ON \`features_locales\` (\`search\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`features_locales_locale_parent_id_unique\` ON \`features_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`features_locales_parent_lookup_idx\` ON \`features_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`features_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`features_texts_order_parent\` ON \`features_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`features_texts_parent_lookup_idx\` ON \`features_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`features_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`features_rels_order_idx\` ON \`features_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`features_rels_parent_idx\` ON \`features_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`features_rels_path_idx\` ON \`features_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`features_rels_users_id_idx\` ON \`features_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`features_rels_areas_id_idx\` ON \`features_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`_features_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_version_audiences_order_idx\` ON \`_features_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_audiences_parent_idx\` ON \`_features_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_features_v_version_workflow_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reviewer_id\` integer,
  	\`at\` text,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_version_workflow_approvals_order_idx\` ON \`_features_v_version_workflow_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_workflow_approvals_parent_id_idx\` ON \`_features_v_version_workflow_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_workflow_approvals_reviewer_idx\` ON \`_features_v_version_workflow_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_features_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_campaign_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_internal_notes\` text,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_waiting_for\` text,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_submittedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_workflow_stage_changed_at\` text,
  	\`version_workflow_stagechangedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_publish_at\` text,
  	\`version_publishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_unpublish_at\` text,
  	\`version_unpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_schedule_override\` integer DEFAULT false,
  	\`version_proposed_publish_at\` text,
  	\`version_proposedpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_proposed_unpublish_at\` text,
  	\`version_proposedunpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_publish_at_set_by_id\` integer,
  	\`version_unpublish_at_set_by_id\` integer,
  	\`version_first_published_at\` text,
  	\`version_firstpublishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_bulletin_script\` text,
  	\`version_bulletin_audio_id\` integer,
  	\`version_bulletin_priority\` text DEFAULT 'ordinary',
  	\`version_bulletin_duration_seconds\` numeric,
  	\`version_bulletin_synthesis_status\` text DEFAULT 'none',
  	\`version_bulletin_synthesis_error\` text,
  	\`version_bulletin_alert_template_id\` integer,
  	\`version_bulletin_alert_issued_by_id\` integer,
  	\`version_bulletin_alert_issued_at\` text,
  	\`version_bulletin_alert_issuedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_bulletin_alert_approved_by_id\` integer,
  	\`version_bulletin_alert_approved_at\` text,
  	\`version_bulletin_alert_approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_publish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unpublish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_audio_id\`) REFERENCES \`bulletin_audio\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_alert_template_id\`) REFERENCES \`alert_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_alert_issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_alert_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_parent_idx\` ON \`_features_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_slug_idx\` ON \`_features_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_campaign_idx\` ON \`_features_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_hero_image_idx\` ON \`_features_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_workflow_version_workflow_stage_idx\` ON \`_features_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_workflow_version_workflow_last_edite_idx\` ON \`_features_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_workflow_version_workflow_stage_chan_idx\` ON \`_features_v\` (\`version_workflow_stage_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_publish_at_idx\` ON \`_features_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_unpublish_at_idx\` ON \`_features_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_publish_at_set_by_idx\` ON \`_features_v\` (\`version_publish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_unpublish_at_set_by_idx\` ON \`_features_v\` (\`version_unpublish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_first_published_at_idx\` ON \`_features_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_bulletin_version_bulletin_audio_idx\` ON \`_features_v\` (\`version_bulletin_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_bulletin_alert_version_bulletin_aler_idx\` ON \`_features_v\` (\`version_bulletin_alert_template_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_bulletin_alert_version_bulletin_al_1_idx\` ON \`_features_v\` (\`version_bulletin_alert_issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_bulletin_alert_version_bulletin_al_2_idx\` ON \`_features_v\` (\`version_bulletin_alert_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_bulletin_alert_version_bulletin_al_3_idx\` ON \`_features_v\` (\`version_bulletin_alert_approved_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_updated_at_idx\` ON \`_features_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_created_at_idx\` ON \`_features_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version__status_idx\` ON \`_features_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_created_at_idx\` ON \`_features_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_updated_at_idx\` ON \`_features_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_snapshot_idx\` ON \`_features_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_published_locale_idx\` ON \`_features_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_latest_idx\` ON \`_features_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_features_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_column\` text,
  	\`version_search\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_search_idx\` ON \`_features_v_locales\` (\`version_search\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_features_v_locales_locale_parent_id_unique\` ON \`_features_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_locales_parent_lookup_idx\` ON \`_features_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_features_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_texts_order_parent\` ON \`_features_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_texts_parent_lookup_idx\` ON \`_features_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_features_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_rels_order_idx\` ON \`_features_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_rels_parent_idx\` ON \`_features_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_rels_path_idx\` ON \`_features_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_rels_users_id_idx\` ON \`_features_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_rels_areas_id_idx\` ON \`_features_v_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`workshops_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshops_speakers_order_idx\` ON \`workshops_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`workshops_speakers_parent_id_idx\` ON \`workshops_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workshops_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshops_audiences_order_idx\` ON \`workshops_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workshops_audiences_parent_idx\` ON \`workshops_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workshops_workflow_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` integer,
  	\`at\` text,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshops_workflow_approvals_order_idx\` ON \`workshops_workflow_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`workshops_workflow_approvals_parent_id_idx\` ON \`workshops_workflow_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_workflow_approvals_reviewer_idx\` ON \`workshops_workflow_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`workshops\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`campaign_id\` integer,
  	\`hero_image_id\` integer,
  	\`kind\` text DEFAULT 'seminar',
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`online_url\` text,
  	\`capacity\` numeric,
  	\`registration_opens_at\` text,
  	\`registrationopensat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`registration_closes_at\` text,
  	\`registrationclosesat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`internal_notes\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_waiting_for\` text,
  	\`workflow_last_edited_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_submittedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`workflow_stage_changed_at\` text,
  	\`workflow_stagechangedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`publish_at\` text,
  	\`publishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`unpublish_at\` text,
  	\`unpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`schedule_override\` integer DEFAULT false,
  	\`proposed_publish_at\` text,
  	\`proposedpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`proposed_unpublish_at\` text,
  	\`proposedunpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`publish_at_set_by_id\` integer,
  	\`unpublish_at_set_by_id\` integer,
  	\`first_published_at\` text,
  	\`firstpublishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`waitlist_enabled\` integer DEFAULT true,
  	\`bulletin_script\` text,
  	\`bulletin_audio_id\` integer,
  	\`bulletin_priority\` text DEFAULT 'ordinary',
  	\`bulletin_duration_seconds\` numeric,
  	\`bulletin_synthesis_status\` text DEFAULT 'none',
  	\`bulletin_synthesis_error\` text,
  	\`bulletin_alert_template_id\` integer,
  	\`bulletin_alert_issued_by_id\` integer,
  	\`bulletin_alert_issued_at\` text,
  	\`bulletin_alert_issuedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`bulletin_alert_approved_by_id\` integer,
  	\`bulletin_alert_approved_at\` text,
  	\`bulletin_alert_approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`publish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unpublish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_audio_id\`) REFERENCES \`bulletin_audio\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_alert_template_id\`) REFERENCES \`alert_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_alert_issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_alert_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`workshops_slug_idx\` ON \`workshops\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`workshops_campaign_idx\` ON \`workshops\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_hero_image_idx\` ON \`workshops\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_starts_at_idx\` ON \`workshops\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_workflow_workflow_stage_idx\` ON \`workshops\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`workshops_workflow_workflow_last_edited_by_idx\` ON \`workshops\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_workflow_workflow_stage_changed_at_idx\` ON \`workshops\` (\`workflow_stage_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_publish_at_idx\` ON \`workshops\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_unpublish_at_idx\` ON \`workshops\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_publish_at_set_by_idx\` ON \`workshops\` (\`publish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_unpublish_at_set_by_idx\` ON \`workshops\` (\`unpublish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_first_published_at_idx\` ON \`workshops\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_bulletin_bulletin_audio_idx\` ON \`workshops\` (\`bulletin_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_bulletin_alert_bulletin_alert_template_idx\` ON \`workshops\` (\`bulletin_alert_template_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_bulletin_alert_bulletin_alert_issued_by_idx\` ON \`workshops\` (\`bulletin_alert_issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_bulletin_alert_bulletin_alert_approved_by_idx\` ON \`workshops\` (\`bulletin_alert_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_bulletin_alert_bulletin_alert_approved_at_idx\` ON \`workshops\` (\`bulletin_alert_approved_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_updated_at_idx\` ON \`workshops\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_created_at_idx\` ON \`workshops\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops__status_idx\` ON \`workshops\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`workshops_status_created_at_idx\` ON \`workshops\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_status_first_published_at_idx\` ON \`workshops\` (\`_status\`,\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_campaign_status_created_at_idx\` ON \`workshops\` (\`campaign_id\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_campaign_status_first_published_at_idx\` ON \`workshops\` (\`campaign_id\`,\`_status\`,\`first_published_at\`);`)
  await db.run(sql`CREATE TABLE \`workshops_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`venue\` text,
  	\`organizer\` text,
  	\`search\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshops_search_idx\` ON \`workshops_locales\` (\`search\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workshops_locales_locale_parent_id_unique\` ON \`workshops_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_locales_parent_lookup_idx\` ON \`workshops_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workshops_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshops_texts_order_parent\` ON \`workshops_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_texts_parent_lookup_idx\` ON \`workshops_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workshops_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshops_rels_order_idx\` ON \`workshops_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workshops_rels_parent_idx\` ON \`workshops_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_rels_path_idx\` ON \`workshops_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`workshops_rels_users_id_idx\` ON \`workshops_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_rels_areas_id_idx\` ON \`workshops_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`_workshops_v_version_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_workshops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_speakers_order_idx\` ON \`_workshops_v_version_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_speakers_parent_id_idx\` ON \`_workshops_v_version_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_workshops_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_workshops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_audiences_order_idx\` ON \`_workshops_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_audiences_parent_idx\` ON \`_workshops_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_workshops_v_version_workflow_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reviewer_id\` integer,
  	\`at\` text,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_workshops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_workflow_approvals_order_idx\` ON \`_workshops_v_version_workflow_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_workflow_approvals_parent_id_idx\` ON \`_workshops_v_version_workflow_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_workflow_approvals_reviewer_idx\` ON \`_workshops_v_version_workflow_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_workshops_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_campaign_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_kind\` text DEFAULT 'seminar',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_online_url\` text,
  	\`version_capacity\` numeric,
  	\`version_registration_opens_at\` text,
  	\`version_registrationopensat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_registration_closes_at\` text,
  	\`version_registrationclosesat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_internal_notes\` text,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_waiting_for\` text,
  	\`version_workflow_last_edited_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_submittedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_workflow_stage_changed_at\` text,
  	\`version_workflow_stagechangedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_publish_at\` text,
  	\`version_publishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_unpublish_at\` text,
  	\`version_unpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_schedule_override\` integer DEFAULT false,
  	\`version_proposed_publish_at\` text,
  	\`version_proposedpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_proposed_unpublish_at\` text,
  	\`version_proposedunpublishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_publish_at_set_by_id\` integer,
  	\`version_unpublish_at_set_by_id\` integer,
  	\`version_first_published_at\` text,
  	\`version_firstpublishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_waitlist_enabled\` integer DEFAULT true,
  	\`version_bulletin_script\` text,
  	\`version_bulletin_audio_id\` integer,
  	\`version_bulletin_priority\` text DEFAULT 'ordinary',
  	\`version_bulletin_duration_seconds\` numeric,
  	\`version_bulletin_synthesis_status\` text DEFAULT 'none',
  	\`version_bulletin_synthesis_error\` text,
  	\`version_bulletin_alert_template_id\` integer,
  	\`version_bulletin_alert_issued_by_id\` integer,
  	\`version_bulletin_alert_issued_at\` text,
  	\`version_bulletin_alert_issuedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_bulletin_alert_approved_by_id\` integer,
  	\`version_bulletin_alert_approved_at\` text,
  	\`version_bulletin_alert_approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_publish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unpublish_at_set_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_audio_id\`) REFERENCES \`bulletin_audio\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_alert_template_id\`) REFERENCES \`alert_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_alert_issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bulletin_alert_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_workshops_v_parent_idx\` ON \`_workshops_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_slug_idx\` ON \`_workshops_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_campaign_idx\` ON \`_workshops_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_hero_image_idx\` ON \`_workshops_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_starts_at_idx\` ON \`_workshops_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_workflow_version_workflow_stage_idx\` ON \`_workshops_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_workflow_version_workflow_last_edit_idx\` ON \`_workshops_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_workflow_version_workflow_stage_cha_idx\` ON \`_workshops_v\` (\`version_workflow_stage_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_publish_at_idx\` ON \`_workshops_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_unpublish_at_idx\` ON \`_workshops_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_publish_at_set_by_idx\` ON \`_workshops_v\` (\`version_publish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_unpublish_at_set_by_idx\` ON \`_workshops_v\` (\`version_unpublish_at_set_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_first_published_at_idx\` ON \`_workshops_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_bulletin_version_bulletin_audio_idx\` ON \`_workshops_v\` (\`version_bulletin_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_bulletin_alert_version_bulletin_ale_idx\` ON \`_workshops_v\` (\`version_bulletin_alert_template_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_bulletin_alert_version_bulletin_a_1_idx\` ON \`_workshops_v\` (\`version_bulletin_alert_issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_bulletin_alert_version_bulletin_a_2_idx\` ON \`_workshops_v\` (\`version_bulletin_alert_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_bulletin_alert_version_bulletin_a_3_idx\` ON \`_workshops_v\` (\`version_bulletin_alert_approved_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_updated_at_idx\` ON \`_workshops_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_created_at_idx\` ON \`_workshops_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version__status_idx\` ON \`_workshops_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_created_at_idx\` ON \`_workshops_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_updated_at_idx\` ON \`_workshops_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_snapshot_idx\` ON \`_workshops_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_published_locale_idx\` ON \`_workshops_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_latest_idx\` ON \`_workshops_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_workshops_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_venue\` text,
  	\`version_organizer\` text,
  	\`version_search\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_workshops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_workshops_v_version_version_search_idx\` ON \`_workshops_v_locales\` (\`version_search\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_workshops_v_locales_locale_parent_id_unique\` ON \`_workshops_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_locales_parent_lookup_idx\` ON \`_workshops_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_workshops_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_workshops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_workshops_v_texts_order_parent\` ON \`_workshops_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_texts_parent_lookup_idx\` ON \`_workshops_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_workshops_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_workshops_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_workshops_v_rels_order_idx\` ON \`_workshops_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_rels_parent_idx\` ON \`_workshops_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_rels_path_idx\` ON \`_workshops_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_rels_users_id_idx\` ON \`_workshops_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_workshops_v_rels_areas_id_idx\` ON \`_workshops_v_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	\`sizes_portal_hero_url\` text,
  	\`sizes_portal_hero_width\` numeric,
  	\`sizes_portal_hero_height\` numeric,
  	\`sizes_portal_hero_mime_type\` text,
  	\`sizes_portal_hero_filesize\` numeric,
  	\`sizes_portal_hero_filename\` text,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_portal_hero_sizes_portal_hero_filename_idx\` ON \`media\` (\`sizes_portal_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_lookup_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`unit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`review_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` integer,
  	\`system_actor\` text,
  	\`on_behalf_of_id\` integer,
  	\`note\` text,
  	\`at\` text NOT NULL,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_campaign_idx\` ON \`review_events\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_action_idx\` ON \`review_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`review_events_actor_idx\` ON \`review_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_on_behalf_of_idx\` ON \`review_events\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_at_idx\` ON \`review_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` integer,
  	\`features_id\` integer,
  	\`workshops_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workshops_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_rels_order_idx\` ON \`review_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_parent_idx\` ON \`review_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_path_idx\` ON \`review_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_reports_id_idx\` ON \`review_events_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_features_id_idx\` ON \`review_events_rels\` (\`features_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_workshops_id_idx\` ON \`review_events_rels\` (\`workshops_id\`);`)
  await db.run(sql`CREATE TABLE \`schedule_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`claim_key\` text,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`due_at\` text,
  	\`dueat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`ran_at\` text,
  	\`ranat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`note\` text,
  	\`worker\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`schedule_runs_claim_key_idx\` ON \`schedule_runs\` (\`claim_key\`);`)
  await db.run(sql`CREATE INDEX \`schedule_runs_item_collection_idx\` ON \`schedule_runs\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`schedule_runs_item_id_idx\` ON \`schedule_runs\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`schedule_runs_status_idx\` ON \`schedule_runs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`schedule_runs_updated_at_idx\` ON \`schedule_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`schedule_runs_created_at_idx\` ON \`schedule_runs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channels_content_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`channels_content_types_order_idx\` ON \`channels_content_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`channels_content_types_parent_idx\` ON \`channels_content_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`channels_radio_programme_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` text,
  	\`end\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`channels_radio_programme_slots_order_idx\` ON \`channels_radio_programme_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`channels_radio_programme_slots_parent_id_idx\` ON \`channels_radio_programme_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`channels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`endpoint\` text,
  	\`secret\` text,
  	\`username\` text,
  	\`application_password\` text,
  	\`recipients\` text,
  	\`emergency\` integer DEFAULT false,
  	\`enabled\` integer DEFAULT true,
  	\`disabled_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`channels_slug_idx\` ON \`channels\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`channels_enabled_idx\` ON \`channels\` (\`enabled\`);`)
  await db.run(sql`CREATE INDEX \`channels_updated_at_idx\` ON \`channels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channels_created_at_idx\` ON \`channels\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channels_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`channels_rels_order_idx\` ON \`channels_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`channels_rels_parent_idx\` ON \`channels_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`channels_rels_path_idx\` ON \`channels_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`channels_rels_campaigns_id_idx\` ON \`channels_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_key\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`channel_id\` integer NOT NULL,
  	\`action\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`priority\` numeric DEFAULT 0,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`nextattemptat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`lease_expires_at\` text,
  	\`leaseexpiresat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`lease_token\` text,
  	\`last_attempt_at\` text,
  	\`lastattemptat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`delivered_at\` text,
  	\`deliveredat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`last_error\` text,
  	\`remote_id\` text,
  	\`remote_media_id\` text,
  	\`remote_url\` text,
  	\`webhook_id\` text NOT NULL,
  	\`content_hash\` text,
  	\`snapshot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_item_key_idx\` ON \`deliveries\` (\`item_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_campaign_idx\` ON \`deliveries\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_channel_idx\` ON \`deliveries\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_priority_idx\` ON \`deliveries\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_next_attempt_at_idx\` ON \`deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_remote_id_idx\` ON \`deliveries\` (\`remote_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_webhook_id_idx\` ON \`deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`deliveries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` integer,
  	\`features_id\` integer,
  	\`workshops_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workshops_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_rels_order_idx\` ON \`deliveries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_parent_idx\` ON \`deliveries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_path_idx\` ON \`deliveries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_reports_id_idx\` ON \`deliveries_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_features_id_idx\` ON \`deliveries_rels\` (\`features_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_workshops_id_idx\` ON \`deliveries_rels\` (\`workshops_id\`);`)
  await db.run(sql`CREATE TABLE \`registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workshop_id\` integer NOT NULL,
  	\`campaign_id\` integer,
  	\`full_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`organisation\` text,
  	\`audience_type\` text,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`attended_at\` text,
  	\`attendedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`cancelled_at\` text,
  	\`cancelledat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`anonymised_at\` text,
  	\`anonymisedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`confirmation_sent_at\` text,
  	\`confirmationsentat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`promotion_sent_at\` text,
  	\`promotionsentat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`cancel_token\` text,
  	\`active_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`workshop_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_workshop_idx\` ON \`registrations\` (\`workshop_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_campaign_idx\` ON \`registrations\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_anonymised_at_idx\` ON \`registrations\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_cancel_token_idx\` ON \`registrations\` (\`cancel_token\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_active_key_idx\` ON \`registrations\` (\`active_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`areas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`areas_code_idx\` ON \`areas\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`areas_updated_at_idx\` ON \`areas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`areas_created_at_idx\` ON \`areas\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bulletin_audio\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text DEFAULT 'recording' NOT NULL,
  	\`duration_seconds\` numeric,
  	\`container\` text,
  	\`codec\` text,
  	\`sha256\` text,
  	\`script_sha256\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`bulletin_audio_sha256_idx\` ON \`bulletin_audio\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`bulletin_audio_script_sha256_idx\` ON \`bulletin_audio\` (\`script_sha256\`);`)
  await db.run(sql`CREATE INDEX \`bulletin_audio_updated_at_idx\` ON \`bulletin_audio\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletin_audio_created_at_idx\` ON \`bulletin_audio\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bulletin_audio_filename_idx\` ON \`bulletin_audio\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`airings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`receipt_id\` text NOT NULL,
  	\`channel\` text NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`area_id\` integer NOT NULL,
  	\`played_at\` text NOT NULL,
  	\`playedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`seconds\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`airings_receipt_id_idx\` ON \`airings\` (\`receipt_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_item_collection_idx\` ON \`airings\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`airings_item_id_idx\` ON \`airings\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_area_idx\` ON \`airings\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_played_at_idx\` ON \`airings\` (\`played_at\`);`)
  await db.run(sql`CREATE INDEX \`airings_updated_at_idx\` ON \`airings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`airings_created_at_idx\` ON \`airings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`alert_templates_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`required\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`alert_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`alert_templates_fields_order_idx\` ON \`alert_templates_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`alert_templates_fields_parent_id_idx\` ON \`alert_templates_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`alert_templates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`hazard\` text NOT NULL,
  	\`title_template\` text NOT NULL,
  	\`script_template\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`alert_templates_name_idx\` ON \`alert_templates\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`alert_templates_updated_at_idx\` ON \`alert_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alert_templates_created_at_idx\` ON \`alert_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`public_name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`question\` text NOT NULL,
  	\`topic\` text,
  	\`campaign_id\` integer,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`consent_at\` text,
  	\`consentat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`due_date\` text NOT NULL,
  	\`duedate_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`working_days\` numeric NOT NULL,
  	\`assignee_id\` integer,
  	\`assigned_unit\` text,
  	\`answer\` text,
  	\`answered_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`answered_in_working_days\` numeric,
  	\`closed_reason\` text,
  	\`receipt_sent_at\` text,
  	\`receiptsentat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`answer_sent_at\` text,
  	\`answersentat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`due_soon_sent_at\` text,
  	\`duesoonsentat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`anonymised_at\` text,
  	\`anonymisedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`overdue_sent_at\` text,
  	\`overduesentat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_code_idx\` ON \`questions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`questions_email_idx\` ON \`questions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`questions_phone_idx\` ON \`questions\` (\`phone\`);`)
  await db.run(sql`CREATE INDEX \`questions_campaign_idx\` ON \`questions\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_due_date_idx\` ON \`questions\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`questions_assignee_idx\` ON \`questions\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_answered_by_idx\` ON \`questions\` (\`answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_approved_by_idx\` ON \`questions\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_published_at_idx\` ON \`questions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_anonymised_at_idx\` ON \`questions\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` integer,
  	\`features_id\` integer,
  	\`workshops_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workshops_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_rels_order_idx\` ON \`questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_parent_idx\` ON \`questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_path_idx\` ON \`questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_reports_id_idx\` ON \`questions_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_features_id_idx\` ON \`questions_rels\` (\`features_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_workshops_id_idx\` ON \`questions_rels\` (\`workshops_id\`);`)
  await db.run(sql`CREATE TABLE \`question_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question_id\` integer NOT NULL,
  	\`action\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text NOT NULL,
  	\`actor_id\` integer,
  	\`note\` text,
  	\`at\` text NOT NULL,
  	\`at_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`question_events_question_idx\` ON \`question_events\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`question_events_actor_idx\` ON \`question_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`question_events_at_idx\` ON \`question_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`question_events_updated_at_idx\` ON \`question_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`question_events_created_at_idx\` ON \`question_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`working_calendar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`working_calendar_date_idx\` ON \`working_calendar\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`working_calendar_updated_at_idx\` ON \`working_calendar\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`working_calendar_created_at_idx\` ON \`working_calendar\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_key\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`helpful\` integer DEFAULT false NOT NULL,
  	\`comment\` text,
  	\`comment_status\` text DEFAULT 'none' NOT NULL,
  	\`moderated_by_id\` integer,
  	\`moderated_at\` text,
  	\`moderatedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_item_key_idx\` ON \`feedback\` (\`item_key\`);`)
  await db.run(sql`CREATE INDEX \`feedback_campaign_idx\` ON \`feedback\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_comment_status_idx\` ON \`feedback\` (\`comment_status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_moderated_by_idx\` ON \`feedback\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` integer,
  	\`features_id\` integer,
  	\`workshops_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workshops_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_rels_order_idx\` ON \`feedback_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_parent_idx\` ON \`feedback_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_path_idx\` ON \`feedback_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_reports_id_idx\` ON \`feedback_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_features_id_idx\` ON \`feedback_rels\` (\`features_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_workshops_id_idx\` ON \`feedback_rels\` (\`workshops_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_questions_order_idx\` ON \`surveys_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`surveys_questions_parent_id_idx\` ON \`surveys_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`surveys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`is_open\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_campaign_idx\` ON \`surveys\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_updated_at_idx\` ON \`surveys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`surveys_created_at_idx\` ON \`surveys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`surveys_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`surveys_texts_order_parent\` ON \`surveys_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`surveys_texts_parent_lookup_idx\` ON \`surveys_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_responses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`survey_id\` integer NOT NULL,
  	\`wave\` text NOT NULL,
  	\`token_key\` text NOT NULL,
  	\`answers\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`survey_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_responses_survey_idx\` ON \`survey_responses\` (\`survey_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_wave_idx\` ON \`survey_responses\` (\`wave\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`survey_responses_token_key_idx\` ON \`survey_responses\` (\`token_key\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_updated_at_idx\` ON \`survey_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_responses_created_at_idx\` ON \`survey_responses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`reports_id\` integer,
  	\`features_id\` integer,
  	\`workshops_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`review_events_id\` integer,
  	\`schedule_runs_id\` integer,
  	\`channels_id\` integer,
  	\`deliveries_id\` integer,
  	\`registrations_id\` integer,
  	\`areas_id\` integer,
  	\`bulletin_audio_id\` integer,
  	\`airings_id\` integer,
  	\`alert_templates_id\` integer,
  	\`questions_id\` integer,
  	\`question_events_id\` integer,
  	\`working_calendar_id\` integer,
  	\`feedback_id\` integer,
  	\`surveys_id\` integer,
  	\`survey_responses_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workshops_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schedule_runs_id\`) REFERENCES \`schedule_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bulletin_audio_id\`) REFERENCES \`bulletin_audio\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`airings_id\`) REFERENCES \`airings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alert_templates_id\`) REFERENCES \`alert_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`question_events_id\`) REFERENCES \`question_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_calendar_id\`) REFERENCES \`working_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`surveys_id\`) REFERENCES \`surveys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_responses_id\`) REFERENCES \`survey_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_features_id_idx\` ON \`payload_locked_documents_rels\` (\`features_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshops_id_idx\` ON \`payload_locked_documents_rels\` (\`workshops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_schedule_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`schedule_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bulletin_audio_id_idx\` ON \`payload_locked_documents_rels\` (\`bulletin_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_airings_id_idx\` ON \`payload_locked_documents_rels\` (\`airings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alert_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`alert_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_question_events_id_idx\` ON \`payload_locked_documents_rels\` (\`question_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_calendar_id_idx\` ON \`payload_locked_documents_rels\` (\`working_calendar_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_surveys_id_idx\` ON \`payload_locked_documents_rels\` (\`surveys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_settings_abbreviations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`short\` text NOT NULL,
  	\`spoken\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`broadcast_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_settings_abbreviations_order_idx\` ON \`broadcast_settings_abbreviations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_settings_abbreviations_parent_id_idx\` ON \`broadcast_settings_abbreviations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaigns_audiences\`;`)
  await db.run(sql`DROP TABLE \`campaigns_members\`;`)
  await db.run(sql`DROP TABLE \`campaigns_kpis_content_types\`;`)
  await db.run(sql`DROP TABLE \`campaigns_kpis_manual_values\`;`)
  await db.run(sql`DROP TABLE \`campaigns_kpis\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_locales\`;`)
  await db.run(sql`DROP TABLE \`reports_audiences\`;`)
  await db.run(sql`DROP TABLE \`reports_workflow_approvals\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports_locales\`;`)
  await db.run(sql`DROP TABLE \`reports_texts\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_workflow_approvals\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`features_audiences\`;`)
  await db.run(sql`DROP TABLE \`features_workflow_approvals\`;`)
  await db.run(sql`DROP TABLE \`features\`;`)
  await db.run(sql`DROP TABLE \`features_locales\`;`)
  await db.run(sql`DROP TABLE \`features_texts\`;`)
  await db.run(sql`DROP TABLE \`features_rels\`;`)
  await db.run(sql`DROP TABLE \`_features_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_features_v_version_workflow_approvals\`;`)
  await db.run(sql`DROP TABLE \`_features_v\`;`)
  await db.run(sql`DROP TABLE \`_features_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_features_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_features_v_rels\`;`)
  await db.run(sql`DROP TABLE \`workshops_speakers\`;`)
  await db.run(sql`DROP TABLE \`workshops_audiences\`;`)
  await db.run(sql`DROP TABLE \`workshops_workflow_approvals\`;`)
  await db.run(sql`DROP TABLE \`workshops\`;`)
  await db.run(sql`DROP TABLE \`workshops_locales\`;`)
  await db.run(sql`DROP TABLE \`workshops_texts\`;`)
  await db.run(sql`DROP TABLE \`workshops_rels\`;`)
  await db.run(sql`DROP TABLE \`_workshops_v_version_speakers\`;`)
  await db.run(sql`DROP TABLE \`_workshops_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_workshops_v_version_workflow_approvals\`;`)
  await db.run(sql`DROP TABLE \`_workshops_v\`;`)
  await db.run(sql`DROP TABLE \`_workshops_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_workshops_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_workshops_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events_rels\`;`)
  await db.run(sql`DROP TABLE \`schedule_runs\`;`)
  await db.run(sql`DROP TABLE \`channels_content_types\`;`)
  await db.run(sql`DROP TABLE \`channels_radio_programme_slots\`;`)
  await db.run(sql`DROP TABLE \`channels\`;`)
  await db.run(sql`DROP TABLE \`channels_rels\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`deliveries_rels\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`DROP TABLE \`areas\`;`)
  await db.run(sql`DROP TABLE \`bulletin_audio\`;`)
  await db.run(sql`DROP TABLE \`airings\`;`)
  await db.run(sql`DROP TABLE \`alert_templates_fields\`;`)
  await db.run(sql`DROP TABLE \`alert_templates\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`question_events\`;`)
  await db.run(sql`DROP TABLE \`working_calendar\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback_rels\`;`)
  await db.run(sql`DROP TABLE \`surveys_questions\`;`)
  await db.run(sql`DROP TABLE \`surveys\`;`)
  await db.run(sql`DROP TABLE \`surveys_texts\`;`)
  await db.run(sql`DROP TABLE \`survey_responses\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`broadcast_settings_abbreviations\`;`)
  await db.run(sql`DROP TABLE \`broadcast_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
