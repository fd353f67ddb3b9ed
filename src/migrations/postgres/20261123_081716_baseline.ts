import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contents_status" AS ENUM('draft', 'in_review', 'approved', 'rejected', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_contents_category" AS ENUM('general', 'wealth', 'insurance', 'credit', 'deposit');
  CREATE TYPE "public"."enum__contents_v_version_status" AS ENUM('draft', 'in_review', 'approved', 'rejected', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__contents_v_version_category" AS ENUM('general', 'wealth', 'insurance', 'credit', 'deposit');
  CREATE TYPE "public"."enum_campaigns_kpis_metric" AS ENUM('reach', 'reads', 'scans', 'participants', 'new-customers', 'accounts', 'aum', 'referrals');
  CREATE TYPE "public"."enum_campaigns_kind" AS ENUM('trend', 'empathy', 'interactive', 'product');
  CREATE TYPE "public"."enum_campaigns_stage" AS ENUM('acquisition', 'activation', 'retention', 'revenue', 'referral');
  CREATE TYPE "public"."enum_campaigns_period_start_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_campaigns_period_end_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_campaigns_interactive_type" AS ENUM('vote', 'quiz', 'lottery', 'red-packet', 'spokesperson', 'invite');
  CREATE TYPE "public"."enum_topics_source" AS ENUM('微博热搜', '抖音', '知乎', 'B站', '百度', '节日节气', 'manual');
  CREATE TYPE "public"."enum_topics_firstseen_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_topics_windowend_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_segments_kind" AS ENUM('product', 'persona');
  CREATE TYPE "public"."enum_segments_group" AS ENUM('interest', 'behaviour', 'age-band', 'region');
  CREATE TYPE "public"."enum_content_transitions_from" AS ENUM('draft', 'in_review', 'approved', 'rejected', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_content_transitions_to" AS ENUM('draft', 'in_review', 'approved', 'rejected', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_posters_status" AS ENUM('draft', 'in_review', 'approved', 'rejected', 'archived');
  CREATE TYPE "public"."enum_poster_exports_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_publications_plannedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_publications_status" AS ENUM('scheduled', 'publishing', 'published', 'task_created', 'awaiting_confirmation', 'done', 'failed', 'needs_verification', 'cancelled');
  CREATE TYPE "public"."enum_publications_kind" AS ENUM('oa_subscription', 'oa_service', 'wecom_robot', 'wecom_groups', 'wecom_moments', 'channels_video', 'personal_moments', 'personal_groups');
  CREATE TYPE "public"."enum_publications_variant" AS ENUM('moments', 'article', 'video', 'group');
  CREATE TYPE "public"."enum_publications_mode" AS ENUM('auto', 'task', 'manual');
  CREATE TYPE "public"."enum_channel_accounts_kind" AS ENUM('oa_subscription', 'oa_service', 'wecom_robot', 'wecom_groups', 'wecom_moments', 'channels_video', 'personal_moments', 'personal_groups');
  CREATE TYPE "public"."enum_channel_accounts_health" AS ENUM('ok', 'needs_reconnect', 'rate_limited');
  CREATE TYPE "public"."enum_groups_type" AS ENUM('core', 'outer');
  CREATE TYPE "public"."enum_groups_lastactivityat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_group_sops_slots_weekday" AS ENUM('1', '2', '3', '4', '5', '6', '7');
  CREATE TYPE "public"."enum_group_sops_group_type" AS ENUM('all', 'core', 'outer');
  CREATE TYPE "public"."enum_activities_kind" AS ENUM('pinyin', 'dice', 'lantern-riddle', 'quiz', 'relay', 'vote', 'lottery', 'red-packet');
  CREATE TYPE "public"."enum_activities_status" AS ENUM('active', 'archived');
  CREATE TYPE "public"."enum_participations_kind" AS ENUM('quiz', 'vote', 'lottery');
  CREATE TYPE "public"."enum_tracking_links_channel" AS ENUM('oa_subscription', 'oa_service', 'wecom_robot', 'wecom_groups', 'wecom_moments', 'channels_video', 'personal_moments', 'personal_groups', 'poster', 'link');
  CREATE TYPE "public"."enum_scan_events_kind" AS ENUM('scan', 'click');
  CREATE TYPE "public"."enum_scan_events_flag" AS ENUM('repeat', 'velocity');
  CREATE TYPE "public"."enum_scan_events_channel" AS ENUM('oa_subscription', 'oa_service', 'wecom_robot', 'wecom_groups', 'wecom_moments', 'channels_video', 'personal_moments', 'personal_groups', 'poster', 'link');
  CREATE TYPE "public"."enum_conversions_stage" AS ENUM('activation', 'retention', 'revenue', 'referral');
  CREATE TYPE "public"."enum_conversions_channel" AS ENUM('oa_subscription', 'oa_service', 'wecom_robot', 'wecom_groups', 'wecom_moments', 'channels_video', 'personal_moments', 'personal_groups', 'poster', 'link');
  CREATE TYPE "public"."enum_engagement_channel" AS ENUM('oa_subscription', 'oa_service', 'wecom_robot', 'wecom_groups', 'wecom_moments', 'channels_video', 'personal_moments', 'personal_groups', 'poster', 'link');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'reviewer', 'manager');
  CREATE TYPE "public"."enum_branches_level" AS ENUM('head', 'branch', 'sub');
  CREATE TYPE "public"."enum_compliance_rules_categories" AS ENUM('all', 'wealth', 'insurance', 'credit', 'deposit');
  CREATE TYPE "public"."enum_compliance_rules_kind" AS ENUM('banned-word', 'required-phrase', 'regex');
  CREATE TYPE "public"."enum_compliance_rules_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_funnel_settings_event_types_stage" AS ENUM('activation', 'retention', 'revenue', 'referral');
  CREATE TABLE "contents_variants_video_topics" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tag" varchar NOT NULL
  );
  
  CREATE TABLE "contents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"master" varchar,
  	"variants_moments_enabled" boolean,
  	"variants_moments_text" varchar,
  	"variants_moments_link" varchar,
  	"variants_article_enabled" boolean,
  	"variants_article_title" varchar,
  	"variants_article_author" varchar,
  	"variants_article_digest" varchar,
  	"variants_article_cover_id" uuid,
  	"variants_article_cover_square_id" uuid,
  	"variants_article_body" jsonb,
  	"variants_article_source_url" varchar,
  	"variants_video_enabled" boolean,
  	"variants_video_video_id" uuid,
  	"variants_video_description" varchar,
  	"variants_video_linked_article_url" varchar,
  	"variants_group_enabled" boolean,
  	"variants_group_text" varchar,
  	"variants_group_image_id" uuid,
  	"variants_group_activity_id" uuid,
  	"status" "enum_contents_status" DEFAULT 'draft' NOT NULL,
  	"category" "enum_contents_category" DEFAULT 'general' NOT NULL,
  	"campaign_id" uuid,
  	"topic_id" uuid,
  	"branch_id" uuid,
  	"stale" boolean,
  	"created_by_id" uuid,
  	"submitted_by_id" uuid,
  	"approved_by_id" uuid,
  	"approved_at" timestamp(3) with time zone,
  	"lint" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid,
  	"segments_id" uuid
  );
  
  CREATE TABLE "_contents_v_version_variants_video_topics" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"tag" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contents_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar NOT NULL,
  	"version_master" varchar,
  	"version_variants_moments_enabled" boolean,
  	"version_variants_moments_text" varchar,
  	"version_variants_moments_link" varchar,
  	"version_variants_article_enabled" boolean,
  	"version_variants_article_title" varchar,
  	"version_variants_article_author" varchar,
  	"version_variants_article_digest" varchar,
  	"version_variants_article_cover_id" uuid,
  	"version_variants_article_cover_square_id" uuid,
  	"version_variants_article_body" jsonb,
  	"version_variants_article_source_url" varchar,
  	"version_variants_video_enabled" boolean,
  	"version_variants_video_video_id" uuid,
  	"version_variants_video_description" varchar,
  	"version_variants_video_linked_article_url" varchar,
  	"version_variants_group_enabled" boolean,
  	"version_variants_group_text" varchar,
  	"version_variants_group_image_id" uuid,
  	"version_variants_group_activity_id" uuid,
  	"version_status" "enum__contents_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_category" "enum__contents_v_version_category" DEFAULT 'general' NOT NULL,
  	"version_campaign_id" uuid,
  	"version_topic_id" uuid,
  	"version_branch_id" uuid,
  	"version_stale" boolean,
  	"version_created_by_id" uuid,
  	"version_submitted_by_id" uuid,
  	"version_approved_by_id" uuid,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_lint" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_contents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid,
  	"segments_id" uuid
  );
  
  CREATE TABLE "campaigns_kpis" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"metric" "enum_campaigns_kpis_metric" NOT NULL,
  	"target" numeric NOT NULL
  );
  
  CREATE TABLE "campaigns_rewards" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"quantity" numeric,
  	"unit_value" numeric
  );
  
  CREATE TABLE "campaigns_interactive_vote_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"option" varchar
  );
  
  CREATE TABLE "campaigns_interactive_quiz" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "campaigns_interactive_prizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"count" numeric,
  	"probability" numeric
  );
  
  CREATE TABLE "campaigns" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_campaigns_kind" DEFAULT 'trend' NOT NULL,
  	"stage" "enum_campaigns_stage" DEFAULT 'acquisition' NOT NULL,
  	"theme" varchar,
  	"topic_id" uuid,
  	"period_start" timestamp(3) with time zone,
  	"period_start_tz" "enum_campaigns_period_start_tz" DEFAULT 'Asia/Shanghai',
  	"period_end" timestamp(3) with time zone,
  	"period_end_tz" "enum_campaigns_period_end_tz" DEFAULT 'Asia/Shanghai',
  	"rules" varchar,
  	"script_theme" varchar,
  	"script_rules" varchar,
  	"script_content" varchar,
  	"script_form" varchar,
  	"script_reward_allocation" varchar,
  	"interactive_type" "enum_campaigns_interactive_type",
  	"interactive_votes_per_user" numeric DEFAULT 1,
  	"interactive_pass_score" numeric,
  	"interactive_draws_per_user" numeric DEFAULT 1,
  	"interactive_red_packet_total" numeric,
  	"interactive_red_packet_count" numeric,
  	"interactive_red_packet_max_per_user" numeric,
  	"interactive_spokesperson_slogan" varchar,
  	"interactive_spokesperson_allow_photo" boolean DEFAULT true,
  	"interactive_invite_inviter_reward" varchar,
  	"interactive_invite_invitee_reward" varchar,
  	"interactive_invite_max_invites" numeric,
  	"branch_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"segments_id" uuid
  );
  
  CREATE TABLE "topics_angles" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"angle" varchar NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"source" "enum_topics_source" DEFAULT 'manual' NOT NULL,
  	"heat" numeric DEFAULT 50 NOT NULL,
  	"first_seen" timestamp(3) with time zone NOT NULL,
  	"firstseen_tz" "enum_topics_firstseen_tz" DEFAULT 'Asia/Shanghai' NOT NULL,
  	"window_end" timestamp(3) with time zone NOT NULL,
  	"windowend_tz" "enum_topics_windowend_tz" DEFAULT 'Asia/Shanghai' NOT NULL,
  	"festival_key" varchar,
  	"festival_date" varchar,
  	"stale" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "segments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"code" varchar NOT NULL,
  	"kind" "enum_segments_kind" DEFAULT 'product' NOT NULL,
  	"group" "enum_segments_group",
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "content_transitions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"content_id" uuid NOT NULL,
  	"from" "enum_content_transitions_from" NOT NULL,
  	"to" "enum_content_transitions_to" NOT NULL,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone NOT NULL,
  	"reason" varchar,
  	"branch_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar,
  	"uploaded_by_id" uuid,
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
  
  CREATE TABLE "posters_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" uuid,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "posters" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"template_id" uuid NOT NULL,
  	"size" varchar,
  	"slots" jsonb DEFAULT '{}'::jsonb NOT NULL,
  	"campaign_id" uuid,
  	"content_id" uuid,
  	"personalised" boolean DEFAULT true,
  	"branch_id" uuid,
  	"status" "enum_posters_status" DEFAULT 'draft',
  	"created_by_id" uuid,
  	"submitted_by_id" uuid,
  	"approved_by_id" uuid,
  	"approved_at" timestamp(3) with time zone,
  	"lint" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "poster_templates" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"key" varchar NOT NULL,
  	"description" varchar,
  	"enabled" boolean DEFAULT true,
  	"personalised" boolean,
  	"sizes" jsonb,
  	"slots" jsonb,
  	"sample_slots" jsonb,
  	"preview_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "poster_exports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"poster_id" uuid NOT NULL,
  	"branch_id" uuid NOT NULL,
  	"status" "enum_poster_exports_status" DEFAULT 'queued',
  	"progress" numeric DEFAULT 0,
  	"total" numeric DEFAULT 0,
  	"file" varchar,
  	"error" varchar,
  	"version" varchar,
  	"requested_by_id" uuid,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publications" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"content_id" uuid NOT NULL,
  	"account_id" uuid NOT NULL,
  	"planned_at" timestamp(3) with time zone NOT NULL,
  	"plannedat_tz" "enum_publications_plannedat_tz" DEFAULT 'Asia/Shanghai' NOT NULL,
  	"mass_send" boolean DEFAULT false,
  	"status" "enum_publications_status" DEFAULT 'scheduled' NOT NULL,
  	"on_hold" boolean DEFAULT false,
  	"overdue" boolean DEFAULT false,
  	"kind" "enum_publications_kind",
  	"variant" "enum_publications_variant",
  	"mode" "enum_publications_mode",
  	"branch_id" uuid,
  	"manager_id" uuid,
  	"assignee_id" uuid,
  	"attempts" numeric DEFAULT 0,
  	"attempt_id" varchar,
  	"claimed_at" timestamp(3) with time zone,
  	"create_step" varchar,
  	"platform_id" varchar,
  	"urls" jsonb,
  	"last_error" varchar,
  	"published_at" timestamp(3) with time zone,
  	"kit" jsonb,
  	"progress" jsonb,
  	"done_at" timestamp(3) with time zone,
  	"done_by_id" uuid,
  	"escalated_to_id" uuid,
  	"escalated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "channel_accounts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_channel_accounts_kind" NOT NULL,
  	"branch_id" uuid,
  	"manager_id" uuid,
  	"identifier" varchar,
  	"credentials_sealed" varchar,
  	"credentials_hint" varchar,
  	"senders" varchar,
  	"base_url" varchar,
  	"token_sealed" varchar,
  	"token_expires_at" timestamp(3) with time zone,
  	"health" "enum_channel_accounts_health" DEFAULT 'ok',
  	"last_error" varchar,
  	"health_checked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "groups" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"type" "enum_groups_type" DEFAULT 'outer' NOT NULL,
  	"member_count" numeric DEFAULT 0 NOT NULL,
  	"manager_id" uuid,
  	"branch_id" uuid,
  	"account_id" uuid,
  	"wecom_chat_id" varchar,
  	"rules" varchar,
  	"welcome_message" varchar,
  	"last_activity_at" timestamp(3) with time zone,
  	"lastactivityat_tz" "enum_groups_lastactivityat_tz" DEFAULT 'Asia/Shanghai',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "groups_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"segments_id" uuid
  );
  
  CREATE TABLE "group_sops_slots" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"weekday" "enum_group_sops_slots_weekday" NOT NULL,
  	"time" varchar DEFAULT '09:00' NOT NULL,
  	"title" varchar NOT NULL,
  	"content_id" uuid NOT NULL
  );
  
  CREATE TABLE "group_sops" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"branch_id" uuid NOT NULL,
  	"segment_id" uuid,
  	"group_type" "enum_group_sops_group_type" DEFAULT 'all' NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activities_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"prompt" varchar NOT NULL,
  	"option_a" varchar,
  	"option_b" varchar,
  	"option_c" varchar,
  	"option_d" varchar,
  	"answer" varchar,
  	"explanation" varchar
  );
  
  CREATE TABLE "activities_prizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"weight" numeric DEFAULT 1,
  	"winning" boolean DEFAULT true
  );
  
  CREATE TABLE "activities_rewards" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"rule" varchar
  );
  
  CREATE TABLE "activities" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_activities_kind" NOT NULL,
  	"duration_minutes" numeric DEFAULT 30 NOT NULL,
  	"status" "enum_activities_status" DEFAULT 'active' NOT NULL,
  	"theme" varchar NOT NULL,
  	"format" varchar NOT NULL,
  	"rules" varchar NOT NULL,
  	"group_message" varchar NOT NULL,
  	"poster_headline" varchar,
  	"poster_subline" varchar,
  	"poster_image_id" uuid,
  	"code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activities_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "participations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"activity_id" uuid NOT NULL,
  	"kind" "enum_participations_kind" NOT NULL,
  	"summary" varchar,
  	"manager_id" uuid,
  	"branch_id" uuid,
  	"tracking_code" varchar,
  	"visitor_key" varchar,
  	"fingerprint" varchar,
  	"dedupe_key" varchar,
  	"answers" jsonb,
  	"score" numeric,
  	"total" numeric,
  	"choice" varchar,
  	"lottery_seed" varchar,
  	"lottery_prize_table" jsonb,
  	"lottery_value" numeric,
  	"lottery_ticket" numeric,
  	"lottery_prize" varchar,
  	"lottery_won" boolean,
  	"lottery_drawn_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tracking_links" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar,
  	"target" varchar,
  	"campaign" varchar,
  	"campaign_name" varchar,
  	"channel" "enum_tracking_links_channel",
  	"content" varchar,
  	"publication" varchar,
  	"poster" varchar,
  	"manager_id" uuid,
  	"branch_id" uuid,
  	"combo_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "scan_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event_id" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"code" varchar,
  	"link_id" uuid,
  	"referral_id" uuid,
  	"kind" "enum_scan_events_kind",
  	"in_wechat" boolean,
  	"flag" "enum_scan_events_flag",
  	"campaign" varchar,
  	"channel" "enum_scan_events_channel",
  	"manager_id" uuid,
  	"branch_id" uuid,
  	"device" varchar,
  	"ip_hash" varchar,
  	"referrer" varchar,
  	"user_agent" varchar,
  	"stats_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "conversions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"type" varchar NOT NULL,
  	"type_label" varchar,
  	"stage" "enum_conversions_stage" NOT NULL,
  	"amount" numeric,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"external_id" varchar NOT NULL,
  	"dedupe_key" varchar NOT NULL,
  	"integration_id" uuid,
  	"attributed" boolean,
  	"code" varchar,
  	"link_id" uuid,
  	"referral_id" uuid,
  	"inviter" varchar,
  	"campaign" varchar,
  	"channel" "enum_conversions_channel",
  	"manager_id" uuid,
  	"branch_id" uuid,
  	"customer" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "referrals" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar NOT NULL,
  	"link_id" uuid NOT NULL,
  	"parent_id" uuid,
  	"level" numeric NOT NULL,
  	"inviter" varchar NOT NULL,
  	"manager_id" uuid,
  	"campaign" varchar,
  	"pair_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "engagement" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"publication" varchar NOT NULL,
  	"account" varchar,
  	"platform_id" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"campaign" varchar,
  	"channel" "enum_engagement_channel",
  	"manager_id" uuid,
  	"branch_id" uuid,
  	"reads" numeric DEFAULT 0,
  	"likes" numeric DEFAULT 0,
  	"shares" numeric DEFAULT 0,
  	"comments" numeric DEFAULT 0,
  	"reach" numeric DEFAULT 0
  );
  
  CREATE TABLE "tracking_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"hour" timestamp(3) with time zone NOT NULL,
  	"link_id" uuid,
  	"campaign" varchar,
  	"channel" varchar,
  	"manager_id" uuid,
  	"branch_id" uuid,
  	"visits" numeric DEFAULT 0,
  	"referred" numeric DEFAULT 0,
  	"suspicious" numeric DEFAULT 0
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"display_name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'manager' NOT NULL,
  	"branch_id" uuid,
  	"title" varchar,
  	"phone" varchar,
  	"employee_no" varchar,
  	"avatar_id" uuid,
  	"wechat_id" varchar,
  	"bio" varchar,
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
  
  CREATE TABLE "branches" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"level" "enum_branches_level" DEFAULT 'sub' NOT NULL,
  	"parent_id" uuid,
  	"city" varchar,
  	"ancestors" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "compliance_rules_categories" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_compliance_rules_categories",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "compliance_rules" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"rule_id" varchar NOT NULL,
  	"pattern" varchar NOT NULL,
  	"kind" "enum_compliance_rules_kind" DEFAULT 'banned-word' NOT NULL,
  	"severity" "enum_compliance_rules_severity" DEFAULT 'block' NOT NULL,
  	"reason_zh" varchar NOT NULL,
  	"reason_en" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "compliance_rules_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "integrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"key_prefix" varchar,
  	"key_hash" varchar,
  	"active" boolean DEFAULT true,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"contents_id" uuid,
  	"campaigns_id" uuid,
  	"topics_id" uuid,
  	"segments_id" uuid,
  	"content_transitions_id" uuid,
  	"media_id" uuid,
  	"posters_id" uuid,
  	"poster_templates_id" uuid,
  	"poster_exports_id" uuid,
  	"publications_id" uuid,
  	"channel_accounts_id" uuid,
  	"groups_id" uuid,
  	"group_sops_id" uuid,
  	"activities_id" uuid,
  	"participations_id" uuid,
  	"tracking_links_id" uuid,
  	"scan_events_id" uuid,
  	"conversions_id" uuid,
  	"referrals_id" uuid,
  	"engagement_id" uuid,
  	"tracking_stats_id" uuid,
  	"users_id" uuid,
  	"branches_id" uuid,
  	"compliance_rules_id" uuid,
  	"integrations_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "brand" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar DEFAULT '锦程银行' NOT NULL,
  	"name_en" varchar DEFAULT 'JINCHENG BANK',
  	"slogan" varchar DEFAULT '锦程相伴 · 温暖同行',
  	"logo_id" uuid,
  	"colors_primary" varchar DEFAULT '#C8102E',
  	"colors_primary_dark" varchar DEFAULT '#8E0B20',
  	"colors_accent" varchar DEFAULT '#FF8A3D',
  	"colors_cream" varchar DEFAULT '#FFF4DC',
  	"colors_ink" varchar DEFAULT '#1F2329',
  	"disclaimer" varchar DEFAULT '本活动最终解释权归锦程银行所有 · 理财有风险，投资需谨慎',
  	"hotline" varchar DEFAULT '400-820-2026',
  	"homepage_url" varchar DEFAULT 'https://www.jcbank.demo',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "funnel_settings_event_types" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"stage" "enum_funnel_settings_event_types_stage" NOT NULL
  );
  
  CREATE TABLE "funnel_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "contents_variants_video_topics" ADD CONSTRAINT "contents_variants_video_topics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_variants_article_cover_id_media_id_fk" FOREIGN KEY ("variants_article_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_variants_article_cover_square_id_media_id_fk" FOREIGN KEY ("variants_article_cover_square_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_variants_video_video_id_media_id_fk" FOREIGN KEY ("variants_video_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_variants_group_image_id_media_id_fk" FOREIGN KEY ("variants_group_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_variants_group_activity_id_activities_id_fk" FOREIGN KEY ("variants_group_activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents" ADD CONSTRAINT "contents_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contents_rels" ADD CONSTRAINT "contents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents_rels" ADD CONSTRAINT "contents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contents_rels" ADD CONSTRAINT "contents_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_version_variants_video_topics" ADD CONSTRAINT "_contents_v_version_variants_video_topics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_parent_id_contents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_variants_article_cover_id_media_id_fk" FOREIGN KEY ("version_variants_article_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_variants_article_cover_square_id_media_id_fk" FOREIGN KEY ("version_variants_article_cover_square_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_variants_video_video_id_media_id_fk" FOREIGN KEY ("version_variants_video_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_variants_group_image_id_media_id_fk" FOREIGN KEY ("version_variants_group_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_variants_group_activity_id_activities_id_fk" FOREIGN KEY ("version_variants_group_activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_topic_id_topics_id_fk" FOREIGN KEY ("version_topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_branch_id_branches_id_fk" FOREIGN KEY ("version_branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v" ADD CONSTRAINT "_contents_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contents_v_rels" ADD CONSTRAINT "_contents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_rels" ADD CONSTRAINT "_contents_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contents_v_rels" ADD CONSTRAINT "_contents_v_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_kpis" ADD CONSTRAINT "campaigns_kpis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rewards" ADD CONSTRAINT "campaigns_rewards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_interactive_vote_options" ADD CONSTRAINT "campaigns_interactive_vote_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_interactive_quiz" ADD CONSTRAINT "campaigns_interactive_quiz_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_interactive_prizes" ADD CONSTRAINT "campaigns_interactive_prizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_texts" ADD CONSTRAINT "campaigns_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_angles" ADD CONSTRAINT "topics_angles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_texts" ADD CONSTRAINT "topics_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_transitions" ADD CONSTRAINT "content_transitions_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_transitions" ADD CONSTRAINT "content_transitions_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_transitions" ADD CONSTRAINT "content_transitions_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters_history" ADD CONSTRAINT "posters_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters_history" ADD CONSTRAINT "posters_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_template_id_poster_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."poster_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "poster_exports" ADD CONSTRAINT "poster_exports_poster_id_posters_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."posters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "poster_exports" ADD CONSTRAINT "poster_exports_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "poster_exports" ADD CONSTRAINT "poster_exports_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_account_id_channel_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_escalated_to_id_users_id_fk" FOREIGN KEY ("escalated_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channel_accounts" ADD CONSTRAINT "channel_accounts_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channel_accounts" ADD CONSTRAINT "channel_accounts_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "groups" ADD CONSTRAINT "groups_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "groups" ADD CONSTRAINT "groups_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "groups" ADD CONSTRAINT "groups_account_id_channel_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "groups_rels" ADD CONSTRAINT "groups_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "groups_rels" ADD CONSTRAINT "groups_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "group_sops_slots" ADD CONSTRAINT "group_sops_slots_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."contents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "group_sops_slots" ADD CONSTRAINT "group_sops_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."group_sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "group_sops" ADD CONSTRAINT "group_sops_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "group_sops" ADD CONSTRAINT "group_sops_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_questions" ADD CONSTRAINT "activities_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_prizes" ADD CONSTRAINT "activities_prizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rewards" ADD CONSTRAINT "activities_rewards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_poster_image_id_media_id_fk" FOREIGN KEY ("poster_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_texts" ADD CONSTRAINT "activities_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "participations" ADD CONSTRAINT "participations_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "participations" ADD CONSTRAINT "participations_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "participations" ADD CONSTRAINT "participations_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tracking_links" ADD CONSTRAINT "tracking_links_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tracking_links" ADD CONSTRAINT "tracking_links_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scan_events" ADD CONSTRAINT "scan_events_link_id_tracking_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."tracking_links"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scan_events" ADD CONSTRAINT "scan_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scan_events" ADD CONSTRAINT "scan_events_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scan_events" ADD CONSTRAINT "scan_events_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conversions" ADD CONSTRAINT "conversions_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conversions" ADD CONSTRAINT "conversions_link_id_tracking_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."tracking_links"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conversions" ADD CONSTRAINT "conversions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conversions" ADD CONSTRAINT "conversions_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conversions" ADD CONSTRAINT "conversions_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_link_id_tracking_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."tracking_links"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_parent_id_referrals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "engagement" ADD CONSTRAINT "engagement_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "engagement" ADD CONSTRAINT "engagement_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tracking_stats" ADD CONSTRAINT "tracking_stats_link_id_tracking_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."tracking_links"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tracking_stats" ADD CONSTRAINT "tracking_stats_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tracking_stats" ADD CONSTRAINT "tracking_stats_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_avatar_id_media_id_fk" FOREIGN KEY ("avatar_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "branches" ADD CONSTRAINT "branches_parent_id_branches_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "compliance_rules_categories" ADD CONSTRAINT "compliance_rules_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."compliance_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "compliance_rules_texts" ADD CONSTRAINT "compliance_rules_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."compliance_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contents_fk" FOREIGN KEY ("contents_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_transitions_fk" FOREIGN KEY ("content_transitions_id") REFERENCES "public"."content_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_poster_templates_fk" FOREIGN KEY ("poster_templates_id") REFERENCES "public"."poster_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_poster_exports_fk" FOREIGN KEY ("poster_exports_id") REFERENCES "public"."poster_exports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channel_accounts_fk" FOREIGN KEY ("channel_accounts_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_groups_fk" FOREIGN KEY ("groups_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_group_sops_fk" FOREIGN KEY ("group_sops_id") REFERENCES "public"."group_sops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_participations_fk" FOREIGN KEY ("participations_id") REFERENCES "public"."participations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tracking_links_fk" FOREIGN KEY ("tracking_links_id") REFERENCES "public"."tracking_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scan_events_fk" FOREIGN KEY ("scan_events_id") REFERENCES "public"."scan_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conversions_fk" FOREIGN KEY ("conversions_id") REFERENCES "public"."conversions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_referrals_fk" FOREIGN KEY ("referrals_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tracking_stats_fk" FOREIGN KEY ("tracking_stats_id") REFERENCES "public"."tracking_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_branches_fk" FOREIGN KEY ("branches_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_compliance_rules_fk" FOREIGN KEY ("compliance_rules_id") REFERENCES "public"."compliance_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_integrations_fk" FOREIGN KEY ("integrations_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand" ADD CONSTRAINT "brand_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "funnel_settings_event_types" ADD CONSTRAINT "funnel_settings_event_types_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."funnel_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "contents_variants_video_topics_order_idx" ON "contents_variants_video_topics" USING btree ("_order");
  CREATE INDEX "contents_variants_video_topics_parent_id_idx" ON "contents_variants_video_topics" USING btree ("_parent_id");
  CREATE INDEX "contents_variants_article_variants_article_cover_idx" ON "contents" USING btree ("variants_article_cover_id");
  CREATE INDEX "contents_variants_article_variants_article_cover_square_idx" ON "contents" USING btree ("variants_article_cover_square_id");
  CREATE INDEX "contents_variants_video_variants_video_video_idx" ON "contents" USING btree ("variants_video_video_id");
  CREATE INDEX "contents_variants_group_variants_group_image_idx" ON "contents" USING btree ("variants_group_image_id");
  CREATE INDEX "contents_variants_group_variants_group_activity_idx" ON "contents" USING btree ("variants_group_activity_id");
  CREATE INDEX "contents_status_idx" ON "contents" USING btree ("status");
  CREATE INDEX "contents_campaign_idx" ON "contents" USING btree ("campaign_id");
  CREATE INDEX "contents_topic_idx" ON "contents" USING btree ("topic_id");
  CREATE INDEX "contents_branch_idx" ON "contents" USING btree ("branch_id");
  CREATE INDEX "contents_created_by_idx" ON "contents" USING btree ("created_by_id");
  CREATE INDEX "contents_submitted_by_idx" ON "contents" USING btree ("submitted_by_id");
  CREATE INDEX "contents_approved_by_idx" ON "contents" USING btree ("approved_by_id");
  CREATE INDEX "contents_updated_at_idx" ON "contents" USING btree ("updated_at");
  CREATE INDEX "contents_created_at_idx" ON "contents" USING btree ("created_at");
  CREATE INDEX "contents_rels_order_idx" ON "contents_rels" USING btree ("order");
  CREATE INDEX "contents_rels_parent_idx" ON "contents_rels" USING btree ("parent_id");
  CREATE INDEX "contents_rels_path_idx" ON "contents_rels" USING btree ("path");
  CREATE INDEX "contents_rels_media_id_idx" ON "contents_rels" USING btree ("media_id");
  CREATE INDEX "contents_rels_segments_id_idx" ON "contents_rels" USING btree ("segments_id");
  CREATE INDEX "_contents_v_version_variants_video_topics_order_idx" ON "_contents_v_version_variants_video_topics" USING btree ("_order");
  CREATE INDEX "_contents_v_version_variants_video_topics_parent_id_idx" ON "_contents_v_version_variants_video_topics" USING btree ("_parent_id");
  CREATE INDEX "_contents_v_parent_idx" ON "_contents_v" USING btree ("parent_id");
  CREATE INDEX "_contents_v_version_variants_article_version_variants_ar_idx" ON "_contents_v" USING btree ("version_variants_article_cover_id");
  CREATE INDEX "_contents_v_version_variants_article_version_variants__1_idx" ON "_contents_v" USING btree ("version_variants_article_cover_square_id");
  CREATE INDEX "_contents_v_version_variants_video_version_variants_vide_idx" ON "_contents_v" USING btree ("version_variants_video_video_id");
  CREATE INDEX "_contents_v_version_variants_group_version_variants_grou_idx" ON "_contents_v" USING btree ("version_variants_group_image_id");
  CREATE INDEX "_contents_v_version_variants_group_version_variants_gr_1_idx" ON "_contents_v" USING btree ("version_variants_group_activity_id");
  CREATE INDEX "_contents_v_version_version_status_idx" ON "_contents_v" USING btree ("version_status");
  CREATE INDEX "_contents_v_version_version_campaign_idx" ON "_contents_v" USING btree ("version_campaign_id");
  CREATE INDEX "_contents_v_version_version_topic_idx" ON "_contents_v" USING btree ("version_topic_id");
  CREATE INDEX "_contents_v_version_version_branch_idx" ON "_contents_v" USING btree ("version_branch_id");
  CREATE INDEX "_contents_v_version_version_created_by_idx" ON "_contents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_contents_v_version_version_submitted_by_idx" ON "_contents_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_contents_v_version_version_approved_by_idx" ON "_contents_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_contents_v_version_version_updated_at_idx" ON "_contents_v" USING btree ("version_updated_at");
  CREATE INDEX "_contents_v_version_version_created_at_idx" ON "_contents_v" USING btree ("version_created_at");
  CREATE INDEX "_contents_v_created_at_idx" ON "_contents_v" USING btree ("created_at");
  CREATE INDEX "_contents_v_updated_at_idx" ON "_contents_v" USING btree ("updated_at");
  CREATE INDEX "_contents_v_rels_order_idx" ON "_contents_v_rels" USING btree ("order");
  CREATE INDEX "_contents_v_rels_parent_idx" ON "_contents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_contents_v_rels_path_idx" ON "_contents_v_rels" USING btree ("path");
  CREATE INDEX "_contents_v_rels_media_id_idx" ON "_contents_v_rels" USING btree ("media_id");
  CREATE INDEX "_contents_v_rels_segments_id_idx" ON "_contents_v_rels" USING btree ("segments_id");
  CREATE INDEX "campaigns_kpis_order_idx" ON "campaigns_kpis" USING btree ("_order");
  CREATE INDEX "campaigns_kpis_parent_id_idx" ON "campaigns_kpis" USING btree ("_parent_id");
  CREATE INDEX "campaigns_rewards_order_idx" ON "campaigns_rewards" USING btree ("_order");
  CREATE INDEX "campaigns_rewards_parent_id_idx" ON "campaigns_rewards" USING btree ("_parent_id");
  CREATE INDEX "campaigns_interactive_vote_options_order_idx" ON "campaigns_interactive_vote_options" USING btree ("_order");
  CREATE INDEX "campaigns_interactive_vote_options_parent_id_idx" ON "campaigns_interactive_vote_options" USING btree ("_parent_id");
  CREATE INDEX "campaigns_interactive_quiz_order_idx" ON "campaigns_interactive_quiz" USING btree ("_order");
  CREATE INDEX "campaigns_interactive_quiz_parent_id_idx" ON "campaigns_interactive_quiz" USING btree ("_parent_id");
  CREATE INDEX "campaigns_interactive_prizes_order_idx" ON "campaigns_interactive_prizes" USING btree ("_order");
  CREATE INDEX "campaigns_interactive_prizes_parent_id_idx" ON "campaigns_interactive_prizes" USING btree ("_parent_id");
  CREATE INDEX "campaigns_topic_idx" ON "campaigns" USING btree ("topic_id");
  CREATE INDEX "campaigns_branch_idx" ON "campaigns" USING btree ("branch_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_texts_order_parent" ON "campaigns_texts" USING btree ("order","parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_segments_id_idx" ON "campaigns_rels" USING btree ("segments_id");
  CREATE INDEX "topics_angles_order_idx" ON "topics_angles" USING btree ("_order");
  CREATE INDEX "topics_angles_parent_id_idx" ON "topics_angles" USING btree ("_parent_id");
  CREATE INDEX "topics_title_idx" ON "topics" USING btree ("title");
  CREATE INDEX "topics_window_end_idx" ON "topics" USING btree ("window_end");
  CREATE UNIQUE INDEX "topics_festival_key_idx" ON "topics" USING btree ("festival_key");
  CREATE INDEX "topics_stale_idx" ON "topics" USING btree ("stale");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics_texts_order_parent" ON "topics_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "segments_code_idx" ON "segments" USING btree ("code");
  CREATE INDEX "segments_updated_at_idx" ON "segments" USING btree ("updated_at");
  CREATE INDEX "segments_created_at_idx" ON "segments" USING btree ("created_at");
  CREATE INDEX "content_transitions_content_idx" ON "content_transitions" USING btree ("content_id");
  CREATE INDEX "content_transitions_by_idx" ON "content_transitions" USING btree ("by_id");
  CREATE INDEX "content_transitions_at_idx" ON "content_transitions" USING btree ("at");
  CREATE INDEX "content_transitions_branch_idx" ON "content_transitions" USING btree ("branch_id");
  CREATE INDEX "content_transitions_updated_at_idx" ON "content_transitions" USING btree ("updated_at");
  CREATE INDEX "content_transitions_created_at_idx" ON "content_transitions" USING btree ("created_at");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "posters_history_order_idx" ON "posters_history" USING btree ("_order");
  CREATE INDEX "posters_history_parent_id_idx" ON "posters_history" USING btree ("_parent_id");
  CREATE INDEX "posters_history_by_idx" ON "posters_history" USING btree ("by_id");
  CREATE INDEX "posters_template_idx" ON "posters" USING btree ("template_id");
  CREATE INDEX "posters_campaign_idx" ON "posters" USING btree ("campaign_id");
  CREATE INDEX "posters_content_idx" ON "posters" USING btree ("content_id");
  CREATE INDEX "posters_branch_idx" ON "posters" USING btree ("branch_id");
  CREATE INDEX "posters_status_idx" ON "posters" USING btree ("status");
  CREATE INDEX "posters_created_by_idx" ON "posters" USING btree ("created_by_id");
  CREATE INDEX "posters_submitted_by_idx" ON "posters" USING btree ("submitted_by_id");
  CREATE INDEX "posters_approved_by_idx" ON "posters" USING btree ("approved_by_id");
  CREATE INDEX "posters_updated_at_idx" ON "posters" USING btree ("updated_at");
  CREATE INDEX "posters_created_at_idx" ON "posters" USING btree ("created_at");
  CREATE UNIQUE INDEX "poster_templates_key_idx" ON "poster_templates" USING btree ("key");
  CREATE INDEX "poster_templates_updated_at_idx" ON "poster_templates" USING btree ("updated_at");
  CREATE INDEX "poster_templates_created_at_idx" ON "poster_templates" USING btree ("created_at");
  CREATE INDEX "poster_exports_poster_idx" ON "poster_exports" USING btree ("poster_id");
  CREATE INDEX "poster_exports_branch_idx" ON "poster_exports" USING btree ("branch_id");
  CREATE INDEX "poster_exports_version_idx" ON "poster_exports" USING btree ("version");
  CREATE INDEX "poster_exports_requested_by_idx" ON "poster_exports" USING btree ("requested_by_id");
  CREATE INDEX "poster_exports_updated_at_idx" ON "poster_exports" USING btree ("updated_at");
  CREATE INDEX "poster_exports_created_at_idx" ON "poster_exports" USING btree ("created_at");
  CREATE INDEX "publications_content_idx" ON "publications" USING btree ("content_id");
  CREATE INDEX "publications_account_idx" ON "publications" USING btree ("account_id");
  CREATE INDEX "publications_planned_at_idx" ON "publications" USING btree ("planned_at");
  CREATE INDEX "publications_status_idx" ON "publications" USING btree ("status");
  CREATE INDEX "publications_on_hold_idx" ON "publications" USING btree ("on_hold");
  CREATE INDEX "publications_branch_idx" ON "publications" USING btree ("branch_id");
  CREATE INDEX "publications_manager_idx" ON "publications" USING btree ("manager_id");
  CREATE INDEX "publications_assignee_idx" ON "publications" USING btree ("assignee_id");
  CREATE INDEX "publications_attempt_id_idx" ON "publications" USING btree ("attempt_id");
  CREATE INDEX "publications_claimed_at_idx" ON "publications" USING btree ("claimed_at");
  CREATE INDEX "publications_platform_id_idx" ON "publications" USING btree ("platform_id");
  CREATE INDEX "publications_done_by_idx" ON "publications" USING btree ("done_by_id");
  CREATE INDEX "publications_escalated_to_idx" ON "publications" USING btree ("escalated_to_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "channel_accounts_branch_idx" ON "channel_accounts" USING btree ("branch_id");
  CREATE INDEX "channel_accounts_manager_idx" ON "channel_accounts" USING btree ("manager_id");
  CREATE INDEX "channel_accounts_updated_at_idx" ON "channel_accounts" USING btree ("updated_at");
  CREATE INDEX "channel_accounts_created_at_idx" ON "channel_accounts" USING btree ("created_at");
  CREATE INDEX "groups_manager_idx" ON "groups" USING btree ("manager_id");
  CREATE INDEX "groups_branch_idx" ON "groups" USING btree ("branch_id");
  CREATE INDEX "groups_account_idx" ON "groups" USING btree ("account_id");
  CREATE INDEX "groups_last_activity_at_idx" ON "groups" USING btree ("last_activity_at");
  CREATE INDEX "groups_updated_at_idx" ON "groups" USING btree ("updated_at");
  CREATE INDEX "groups_created_at_idx" ON "groups" USING btree ("created_at");
  CREATE INDEX "groups_rels_order_idx" ON "groups_rels" USING btree ("order");
  CREATE INDEX "groups_rels_parent_idx" ON "groups_rels" USING btree ("parent_id");
  CREATE INDEX "groups_rels_path_idx" ON "groups_rels" USING btree ("path");
  CREATE INDEX "groups_rels_segments_id_idx" ON "groups_rels" USING btree ("segments_id");
  CREATE INDEX "group_sops_slots_order_idx" ON "group_sops_slots" USING btree ("_order");
  CREATE INDEX "group_sops_slots_parent_id_idx" ON "group_sops_slots" USING btree ("_parent_id");
  CREATE INDEX "group_sops_slots_content_idx" ON "group_sops_slots" USING btree ("content_id");
  CREATE INDEX "group_sops_branch_idx" ON "group_sops" USING btree ("branch_id");
  CREATE INDEX "group_sops_segment_idx" ON "group_sops" USING btree ("segment_id");
  CREATE INDEX "group_sops_active_idx" ON "group_sops" USING btree ("active");
  CREATE INDEX "group_sops_updated_at_idx" ON "group_sops" USING btree ("updated_at");
  CREATE INDEX "group_sops_created_at_idx" ON "group_sops" USING btree ("created_at");
  CREATE INDEX "activities_questions_order_idx" ON "activities_questions" USING btree ("_order");
  CREATE INDEX "activities_questions_parent_id_idx" ON "activities_questions" USING btree ("_parent_id");
  CREATE INDEX "activities_prizes_order_idx" ON "activities_prizes" USING btree ("_order");
  CREATE INDEX "activities_prizes_parent_id_idx" ON "activities_prizes" USING btree ("_parent_id");
  CREATE INDEX "activities_rewards_order_idx" ON "activities_rewards" USING btree ("_order");
  CREATE INDEX "activities_rewards_parent_id_idx" ON "activities_rewards" USING btree ("_parent_id");
  CREATE INDEX "activities_kind_idx" ON "activities" USING btree ("kind");
  CREATE INDEX "activities_status_idx" ON "activities" USING btree ("status");
  CREATE INDEX "activities_poster_poster_image_idx" ON "activities" USING btree ("poster_image_id");
  CREATE UNIQUE INDEX "activities_code_idx" ON "activities" USING btree ("code");
  CREATE INDEX "activities_updated_at_idx" ON "activities" USING btree ("updated_at");
  CREATE INDEX "activities_created_at_idx" ON "activities" USING btree ("created_at");
  CREATE INDEX "activities_texts_order_parent" ON "activities_texts" USING btree ("order","parent_id");
  CREATE INDEX "participations_activity_idx" ON "participations" USING btree ("activity_id");
  CREATE INDEX "participations_manager_idx" ON "participations" USING btree ("manager_id");
  CREATE INDEX "participations_branch_idx" ON "participations" USING btree ("branch_id");
  CREATE INDEX "participations_tracking_code_idx" ON "participations" USING btree ("tracking_code");
  CREATE INDEX "participations_visitor_key_idx" ON "participations" USING btree ("visitor_key");
  CREATE INDEX "participations_fingerprint_idx" ON "participations" USING btree ("fingerprint");
  CREATE UNIQUE INDEX "participations_dedupe_key_idx" ON "participations" USING btree ("dedupe_key");
  CREATE INDEX "participations_choice_idx" ON "participations" USING btree ("choice");
  CREATE INDEX "participations_updated_at_idx" ON "participations" USING btree ("updated_at");
  CREATE INDEX "participations_created_at_idx" ON "participations" USING btree ("created_at");
  CREATE UNIQUE INDEX "tracking_links_code_idx" ON "tracking_links" USING btree ("code");
  CREATE INDEX "tracking_links_campaign_idx" ON "tracking_links" USING btree ("campaign");
  CREATE INDEX "tracking_links_channel_idx" ON "tracking_links" USING btree ("channel");
  CREATE INDEX "tracking_links_content_idx" ON "tracking_links" USING btree ("content");
  CREATE INDEX "tracking_links_publication_idx" ON "tracking_links" USING btree ("publication");
  CREATE INDEX "tracking_links_poster_idx" ON "tracking_links" USING btree ("poster");
  CREATE INDEX "tracking_links_manager_idx" ON "tracking_links" USING btree ("manager_id");
  CREATE INDEX "tracking_links_branch_idx" ON "tracking_links" USING btree ("branch_id");
  CREATE UNIQUE INDEX "tracking_links_combo_key_idx" ON "tracking_links" USING btree ("combo_key");
  CREATE INDEX "tracking_links_updated_at_idx" ON "tracking_links" USING btree ("updated_at");
  CREATE INDEX "tracking_links_created_at_idx" ON "tracking_links" USING btree ("created_at");
  CREATE UNIQUE INDEX "scan_events_event_id_idx" ON "scan_events" USING btree ("event_id");
  CREATE INDEX "scan_events_at_idx" ON "scan_events" USING btree ("at");
  CREATE INDEX "scan_events_code_idx" ON "scan_events" USING btree ("code");
  CREATE INDEX "scan_events_link_idx" ON "scan_events" USING btree ("link_id");
  CREATE INDEX "scan_events_referral_idx" ON "scan_events" USING btree ("referral_id");
  CREATE INDEX "scan_events_flag_idx" ON "scan_events" USING btree ("flag");
  CREATE INDEX "scan_events_campaign_idx" ON "scan_events" USING btree ("campaign");
  CREATE INDEX "scan_events_manager_idx" ON "scan_events" USING btree ("manager_id");
  CREATE INDEX "scan_events_branch_idx" ON "scan_events" USING btree ("branch_id");
  CREATE INDEX "scan_events_device_idx" ON "scan_events" USING btree ("device");
  CREATE INDEX "scan_events_stats_key_idx" ON "scan_events" USING btree ("stats_key");
  CREATE INDEX "scan_events_updated_at_idx" ON "scan_events" USING btree ("updated_at");
  CREATE INDEX "scan_events_created_at_idx" ON "scan_events" USING btree ("created_at");
  CREATE INDEX "conversions_type_idx" ON "conversions" USING btree ("type");
  CREATE INDEX "conversions_stage_idx" ON "conversions" USING btree ("stage");
  CREATE INDEX "conversions_occurred_at_idx" ON "conversions" USING btree ("occurred_at");
  CREATE UNIQUE INDEX "conversions_dedupe_key_idx" ON "conversions" USING btree ("dedupe_key");
  CREATE INDEX "conversions_integration_idx" ON "conversions" USING btree ("integration_id");
  CREATE INDEX "conversions_attributed_idx" ON "conversions" USING btree ("attributed");
  CREATE INDEX "conversions_link_idx" ON "conversions" USING btree ("link_id");
  CREATE INDEX "conversions_referral_idx" ON "conversions" USING btree ("referral_id");
  CREATE INDEX "conversions_inviter_idx" ON "conversions" USING btree ("inviter");
  CREATE INDEX "conversions_campaign_idx" ON "conversions" USING btree ("campaign");
  CREATE INDEX "conversions_manager_idx" ON "conversions" USING btree ("manager_id");
  CREATE INDEX "conversions_branch_idx" ON "conversions" USING btree ("branch_id");
  CREATE INDEX "conversions_updated_at_idx" ON "conversions" USING btree ("updated_at");
  CREATE INDEX "conversions_created_at_idx" ON "conversions" USING btree ("created_at");
  CREATE UNIQUE INDEX "referrals_code_idx" ON "referrals" USING btree ("code");
  CREATE INDEX "referrals_link_idx" ON "referrals" USING btree ("link_id");
  CREATE INDEX "referrals_parent_idx" ON "referrals" USING btree ("parent_id");
  CREATE INDEX "referrals_inviter_idx" ON "referrals" USING btree ("inviter");
  CREATE INDEX "referrals_manager_idx" ON "referrals" USING btree ("manager_id");
  CREATE INDEX "referrals_campaign_idx" ON "referrals" USING btree ("campaign");
  CREATE UNIQUE INDEX "referrals_pair_key_idx" ON "referrals" USING btree ("pair_key");
  CREATE INDEX "referrals_updated_at_idx" ON "referrals" USING btree ("updated_at");
  CREATE INDEX "referrals_created_at_idx" ON "referrals" USING btree ("created_at");
  CREATE INDEX "engagement_publication_idx" ON "engagement" USING btree ("publication");
  CREATE INDEX "engagement_account_idx" ON "engagement" USING btree ("account");
  CREATE INDEX "engagement_at_idx" ON "engagement" USING btree ("at");
  CREATE INDEX "engagement_campaign_idx" ON "engagement" USING btree ("campaign");
  CREATE INDEX "engagement_manager_idx" ON "engagement" USING btree ("manager_id");
  CREATE INDEX "engagement_branch_idx" ON "engagement" USING btree ("branch_id");
  CREATE UNIQUE INDEX "tracking_stats_key_idx" ON "tracking_stats" USING btree ("key");
  CREATE INDEX "tracking_stats_hour_idx" ON "tracking_stats" USING btree ("hour");
  CREATE INDEX "tracking_stats_link_idx" ON "tracking_stats" USING btree ("link_id");
  CREATE INDEX "tracking_stats_campaign_idx" ON "tracking_stats" USING btree ("campaign");
  CREATE INDEX "tracking_stats_manager_idx" ON "tracking_stats" USING btree ("manager_id");
  CREATE INDEX "tracking_stats_branch_idx" ON "tracking_stats" USING btree ("branch_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_branch_idx" ON "users" USING btree ("branch_id");
  CREATE INDEX "users_employee_no_idx" ON "users" USING btree ("employee_no");
  CREATE INDEX "users_avatar_idx" ON "users" USING btree ("avatar_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "branches_code_idx" ON "branches" USING btree ("code");
  CREATE INDEX "branches_parent_idx" ON "branches" USING btree ("parent_id");
  CREATE INDEX "branches_ancestors_idx" ON "branches" USING btree ("ancestors");
  CREATE INDEX "branches_updated_at_idx" ON "branches" USING btree ("updated_at");
  CREATE INDEX "branches_created_at_idx" ON "branches" USING btree ("created_at");
  CREATE INDEX "compliance_rules_categories_order_idx" ON "compliance_rules_categories" USING btree ("order");
  CREATE INDEX "compliance_rules_categories_parent_idx" ON "compliance_rules_categories" USING btree ("parent_id");
  CREATE UNIQUE INDEX "compliance_rules_rule_id_idx" ON "compliance_rules" USING btree ("rule_id");
  CREATE INDEX "compliance_rules_updated_at_idx" ON "compliance_rules" USING btree ("updated_at");
  CREATE INDEX "compliance_rules_created_at_idx" ON "compliance_rules" USING btree ("created_at");
  CREATE INDEX "compliance_rules_texts_order_parent" ON "compliance_rules_texts" USING btree ("order","parent_id");
  CREATE INDEX "integrations_key_hash_idx" ON "integrations" USING btree ("key_hash");
  CREATE INDEX "integrations_updated_at_idx" ON "integrations" USING btree ("updated_at");
  CREATE INDEX "integrations_created_at_idx" ON "integrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_contents_id_idx" ON "payload_locked_documents_rels" USING btree ("contents_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_segments_id_idx" ON "payload_locked_documents_rels" USING btree ("segments_id");
  CREATE INDEX "payload_locked_documents_rels_content_transitions_id_idx" ON "payload_locked_documents_rels" USING btree ("content_transitions_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_posters_id_idx" ON "payload_locked_documents_rels" USING btree ("posters_id");
  CREATE INDEX "payload_locked_documents_rels_poster_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("poster_templates_id");
  CREATE INDEX "payload_locked_documents_rels_poster_exports_id_idx" ON "payload_locked_documents_rels" USING btree ("poster_exports_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_channel_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("channel_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("groups_id");
  CREATE INDEX "payload_locked_documents_rels_group_sops_id_idx" ON "payload_locked_documents_rels" USING btree ("group_sops_id");
  CREATE INDEX "payload_locked_documents_rels_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("activities_id");
  CREATE INDEX "payload_locked_documents_rels_participations_id_idx" ON "payload_locked_documents_rels" USING btree ("participations_id");
  CREATE INDEX "payload_locked_documents_rels_tracking_links_id_idx" ON "payload_locked_documents_rels" USING btree ("tracking_links_id");
  CREATE INDEX "payload_locked_documents_rels_scan_events_id_idx" ON "payload_locked_documents_rels" USING btree ("scan_events_id");
  CREATE INDEX "payload_locked_documents_rels_conversions_id_idx" ON "payload_locked_documents_rels" USING btree ("conversions_id");
  CREATE INDEX "payload_locked_documents_rels_referrals_id_idx" ON "payload_locked_documents_rels" USING btree ("referrals_id");
  CREATE INDEX "payload_locked_documents_rels_engagement_id_idx" ON "payload_locked_documents_rels" USING btree ("engagement_id");
  CREATE INDEX "payload_locked_documents_rels_tracking_stats_id_idx" ON "payload_locked_documents_rels" USING btree ("tracking_stats_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_branches_id_idx" ON "payload_locked_documents_rels" USING btree ("branches_id");
  CREATE INDEX "payload_locked_documents_rels_compliance_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("compliance_rules_id");
  CREATE INDEX "payload_locked_documents_rels_integrations_id_idx" ON "payload_locked_documents_rels" USING btree ("integrations_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "brand_logo_idx" ON "brand" USING btree ("logo_id");
  CREATE INDEX "funnel_settings_event_types_order_idx" ON "funnel_settings_event_types" USING btree ("_order");
  CREATE INDEX "funnel_settings_event_types_parent_id_idx" ON "funnel_settings_event_types" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "contents_variants_video_topics" CASCADE;
  DROP TABLE "contents" CASCADE;
  DROP TABLE "contents_rels" CASCADE;
  DROP TABLE "_contents_v_version_variants_video_topics" CASCADE;
  DROP TABLE "_contents_v" CASCADE;
  DROP TABLE "_contents_v_rels" CASCADE;
  DROP TABLE "campaigns_kpis" CASCADE;
  DROP TABLE "campaigns_rewards" CASCADE;
  DROP TABLE "campaigns_interactive_vote_options" CASCADE;
  DROP TABLE "campaigns_interactive_quiz" CASCADE;
  DROP TABLE "campaigns_interactive_prizes" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_texts" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "topics_angles" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_texts" CASCADE;
  DROP TABLE "segments" CASCADE;
  DROP TABLE "content_transitions" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "posters_history" CASCADE;
  DROP TABLE "posters" CASCADE;
  DROP TABLE "poster_templates" CASCADE;
  DROP TABLE "poster_exports" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "channel_accounts" CASCADE;
  DROP TABLE "groups" CASCADE;
  DROP TABLE "groups_rels" CASCADE;
  DROP TABLE "group_sops_slots" CASCADE;
  DROP TABLE "group_sops" CASCADE;
  DROP TABLE "activities_questions" CASCADE;
  DROP TABLE "activities_prizes" CASCADE;
  DROP TABLE "activities_rewards" CASCADE;
  DROP TABLE "activities" CASCADE;
  DROP TABLE "activities_texts" CASCADE;
  DROP TABLE "participations" CASCADE;
  DROP TABLE "tracking_links" CASCADE;
  DROP TABLE "scan_events" CASCADE;
  DROP TABLE "conversions" CASCADE;
  DROP TABLE "referrals" CASCADE;
  DROP TABLE "engagement" CASCADE;
  DROP TABLE "tracking_stats" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "branches" CASCADE;
  DROP TABLE "compliance_rules_categories" CASCADE;
  DROP TABLE "compliance_rules" CASCADE;
  DROP TABLE "compliance_rules_texts" CASCADE;
  DROP TABLE "integrations" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "brand" CASCADE;
  DROP TABLE "funnel_settings_event_types" CASCADE;
  DROP TABLE "funnel_settings" CASCADE;
  DROP TYPE "public"."enum_contents_status";
  DROP TYPE "public"."enum_contents_category";
  DROP TYPE "public"."enum__contents_v_version_status";
  DROP TYPE "public"."enum__contents_v_version_category";
  DROP TYPE "public"."enum_campaigns_kpis_metric";
  DROP TYPE "public"."enum_campaigns_kind";
  DROP TYPE "public"."enum_campaigns_stage";
  DROP TYPE "public"."enum_campaigns_period_start_tz";
  DROP TYPE "public"."enum_campaigns_period_end_tz";
  DROP TYPE "public"."enum_campaigns_interactive_type";
  DROP TYPE "public"."enum_topics_source";
  DROP TYPE "public"."enum_topics_firstseen_tz";
  DROP TYPE "public"."enum_topics_windowend_tz";
  DROP TYPE "public"."enum_segments_kind";
  DROP TYPE "public"."enum_segments_group";
  DROP TYPE "public"."enum_content_transitions_from";
  DROP TYPE "public"."enum_content_transitions_to";
  DROP TYPE "public"."enum_posters_status";
  DROP TYPE "public"."enum_poster_exports_status";
  DROP TYPE "public"."enum_publications_plannedat_tz";
  DROP TYPE "public"."enum_publications_status";
  DROP TYPE "public"."enum_publications_kind";
  DROP TYPE "public"."enum_publications_variant";
  DROP TYPE "public"."enum_publications_mode";
  DROP TYPE "public"."enum_channel_accounts_kind";
  DROP TYPE "public"."enum_channel_accounts_health";
  DROP TYPE "public"."enum_groups_type";
  DROP TYPE "public"."enum_groups_lastactivityat_tz";
  DROP TYPE "public"."enum_group_sops_slots_weekday";
  DROP TYPE "public"."enum_group_sops_group_type";
  DROP TYPE "public"."enum_activities_kind";
  DROP TYPE "public"."enum_activities_status";
  DROP TYPE "public"."enum_participations_kind";
  DROP TYPE "public"."enum_tracking_links_channel";
  DROP TYPE "public"."enum_scan_events_kind";
  DROP TYPE "public"."enum_scan_events_flag";
  DROP TYPE "public"."enum_scan_events_channel";
  DROP TYPE "public"."enum_conversions_stage";
  DROP TYPE "public"."enum_conversions_channel";
  DROP TYPE "public"."enum_engagement_channel";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_branches_level";
  DROP TYPE "public"."enum_compliance_rules_categories";
  DROP TYPE "public"."enum_compliance_rules_kind";
  DROP TYPE "public"."enum_compliance_rules_severity";
  DROP TYPE "public"."enum_funnel_settings_event_types_stage";`)
}
