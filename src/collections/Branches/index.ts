// 网点/支行/分行: the bank's organisation tree (总行 → 分行 → 支行/网点).
// Every user and most documents belong to a branch; managers see their own branch's data only.
import type { Access, CollectionConfig } from 'payload'

import { isAdmin } from '../../access'
import { branchIdOf, userOf } from '../../access/roles'
import { computeLineage } from './hooks/computeLineage'

/** Staff read the whole tree; a manager reads their own branch and the branches above it. */
const readBranches: Access = async ({ req }) => {
  const user = userOf({ req })
  if (!user) return false
  if (user.role !== 'manager') return true
  const own = branchIdOf(user)
  if (!own) return false
  const branch = await req.payload.findByID({ collection: 'branches', id: own, depth: 0, req, overrideAccess: true })
  const ids = [...String(branch?.ancestors ?? '').split('/').filter(Boolean), own]
  return { id: { in: ids } }
}

export const Branches: CollectionConfig = {
  slug: 'branches',
  labels: { singular: { zh: '机构', en: 'Branch' }, plural: { zh: '机构', en: 'Branches' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'code', 'parent'],
    group: { zh: '系统', en: 'System' },
    description: { zh: '总行 → 分行 → 支行/网点。客户经理只能看到本机构的数据。', en: 'Head office → branch → sub-branch. Managers see only their own branch’s data.' },
  },
  access: { read: readBranches, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { zh: '机构号', en: 'Code' } },
    {
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'sub',
      label: { zh: '层级', en: 'Level' },
      options: [
        { value: 'head', label: { zh: '总行', en: 'Head office' } },
        { value: 'branch', label: { zh: '分行', en: 'Branch' } },
        { value: 'sub', label: { zh: '支行/网点', en: 'Sub-branch' } },
      ],
    },
    { name: 'parent', type: 'relationship', relationTo: 'branches', label: { zh: '上级机构', en: 'Parent' } },
    { name: 'city', type: 'text', label: { zh: '城市', en: 'City' } },
    {
      name: 'ancestors',
      type: 'text',
      index: true,
      admin: { readOnly: true, hidden: true },
      // ids from the root down to the parent, joined by '/': lets access rules scope a subtree in one query
    },
  ],
  hooks: { beforeChange: [computeLineage] },
}
