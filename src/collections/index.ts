// Every collection and global MatrixDesk registers, in the order the admin navigation shows them.
import type { CollectionConfig, GlobalConfig } from 'payload'

import { Activities } from './Activities'
import { Branches } from './Branches'
import { Campaigns } from './Campaigns'
import { ChannelAccounts } from './ChannelAccounts'
import { Publications } from './Publications'
import { ComplianceRules } from './ComplianceRules'
import { Contents } from './Contents'
import { ContentTransitions } from './ContentTransitions'
import { Segments } from './Segments'
import { Topics } from './Topics'
import { Media } from './Media'
import { Participations } from './Participations'
import { Groups } from './Groups'
import { GroupSops } from './GroupSops'
import { Users } from './Users'
import { Conversions } from './Conversions'
import { Engagement } from './Engagement'
import { Integrations } from './Integrations'
import { Referrals } from './Referrals'
import { ScanEvents } from './ScanEvents'
import { TrackingLinks } from './TrackingLinks'
import { TrackingStats } from './TrackingStats'
import { FunnelSettings } from '../globals/FunnelSettings'
import { Brand } from '../globals/Brand'
import { PosterTemplates } from './PosterTemplates'
import { Posters } from './Posters'
import { PosterExports } from './PosterExports'

export const collections: CollectionConfig[] = [
  // 内容 Content
  Contents,
  Campaigns,
  Topics,
  Segments,
  ContentTransitions,
  Media,
  Posters,
  PosterTemplates,
  PosterExports,
  // 发布 Publishing
  Publications,
  ChannelAccounts,
  // 社群 Community
  Groups,
  GroupSops,
  Activities,
  Participations,
  // 数据 Analytics
  TrackingLinks,
  ScanEvents,
  Conversions,
  Referrals,
  Engagement,
  TrackingStats,
  // 系统 System
  Users,
  Branches,
  ComplianceRules,
  Integrations,
]

export const globals: GlobalConfig[] = [Brand, FunnelSettings]
