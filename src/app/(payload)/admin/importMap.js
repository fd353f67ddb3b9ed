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
import { LintPanel as LintPanel_2ce6e59d6c0a89a67a0f0530dc11203b } from '../../../../src/components/admin/content/LintPanel'
import { ChannelPreviews as ChannelPreviews_d6f6f7cf05ce5c8b39ef498ca62d7cc9 } from '../../../../src/components/admin/content/ChannelPreviews'
import { WorkflowActions as WorkflowActions_e6d1cc6b5bd7bbd212bdb64a6e8acca3 } from '../../../../src/components/admin/content/WorkflowActions'
import { StartCampaign as StartCampaign_7bbc08cdd354261955878d74adf4ade6 } from '../../../../src/components/admin/content/StartCampaign'
import { TopicImport as TopicImport_8d9130aaaa9ec4e24bce50bd316c1c9d } from '../../../../src/components/admin/content/TopicImport'
import { PosterActions as PosterActions_23a5421588ec6888b914564cd48fb447 } from '../../../../src/components/admin/posters/PosterActions'
import { PosterPreview as PosterPreview_fa5589ed57c58c9e1a498b44bc1fb36f } from '../../../../src/components/admin/posters/PosterPreview'
import { TestConnectionButton as TestConnectionButton_16a0e1407bef2a3115859580fd1228de } from '../../../../src/components/admin/publishing/TestConnectionButton'
import { Icon as Icon_b04c0db8d89d68ff5dd20d513b3034b9 } from '../../../../src/components/admin/Icon'
import { Logo as Logo_4522c7900ab0b0df414ce3e1574aaee4 } from '../../../../src/components/admin/Logo'
import { WorkbenchLink as WorkbenchLink_2e652fd15abbe374b8e24d5e12b2ac89 } from '../../../../src/components/admin/community/WorkbenchLink'
import { MyPostersLink as MyPostersLink_ac8e92b61d7bad67bb88d27dac7bfda3 } from '../../../../src/components/admin/posters/MyPostersLink'
import { ReviewQueueLink as ReviewQueueLink_e0859456598e77af33feafe7ac84b48c } from '../../../../src/components/admin/content/ReviewQueueLink'
import { AnalyticsLink as AnalyticsLink_8d3477ca126375f571253319343318fa } from '../../../../src/components/admin/analytics/AnalyticsLink'
import { PublishingNavLinks as PublishingNavLinks_94bb1a829e3d55b81d2ac8224fed01ce } from '../../../../src/components/admin/publishing/Views'
import { ManagerLanding as ManagerLanding_6f8a0e49bc588037ec15ee2f07467916 } from '../../../../src/components/admin/community/ManagerLanding'
import { Welcome as Welcome_bd531d7810c62f8c8d2c8d01a0cafb62 } from '../../../../src/components/admin/Welcome'
import { TodayBlock as TodayBlock_94bb1a829e3d55b81d2ac8224fed01ce } from '../../../../src/components/admin/publishing/Views'
import { LeadTimeAlerts as LeadTimeAlerts_ef279f05f5cea37c1658e2e4057a5b20 } from '../../../../src/components/admin/content/LeadTimeAlerts'
import { ReviewQueueView as ReviewQueueView_e57e6ba9caa026f3a54bf17681965ca2 } from '../../../../src/components/admin/content/ReviewQueue'
import { WorkbenchView as WorkbenchView_703f511c334bbb724b8578d7fffb0318 } from '../../../../src/components/admin/community/Workbench'
import { MyPostersView as MyPostersView_3e87200c114c90ffdd6bdbcb021b9bd3 } from '../../../../src/components/admin/posters/MyPosters'
import { AnalyticsView as AnalyticsView_9b0dd52e27a4f3edd3bc706b9618fd23 } from '../../../../src/components/admin/analytics/AnalyticsView'
import { PublishView as PublishView_94bb1a829e3d55b81d2ac8224fed01ce } from '../../../../src/components/admin/publishing/Views'
import { CalendarView as CalendarView_94bb1a829e3d55b81d2ac8224fed01ce } from '../../../../src/components/admin/publishing/Views'
import { TodayView as TodayView_94bb1a829e3d55b81d2ac8224fed01ce } from '../../../../src/components/admin/publishing/Views'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
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
  "/src/components/admin/content/LintPanel#LintPanel": LintPanel_2ce6e59d6c0a89a67a0f0530dc11203b,
  "/src/components/admin/content/ChannelPreviews#ChannelPreviews": ChannelPreviews_d6f6f7cf05ce5c8b39ef498ca62d7cc9,
  "/src/components/admin/content/WorkflowActions#WorkflowActions": WorkflowActions_e6d1cc6b5bd7bbd212bdb64a6e8acca3,
  "/src/components/admin/content/StartCampaign#StartCampaign": StartCampaign_7bbc08cdd354261955878d74adf4ade6,
  "/src/components/admin/content/TopicImport#TopicImport": TopicImport_8d9130aaaa9ec4e24bce50bd316c1c9d,
  "/src/components/admin/posters/PosterActions#PosterActions": PosterActions_23a5421588ec6888b914564cd48fb447,
  "/src/components/admin/posters/PosterPreview#PosterPreview": PosterPreview_fa5589ed57c58c9e1a498b44bc1fb36f,
  "/src/components/admin/publishing/TestConnectionButton#TestConnectionButton": TestConnectionButton_16a0e1407bef2a3115859580fd1228de,
  "/src/components/admin/Icon#Icon": Icon_b04c0db8d89d68ff5dd20d513b3034b9,
  "/src/components/admin/Logo#Logo": Logo_4522c7900ab0b0df414ce3e1574aaee4,
  "/src/components/admin/community/WorkbenchLink#WorkbenchLink": WorkbenchLink_2e652fd15abbe374b8e24d5e12b2ac89,
  "/src/components/admin/posters/MyPostersLink#MyPostersLink": MyPostersLink_ac8e92b61d7bad67bb88d27dac7bfda3,
  "/src/components/admin/content/ReviewQueueLink#ReviewQueueLink": ReviewQueueLink_e0859456598e77af33feafe7ac84b48c,
  "/src/components/admin/analytics/AnalyticsLink#AnalyticsLink": AnalyticsLink_8d3477ca126375f571253319343318fa,
  "/src/components/admin/publishing/Views#PublishingNavLinks": PublishingNavLinks_94bb1a829e3d55b81d2ac8224fed01ce,
  "/src/components/admin/community/ManagerLanding#ManagerLanding": ManagerLanding_6f8a0e49bc588037ec15ee2f07467916,
  "/src/components/admin/Welcome#Welcome": Welcome_bd531d7810c62f8c8d2c8d01a0cafb62,
  "/src/components/admin/publishing/Views#TodayBlock": TodayBlock_94bb1a829e3d55b81d2ac8224fed01ce,
  "/src/components/admin/content/LeadTimeAlerts#LeadTimeAlerts": LeadTimeAlerts_ef279f05f5cea37c1658e2e4057a5b20,
  "/src/components/admin/content/ReviewQueue#ReviewQueueView": ReviewQueueView_e57e6ba9caa026f3a54bf17681965ca2,
  "/src/components/admin/community/Workbench#WorkbenchView": WorkbenchView_703f511c334bbb724b8578d7fffb0318,
  "/src/components/admin/posters/MyPosters#MyPostersView": MyPostersView_3e87200c114c90ffdd6bdbcb021b9bd3,
  "/src/components/admin/analytics/AnalyticsView#AnalyticsView": AnalyticsView_9b0dd52e27a4f3edd3bc706b9618fd23,
  "/src/components/admin/publishing/Views#PublishView": PublishView_94bb1a829e3d55b81d2ac8224fed01ce,
  "/src/components/admin/publishing/Views#CalendarView": CalendarView_94bb1a829e3d55b81d2ac8224fed01ce,
  "/src/components/admin/publishing/Views#TodayView": TodayView_94bb1a829e3d55b81d2ac8224fed01ce,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
