import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contents_variants_video_topics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tag\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contents_variants_video_topics_order_idx\` ON \`contents_variants_video_topics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contents_variants_video_topics_parent_id_idx\` ON \`contents_variants_video_topics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`master\` text,
  	\`variants_moments_enabled\` integer,
  	\`variants_moments_text\` text,
  	\`variants_moments_link\` text,
  	\`variants_article_enabled\` integer,
  	\`variants_article_title\` text,
  	\`variants_article_author\` text,
  	\`variants_article_digest\` text,
  	\`variants_article_cover_id\` text(36),
  	\`variants_article_cover_square_id\` text(36),
  	\`variants_article_body\` text,
  	\`variants_article_source_url\` text,
  	\`variants_video_enabled\` integer,
  	\`variants_video_video_id\` text(36),
  	\`variants_video_description\` text,
  	\`variants_video_linked_article_url\` text,
  	\`variants_group_enabled\` integer,
  	\`variants_group_text\` text,
  	\`variants_group_image_id\` text(36),
  	\`variants_group_activity_id\` text(36),
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`category\` text DEFAULT 'general' NOT NULL,
  	\`campaign_id\` text(36),
  	\`topic_id\` text(36),
  	\`branch_id\` text(36),
  	\`stale\` integer,
  	\`created_by_id\` text(36),
  	\`submitted_by_id\` text(36),
  	\`approved_by_id\` text(36),
  	\`approved_at\` text,
  	\`lint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`variants_article_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`variants_article_cover_square_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`variants_video_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`variants_group_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`variants_group_activity_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contents_variants_article_variants_article_cover_idx\` ON \`contents\` (\`variants_article_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_variants_article_variants_article_cover_square_idx\` ON \`contents\` (\`variants_article_cover_square_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_variants_video_variants_video_video_idx\` ON \`contents\` (\`variants_video_video_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_variants_group_variants_group_image_idx\` ON \`contents\` (\`variants_group_image_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_variants_group_variants_group_activity_idx\` ON \`contents\` (\`variants_group_activity_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_status_idx\` ON \`contents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`contents_campaign_idx\` ON \`contents\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_topic_idx\` ON \`contents\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_branch_idx\` ON \`contents\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_created_by_idx\` ON \`contents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_submitted_by_idx\` ON \`contents\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_approved_by_idx\` ON \`contents\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_updated_at_idx\` ON \`contents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contents_created_at_idx\` ON \`contents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`segments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contents_rels_order_idx\` ON \`contents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contents_rels_parent_idx\` ON \`contents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_rels_path_idx\` ON \`contents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contents_rels_media_id_idx\` ON \`contents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`contents_rels_segments_id_idx\` ON \`contents_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v_version_variants_video_topics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tag\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_version_variants_video_topics_order_idx\` ON \`_contents_v_version_variants_video_topics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_variants_video_topics_parent_id_idx\` ON \`_contents_v_version_variants_video_topics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text NOT NULL,
  	\`version_master\` text,
  	\`version_variants_moments_enabled\` integer,
  	\`version_variants_moments_text\` text,
  	\`version_variants_moments_link\` text,
  	\`version_variants_article_enabled\` integer,
  	\`version_variants_article_title\` text,
  	\`version_variants_article_author\` text,
  	\`version_variants_article_digest\` text,
  	\`version_variants_article_cover_id\` text(36),
  	\`version_variants_article_cover_square_id\` text(36),
  	\`version_variants_article_body\` text,
  	\`version_variants_article_source_url\` text,
  	\`version_variants_video_enabled\` integer,
  	\`version_variants_video_video_id\` text(36),
  	\`version_variants_video_description\` text,
  	\`version_variants_video_linked_article_url\` text,
  	\`version_variants_group_enabled\` integer,
  	\`version_variants_group_text\` text,
  	\`version_variants_group_image_id\` text(36),
  	\`version_variants_group_activity_id\` text(36),
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_category\` text DEFAULT 'general' NOT NULL,
  	\`version_campaign_id\` text(36),
  	\`version_topic_id\` text(36),
  	\`version_branch_id\` text(36),
  	\`version_stale\` integer,
  	\`version_created_by_id\` text(36),
  	\`version_submitted_by_id\` text(36),
  	\`version_approved_by_id\` text(36),
  	\`version_approved_at\` text,
  	\`version_lint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_variants_article_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_variants_article_cover_square_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_variants_video_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_variants_group_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_variants_group_activity_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_parent_idx\` ON \`_contents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_variants_article_version_variants_ar_idx\` ON \`_contents_v\` (\`version_variants_article_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_variants_article_version_variants__1_idx\` ON \`_contents_v\` (\`version_variants_article_cover_square_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_variants_video_version_variants_vide_idx\` ON \`_contents_v\` (\`version_variants_video_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_variants_group_version_variants_grou_idx\` ON \`_contents_v\` (\`version_variants_group_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_variants_group_version_variants_gr_1_idx\` ON \`_contents_v\` (\`version_variants_group_activity_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_status_idx\` ON \`_contents_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_campaign_idx\` ON \`_contents_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_topic_idx\` ON \`_contents_v\` (\`version_topic_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_branch_idx\` ON \`_contents_v\` (\`version_branch_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_created_by_idx\` ON \`_contents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_submitted_by_idx\` ON \`_contents_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_approved_by_idx\` ON \`_contents_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_updated_at_idx\` ON \`_contents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_version_version_created_at_idx\` ON \`_contents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_created_at_idx\` ON \`_contents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_updated_at_idx\` ON \`_contents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_contents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`segments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contents_v_rels_order_idx\` ON \`_contents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_rels_parent_idx\` ON \`_contents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_rels_path_idx\` ON \`_contents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_rels_media_id_idx\` ON \`_contents_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_contents_v_rels_segments_id_idx\` ON \`_contents_v_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_kpis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`metric\` text NOT NULL,
  	\`target\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_order_idx\` ON \`campaigns_kpis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_parent_id_idx\` ON \`campaigns_kpis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rewards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`quantity\` numeric,
  	\`unit_value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rewards_order_idx\` ON \`campaigns_rewards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rewards_parent_id_idx\` ON \`campaigns_rewards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_interactive_vote_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`option\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_interactive_vote_options_order_idx\` ON \`campaigns_interactive_vote_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_interactive_vote_options_parent_id_idx\` ON \`campaigns_interactive_vote_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_interactive_quiz\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_interactive_quiz_order_idx\` ON \`campaigns_interactive_quiz\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_interactive_quiz_parent_id_idx\` ON \`campaigns_interactive_quiz\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_interactive_prizes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`count\` numeric,
  	\`probability\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_interactive_prizes_order_idx\` ON \`campaigns_interactive_prizes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_interactive_prizes_parent_id_idx\` ON \`campaigns_interactive_prizes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'trend' NOT NULL,
  	\`stage\` text DEFAULT 'acquisition' NOT NULL,
  	\`theme\` text,
  	\`topic_id\` text(36),
  	\`period_start\` text,
  	\`period_start_tz\` text DEFAULT 'Asia/Shanghai',
  	\`period_end\` text,
  	\`period_end_tz\` text DEFAULT 'Asia/Shanghai',
  	\`rules\` text,
  	\`script_theme\` text,
  	\`script_rules\` text,
  	\`script_content\` text,
  	\`script_form\` text,
  	\`script_reward_allocation\` text,
  	\`interactive_type\` text,
  	\`interactive_votes_per_user\` numeric DEFAULT 1,
  	\`interactive_pass_score\` numeric,
  	\`interactive_draws_per_user\` numeric DEFAULT 1,
  	\`interactive_red_packet_total\` numeric,
  	\`interactive_red_packet_count\` numeric,
  	\`interactive_red_packet_max_per_user\` numeric,
  	\`interactive_spokesperson_slogan\` text,
  	\`interactive_spokesperson_allow_photo\` integer DEFAULT true,
  	\`interactive_invite_inviter_reward\` text,
  	\`interactive_invite_invitee_reward\` text,
  	\`interactive_invite_max_invites\` numeric,
  	\`branch_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_topic_idx\` ON \`campaigns\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_branch_idx\` ON \`campaigns\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_texts_order_parent\` ON \`campaigns_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`segments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_segments_id_idx\` ON \`campaigns_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_angles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`angle\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_angles_order_idx\` ON \`topics_angles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_angles_parent_id_idx\` ON \`topics_angles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`source\` text DEFAULT 'manual' NOT NULL,
  	\`heat\` numeric DEFAULT 50 NOT NULL,
  	\`first_seen\` text NOT NULL,
  	\`firstseen_tz\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`window_end\` text NOT NULL,
  	\`windowend_tz\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`festival_key\` text,
  	\`festival_date\` text,
  	\`stale\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_title_idx\` ON \`topics\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`topics_window_end_idx\` ON \`topics\` (\`window_end\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_festival_key_idx\` ON \`topics\` (\`festival_key\`);`)
  await db.run(sql`CREATE INDEX \`topics_stale_idx\` ON \`topics\` (\`stale\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_texts_order_parent\` ON \`topics_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`segments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`code\` text NOT NULL,
  	\`kind\` text DEFAULT 'product' NOT NULL,
  	\`group\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`segments_code_idx\` ON \`segments\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`segments_updated_at_idx\` ON \`segments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`segments_created_at_idx\` ON \`segments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`content_transitions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`content_id\` text(36) NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`by_id\` text(36),
  	\`at\` text NOT NULL,
  	\`reason\` text,
  	\`branch_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`content_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`content_transitions_content_idx\` ON \`content_transitions\` (\`content_id\`);`)
  await db.run(sql`CREATE INDEX \`content_transitions_by_idx\` ON \`content_transitions\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`content_transitions_at_idx\` ON \`content_transitions\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`content_transitions_branch_idx\` ON \`content_transitions\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`content_transitions_updated_at_idx\` ON \`content_transitions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_transitions_created_at_idx\` ON \`content_transitions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`uploaded_by_id\` text(36),
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
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`posters_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posters_history_order_idx\` ON \`posters_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`posters_history_parent_id_idx\` ON \`posters_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_history_by_idx\` ON \`posters_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`posters\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`template_id\` text(36) NOT NULL,
  	\`size\` text,
  	\`slots\` text DEFAULT '{}' NOT NULL,
  	\`campaign_id\` text(36),
  	\`content_id\` text(36),
  	\`personalised\` integer DEFAULT true,
  	\`branch_id\` text(36),
  	\`status\` text DEFAULT 'draft',
  	\`created_by_id\` text(36),
  	\`submitted_by_id\` text(36),
  	\`approved_by_id\` text(36),
  	\`approved_at\` text,
  	\`lint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`template_id\`) REFERENCES \`poster_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`content_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`posters_template_idx\` ON \`posters\` (\`template_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_campaign_idx\` ON \`posters\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_content_idx\` ON \`posters\` (\`content_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_branch_idx\` ON \`posters\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_status_idx\` ON \`posters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`posters_created_by_idx\` ON \`posters\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_submitted_by_idx\` ON \`posters\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_approved_by_idx\` ON \`posters\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_updated_at_idx\` ON \`posters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posters_created_at_idx\` ON \`posters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`poster_templates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`key\` text NOT NULL,
  	\`description\` text,
  	\`enabled\` integer DEFAULT true,
  	\`personalised\` integer,
  	\`sizes\` text,
  	\`slots\` text,
  	\`sample_slots\` text,
  	\`preview_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`poster_templates_key_idx\` ON \`poster_templates\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`poster_templates_updated_at_idx\` ON \`poster_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`poster_templates_created_at_idx\` ON \`poster_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`poster_exports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`poster_id\` text(36) NOT NULL,
  	\`branch_id\` text(36) NOT NULL,
  	\`status\` text DEFAULT 'queued',
  	\`progress\` numeric DEFAULT 0,
  	\`total\` numeric DEFAULT 0,
  	\`file\` text,
  	\`error\` text,
  	\`version\` text,
  	\`requested_by_id\` text(36),
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`poster_exports_poster_idx\` ON \`poster_exports\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`poster_exports_branch_idx\` ON \`poster_exports\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`poster_exports_version_idx\` ON \`poster_exports\` (\`version\`);`)
  await db.run(sql`CREATE INDEX \`poster_exports_requested_by_idx\` ON \`poster_exports\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`poster_exports_updated_at_idx\` ON \`poster_exports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`poster_exports_created_at_idx\` ON \`poster_exports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`publications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`content_id\` text(36) NOT NULL,
  	\`account_id\` text(36) NOT NULL,
  	\`planned_at\` text NOT NULL,
  	\`plannedat_tz\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`mass_send\` integer DEFAULT false,
  	\`status\` text DEFAULT 'scheduled' NOT NULL,
  	\`on_hold\` integer DEFAULT false,
  	\`overdue\` integer DEFAULT false,
  	\`kind\` text,
  	\`variant\` text,
  	\`mode\` text,
  	\`branch_id\` text(36),
  	\`manager_id\` text(36),
  	\`assignee_id\` text(36),
  	\`attempts\` numeric DEFAULT 0,
  	\`attempt_id\` text,
  	\`claimed_at\` text,
  	\`create_step\` text,
  	\`platform_id\` text,
  	\`urls\` text,
  	\`last_error\` text,
  	\`published_at\` text,
  	\`kit\` text,
  	\`progress\` text,
  	\`done_at\` text,
  	\`done_by_id\` text(36),
  	\`escalated_to_id\` text(36),
  	\`escalated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`content_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`done_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`escalated_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_content_idx\` ON \`publications\` (\`content_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_account_idx\` ON \`publications\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_planned_at_idx\` ON \`publications\` (\`planned_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_status_idx\` ON \`publications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`publications_on_hold_idx\` ON \`publications\` (\`on_hold\`);`)
  await db.run(sql`CREATE INDEX \`publications_branch_idx\` ON \`publications\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_manager_idx\` ON \`publications\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_assignee_idx\` ON \`publications\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_attempt_id_idx\` ON \`publications\` (\`attempt_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_claimed_at_idx\` ON \`publications\` (\`claimed_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_platform_id_idx\` ON \`publications\` (\`platform_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_done_by_idx\` ON \`publications\` (\`done_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_escalated_to_idx\` ON \`publications\` (\`escalated_to_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channel_accounts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`branch_id\` text(36),
  	\`manager_id\` text(36),
  	\`identifier\` text,
  	\`credentials_sealed\` text,
  	\`credentials_hint\` text,
  	\`senders\` text,
  	\`base_url\` text,
  	\`token_sealed\` text,
  	\`token_expires_at\` text,
  	\`health\` text DEFAULT 'ok',
  	\`last_error\` text,
  	\`health_checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`channel_accounts_branch_idx\` ON \`channel_accounts\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_manager_idx\` ON \`channel_accounts\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_updated_at_idx\` ON \`channel_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_created_at_idx\` ON \`channel_accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`groups\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`type\` text DEFAULT 'outer' NOT NULL,
  	\`member_count\` numeric DEFAULT 0 NOT NULL,
  	\`manager_id\` text(36),
  	\`branch_id\` text(36),
  	\`account_id\` text(36),
  	\`wecom_chat_id\` text,
  	\`rules\` text,
  	\`welcome_message\` text,
  	\`last_activity_at\` text,
  	\`lastactivityat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`groups_manager_idx\` ON \`groups\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`groups_branch_idx\` ON \`groups\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`groups_account_idx\` ON \`groups\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`groups_last_activity_at_idx\` ON \`groups\` (\`last_activity_at\`);`)
  await db.run(sql`CREATE INDEX \`groups_updated_at_idx\` ON \`groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`groups_created_at_idx\` ON \`groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`groups_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`segments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`groups_rels_order_idx\` ON \`groups_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`groups_rels_parent_idx\` ON \`groups_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`groups_rels_path_idx\` ON \`groups_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`groups_rels_segments_id_idx\` ON \`groups_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE TABLE \`group_sops_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text NOT NULL,
  	\`time\` text DEFAULT '09:00' NOT NULL,
  	\`title\` text NOT NULL,
  	\`content_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`content_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`group_sops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`group_sops_slots_order_idx\` ON \`group_sops_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`group_sops_slots_parent_id_idx\` ON \`group_sops_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`group_sops_slots_content_idx\` ON \`group_sops_slots\` (\`content_id\`);`)
  await db.run(sql`CREATE TABLE \`group_sops\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`branch_id\` text(36) NOT NULL,
  	\`segment_id\` text(36),
  	\`group_type\` text DEFAULT 'all' NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`segment_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`group_sops_branch_idx\` ON \`group_sops\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`group_sops_segment_idx\` ON \`group_sops\` (\`segment_id\`);`)
  await db.run(sql`CREATE INDEX \`group_sops_active_idx\` ON \`group_sops\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`group_sops_updated_at_idx\` ON \`group_sops\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`group_sops_created_at_idx\` ON \`group_sops\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`activities_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`prompt\` text NOT NULL,
  	\`option_a\` text,
  	\`option_b\` text,
  	\`option_c\` text,
  	\`option_d\` text,
  	\`answer\` text,
  	\`explanation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_questions_order_idx\` ON \`activities_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_questions_parent_id_idx\` ON \`activities_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_prizes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`weight\` numeric DEFAULT 1,
  	\`winning\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_prizes_order_idx\` ON \`activities_prizes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_prizes_parent_id_idx\` ON \`activities_prizes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_rewards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`rule\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_rewards_order_idx\` ON \`activities_rewards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rewards_parent_id_idx\` ON \`activities_rewards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`duration_minutes\` numeric DEFAULT 30 NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`theme\` text NOT NULL,
  	\`format\` text NOT NULL,
  	\`rules\` text NOT NULL,
  	\`group_message\` text NOT NULL,
  	\`poster_headline\` text,
  	\`poster_subline\` text,
  	\`poster_image_id\` text(36),
  	\`code\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`poster_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_kind_idx\` ON \`activities\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`activities_status_idx\` ON \`activities\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`activities_poster_poster_image_idx\` ON \`activities\` (\`poster_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`activities_code_idx\` ON \`activities\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`activities_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_texts_order_parent\` ON \`activities_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`participations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`activity_id\` text(36) NOT NULL,
  	\`kind\` text NOT NULL,
  	\`summary\` text,
  	\`manager_id\` text(36),
  	\`branch_id\` text(36),
  	\`tracking_code\` text,
  	\`visitor_key\` text,
  	\`fingerprint\` text,
  	\`dedupe_key\` text,
  	\`answers\` text,
  	\`score\` numeric,
  	\`total\` numeric,
  	\`choice\` text,
  	\`lottery_seed\` text,
  	\`lottery_prize_table\` text,
  	\`lottery_value\` numeric,
  	\`lottery_ticket\` numeric,
  	\`lottery_prize\` text,
  	\`lottery_won\` integer,
  	\`lottery_drawn_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`activity_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`participations_activity_idx\` ON \`participations\` (\`activity_id\`);`)
  await db.run(sql`CREATE INDEX \`participations_manager_idx\` ON \`participations\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`participations_branch_idx\` ON \`participations\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`participations_tracking_code_idx\` ON \`participations\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`participations_visitor_key_idx\` ON \`participations\` (\`visitor_key\`);`)
  await db.run(sql`CREATE INDEX \`participations_fingerprint_idx\` ON \`participations\` (\`fingerprint\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`participations_dedupe_key_idx\` ON \`participations\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`participations_choice_idx\` ON \`participations\` (\`choice\`);`)
  await db.run(sql`CREATE INDEX \`participations_updated_at_idx\` ON \`participations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`participations_created_at_idx\` ON \`participations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`tracking_links\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`target\` text,
  	\`campaign\` text,
  	\`campaign_name\` text,
  	\`channel\` text,
  	\`content\` text,
  	\`publication\` text,
  	\`poster\` text,
  	\`manager_id\` text(36),
  	\`branch_id\` text(36),
  	\`combo_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tracking_links_code_idx\` ON \`tracking_links\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`tracking_links_campaign_idx\` ON \`tracking_links\` (\`campaign\`);`)
  await db.run(sql`CREATE INDEX \`tracking_links_channel_idx\` ON \`tracking_links\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`tracking_links_content_idx\` ON \`tracking_links\` (\`content\`);`)
  await db.run(sql`CREATE INDEX \`tracking_links_publication_idx\` ON \`tracking_links\` (\`publication\`);`)
  await db.run(sql`CREATE INDEX \`tracking_links_poster_idx\` ON \`tracking_links\` (\`poster\`);`)
  await db.run(sql`CREATE INDEX \`tracking_links_manager_idx\` ON \`tracking_links\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`tracking_links_branch_idx\` ON \`tracking_links\` (\`branch_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tracking_links_combo_key_idx\` ON \`tracking_links\` (\`combo_key\`);`)
  await db.run(sql`CREATE INDEX \`tracking_links_updated_at_idx\` ON \`tracking_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tracking_links_created_at_idx\` ON \`tracking_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`scan_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`event_id\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`code\` text,
  	\`link_id\` text(36),
  	\`referral_id\` text(36),
  	\`kind\` text,
  	\`in_wechat\` integer,
  	\`flag\` text,
  	\`campaign\` text,
  	\`channel\` text,
  	\`manager_id\` text(36),
  	\`branch_id\` text(36),
  	\`device\` text,
  	\`ip_hash\` text,
  	\`referrer\` text,
  	\`user_agent\` text,
  	\`stats_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`link_id\`) REFERENCES \`tracking_links\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`referral_id\`) REFERENCES \`referrals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`scan_events_event_id_idx\` ON \`scan_events\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_at_idx\` ON \`scan_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_code_idx\` ON \`scan_events\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_link_idx\` ON \`scan_events\` (\`link_id\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_referral_idx\` ON \`scan_events\` (\`referral_id\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_flag_idx\` ON \`scan_events\` (\`flag\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_campaign_idx\` ON \`scan_events\` (\`campaign\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_manager_idx\` ON \`scan_events\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_branch_idx\` ON \`scan_events\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_device_idx\` ON \`scan_events\` (\`device\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_stats_key_idx\` ON \`scan_events\` (\`stats_key\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_updated_at_idx\` ON \`scan_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scan_events_created_at_idx\` ON \`scan_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conversions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`type_label\` text,
  	\`stage\` text NOT NULL,
  	\`amount\` numeric,
  	\`occurred_at\` text NOT NULL,
  	\`external_id\` text NOT NULL,
  	\`dedupe_key\` text NOT NULL,
  	\`integration_id\` text(36),
  	\`attributed\` integer,
  	\`code\` text,
  	\`link_id\` text(36),
  	\`referral_id\` text(36),
  	\`inviter\` text,
  	\`campaign\` text,
  	\`channel\` text,
  	\`manager_id\` text(36),
  	\`branch_id\` text(36),
  	\`customer\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`integration_id\`) REFERENCES \`integrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`link_id\`) REFERENCES \`tracking_links\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`referral_id\`) REFERENCES \`referrals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`conversions_type_idx\` ON \`conversions\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`conversions_stage_idx\` ON \`conversions\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`conversions_occurred_at_idx\` ON \`conversions\` (\`occurred_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`conversions_dedupe_key_idx\` ON \`conversions\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`conversions_integration_idx\` ON \`conversions\` (\`integration_id\`);`)
  await db.run(sql`CREATE INDEX \`conversions_attributed_idx\` ON \`conversions\` (\`attributed\`);`)
  await db.run(sql`CREATE INDEX \`conversions_link_idx\` ON \`conversions\` (\`link_id\`);`)
  await db.run(sql`CREATE INDEX \`conversions_referral_idx\` ON \`conversions\` (\`referral_id\`);`)
  await db.run(sql`CREATE INDEX \`conversions_inviter_idx\` ON \`conversions\` (\`inviter\`);`)
  await db.run(sql`CREATE INDEX \`conversions_campaign_idx\` ON \`conversions\` (\`campaign\`);`)
  await db.run(sql`CREATE INDEX \`conversions_manager_idx\` ON \`conversions\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`conversions_branch_idx\` ON \`conversions\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`conversions_updated_at_idx\` ON \`conversions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conversions_created_at_idx\` ON \`conversions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`referrals\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`link_id\` text(36) NOT NULL,
  	\`parent_id\` text(36),
  	\`level\` numeric NOT NULL,
  	\`inviter\` text NOT NULL,
  	\`manager_id\` text(36),
  	\`campaign\` text,
  	\`pair_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`link_id\`) REFERENCES \`tracking_links\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`referrals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`referrals_code_idx\` ON \`referrals\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`referrals_link_idx\` ON \`referrals\` (\`link_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_parent_idx\` ON \`referrals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_inviter_idx\` ON \`referrals\` (\`inviter\`);`)
  await db.run(sql`CREATE INDEX \`referrals_manager_idx\` ON \`referrals\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`referrals_campaign_idx\` ON \`referrals\` (\`campaign\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`referrals_pair_key_idx\` ON \`referrals\` (\`pair_key\`);`)
  await db.run(sql`CREATE INDEX \`referrals_updated_at_idx\` ON \`referrals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referrals_created_at_idx\` ON \`referrals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`engagement\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`publication\` text NOT NULL,
  	\`account\` text,
  	\`platform_id\` text,
  	\`at\` text NOT NULL,
  	\`campaign\` text,
  	\`channel\` text,
  	\`manager_id\` text(36),
  	\`branch_id\` text(36),
  	\`reads\` numeric DEFAULT 0,
  	\`likes\` numeric DEFAULT 0,
  	\`shares\` numeric DEFAULT 0,
  	\`comments\` numeric DEFAULT 0,
  	\`reach\` numeric DEFAULT 0,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`engagement_publication_idx\` ON \`engagement\` (\`publication\`);`)
  await db.run(sql`CREATE INDEX \`engagement_account_idx\` ON \`engagement\` (\`account\`);`)
  await db.run(sql`CREATE INDEX \`engagement_at_idx\` ON \`engagement\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`engagement_campaign_idx\` ON \`engagement\` (\`campaign\`);`)
  await db.run(sql`CREATE INDEX \`engagement_manager_idx\` ON \`engagement\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`engagement_branch_idx\` ON \`engagement\` (\`branch_id\`);`)
  await db.run(sql`CREATE TABLE \`tracking_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`hour\` text NOT NULL,
  	\`link_id\` text(36),
  	\`campaign\` text,
  	\`channel\` text,
  	\`manager_id\` text(36),
  	\`branch_id\` text(36),
  	\`visits\` numeric DEFAULT 0,
  	\`referred\` numeric DEFAULT 0,
  	\`suspicious\` numeric DEFAULT 0,
  	FOREIGN KEY (\`link_id\`) REFERENCES \`tracking_links\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tracking_stats_key_idx\` ON \`tracking_stats\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`tracking_stats_hour_idx\` ON \`tracking_stats\` (\`hour\`);`)
  await db.run(sql`CREATE INDEX \`tracking_stats_link_idx\` ON \`tracking_stats\` (\`link_id\`);`)
  await db.run(sql`CREATE INDEX \`tracking_stats_campaign_idx\` ON \`tracking_stats\` (\`campaign\`);`)
  await db.run(sql`CREATE INDEX \`tracking_stats_manager_idx\` ON \`tracking_stats\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`tracking_stats_branch_idx\` ON \`tracking_stats\` (\`branch_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`role\` text DEFAULT 'manager' NOT NULL,
  	\`branch_id\` text(36),
  	\`title\` text,
  	\`phone\` text,
  	\`employee_no\` text,
  	\`avatar_id\` text(36),
  	\`wechat_id\` text,
  	\`bio\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`avatar_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_branch_idx\` ON \`users\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`users_employee_no_idx\` ON \`users\` (\`employee_no\`);`)
  await db.run(sql`CREATE INDEX \`users_avatar_idx\` ON \`users\` (\`avatar_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`branches\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`level\` text DEFAULT 'sub' NOT NULL,
  	\`parent_id\` text(36),
  	\`city\` text,
  	\`ancestors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`branches_code_idx\` ON \`branches\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`branches_parent_idx\` ON \`branches\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`branches_ancestors_idx\` ON \`branches\` (\`ancestors\`);`)
  await db.run(sql`CREATE INDEX \`branches_updated_at_idx\` ON \`branches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`branches_created_at_idx\` ON \`branches\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`compliance_rules_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`compliance_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`compliance_rules_categories_order_idx\` ON \`compliance_rules_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`compliance_rules_categories_parent_idx\` ON \`compliance_rules_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`compliance_rules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`rule_id\` text NOT NULL,
  	\`pattern\` text NOT NULL,
  	\`kind\` text DEFAULT 'banned-word' NOT NULL,
  	\`severity\` text DEFAULT 'block' NOT NULL,
  	\`reason_zh\` text NOT NULL,
  	\`reason_en\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`compliance_rules_rule_id_idx\` ON \`compliance_rules\` (\`rule_id\`);`)
  await db.run(sql`CREATE INDEX \`compliance_rules_updated_at_idx\` ON \`compliance_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`compliance_rules_created_at_idx\` ON \`compliance_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`compliance_rules_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`compliance_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`compliance_rules_texts_order_parent\` ON \`compliance_rules_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`integrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`key_prefix\` text,
  	\`key_hash\` text,
  	\`active\` integer DEFAULT true,
  	\`last_used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`integrations_key_hash_idx\` ON \`integrations\` (\`key_hash\`);`)
  await db.run(sql`CREATE INDEX \`integrations_updated_at_idx\` ON \`integrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`integrations_created_at_idx\` ON \`integrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
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
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`contents_id\` text(36),
  	\`campaigns_id\` text(36),
  	\`topics_id\` text(36),
  	\`segments_id\` text(36),
  	\`content_transitions_id\` text(36),
  	\`media_id\` text(36),
  	\`posters_id\` text(36),
  	\`poster_templates_id\` text(36),
  	\`poster_exports_id\` text(36),
  	\`publications_id\` text(36),
  	\`channel_accounts_id\` text(36),
  	\`groups_id\` text(36),
  	\`group_sops_id\` text(36),
  	\`activities_id\` text(36),
  	\`participations_id\` text(36),
  	\`tracking_links_id\` text(36),
  	\`scan_events_id\` text(36),
  	\`conversions_id\` text(36),
  	\`referrals_id\` text(36),
  	\`engagement_id\` text(36),
  	\`tracking_stats_id\` text(36),
  	\`users_id\` text(36),
  	\`branches_id\` text(36),
  	\`compliance_rules_id\` text(36),
  	\`integrations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contents_id\`) REFERENCES \`contents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_transitions_id\`) REFERENCES \`content_transitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`poster_templates_id\`) REFERENCES \`poster_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`poster_exports_id\`) REFERENCES \`poster_exports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`group_sops_id\`) REFERENCES \`group_sops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participations_id\`) REFERENCES \`participations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tracking_links_id\`) REFERENCES \`tracking_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scan_events_id\`) REFERENCES \`scan_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conversions_id\`) REFERENCES \`conversions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referrals_id\`) REFERENCES \`referrals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`engagement_id\`) REFERENCES \`engagement\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tracking_stats_id\`) REFERENCES \`tracking_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`compliance_rules_id\`) REFERENCES \`compliance_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`integrations_id\`) REFERENCES \`integrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contents_id_idx\` ON \`payload_locked_documents_rels\` (\`contents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_segments_id_idx\` ON \`payload_locked_documents_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_transitions_id_idx\` ON \`payload_locked_documents_rels\` (\`content_transitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posters_id_idx\` ON \`payload_locked_documents_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_poster_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`poster_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_poster_exports_id_idx\` ON \`payload_locked_documents_rels\` (\`poster_exports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_group_sops_id_idx\` ON \`payload_locked_documents_rels\` (\`group_sops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_participations_id_idx\` ON \`payload_locked_documents_rels\` (\`participations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tracking_links_id_idx\` ON \`payload_locked_documents_rels\` (\`tracking_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scan_events_id_idx\` ON \`payload_locked_documents_rels\` (\`scan_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conversions_id_idx\` ON \`payload_locked_documents_rels\` (\`conversions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referrals_id_idx\` ON \`payload_locked_documents_rels\` (\`referrals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_engagement_id_idx\` ON \`payload_locked_documents_rels\` (\`engagement_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tracking_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`tracking_stats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_branches_id_idx\` ON \`payload_locked_documents_rels\` (\`branches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_compliance_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`compliance_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_integrations_id_idx\` ON \`payload_locked_documents_rels\` (\`integrations_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
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
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`brand\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text DEFAULT '锦程银行' NOT NULL,
  	\`name_en\` text DEFAULT 'JINCHENG BANK',
  	\`slogan\` text DEFAULT '锦程相伴 · 温暖同行',
  	\`logo_id\` text(36),
  	\`colors_primary\` text DEFAULT '#C8102E',
  	\`colors_primary_dark\` text DEFAULT '#8E0B20',
  	\`colors_accent\` text DEFAULT '#FF8A3D',
  	\`colors_cream\` text DEFAULT '#FFF4DC',
  	\`colors_ink\` text DEFAULT '#1F2329',
  	\`disclaimer\` text DEFAULT '本活动最终解释权归锦程银行所有 · 理财有风险，投资需谨慎',
  	\`hotline\` text DEFAULT '400-820-2026',
  	\`homepage_url\` text DEFAULT 'https://www.jcbank.demo',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_logo_idx\` ON \`brand\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`funnel_settings_event_types\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`stage\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`funnel_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`funnel_settings_event_types_order_idx\` ON \`funnel_settings_event_types\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`funnel_settings_event_types_parent_id_idx\` ON \`funnel_settings_event_types\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`funnel_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contents_variants_video_topics\`;`)
  await db.run(sql`DROP TABLE \`contents\`;`)
  await db.run(sql`DROP TABLE \`contents_rels\`;`)
  await db.run(sql`DROP TABLE \`_contents_v_version_variants_video_topics\`;`)
  await db.run(sql`DROP TABLE \`_contents_v\`;`)
  await db.run(sql`DROP TABLE \`_contents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_kpis\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rewards\`;`)
  await db.run(sql`DROP TABLE \`campaigns_interactive_vote_options\`;`)
  await db.run(sql`DROP TABLE \`campaigns_interactive_quiz\`;`)
  await db.run(sql`DROP TABLE \`campaigns_interactive_prizes\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_texts\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`topics_angles\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_texts\`;`)
  await db.run(sql`DROP TABLE \`segments\`;`)
  await db.run(sql`DROP TABLE \`content_transitions\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`posters_history\`;`)
  await db.run(sql`DROP TABLE \`posters\`;`)
  await db.run(sql`DROP TABLE \`poster_templates\`;`)
  await db.run(sql`DROP TABLE \`poster_exports\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`DROP TABLE \`channel_accounts\`;`)
  await db.run(sql`DROP TABLE \`groups\`;`)
  await db.run(sql`DROP TABLE \`groups_rels\`;`)
  await db.run(sql`DROP TABLE \`group_sops_slots\`;`)
  await db.run(sql`DROP TABLE \`group_sops\`;`)
  await db.run(sql`DROP TABLE \`activities_questions\`;`)
  await db.run(sql`DROP TABLE \`activities_prizes\`;`)
  await db.run(sql`DROP TABLE \`activities_rewards\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities_texts\`;`)
  await db.run(sql`DROP TABLE \`participations\`;`)
  await db.run(sql`DROP TABLE \`tracking_links\`;`)
  await db.run(sql`DROP TABLE \`scan_events\`;`)
  await db.run(sql`DROP TABLE \`conversions\`;`)
  await db.run(sql`DROP TABLE \`referrals\`;`)
  await db.run(sql`DROP TABLE \`engagement\`;`)
  await db.run(sql`DROP TABLE \`tracking_stats\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`branches\`;`)
  await db.run(sql`DROP TABLE \`compliance_rules_categories\`;`)
  await db.run(sql`DROP TABLE \`compliance_rules\`;`)
  await db.run(sql`DROP TABLE \`compliance_rules_texts\`;`)
  await db.run(sql`DROP TABLE \`integrations\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`brand\`;`)
  await db.run(sql`DROP TABLE \`funnel_settings_event_types\`;`)
  await db.run(sql`DROP TABLE \`funnel_settings\`;`)
}
