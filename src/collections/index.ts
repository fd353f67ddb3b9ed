// Every collection and global MatrixDesk registers, in the order the admin navigation shows them.
import type { CollectionConfig, GlobalConfig } from 'payload'

import { Branches } from './Branches'
import { Media } from './Media'
import { Users } from './Users'

export const collections: CollectionConfig[] = [
  // 内容 Content
  Media,
  // 系统 System
  Users,
  Branches,
]

export const globals: GlobalConfig[] = []
