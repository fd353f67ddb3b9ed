// 漏斗设置: which AARRR stage each downstream event type counts for. Admins edit; staff read.
import type { GlobalConfig } from 'payload'

import { isAdmin, isLoggedIn } from '../../access'
import { DEFAULT_EVENT_TYPES, EVENT_STAGES } from '../../lib/tracking/vocabulary'

export const FunnelSettings: GlobalConfig = {
  slug: 'funnel-settings',
  label: { zh: '漏斗设置', en: 'Funnel settings' },
  admin: {
    group: { zh: '数据', en: 'Analytics' },
    description: { zh: '回传事件类型与 AARRR 漏斗阶段的对应关系。', en: 'Which funnel stage each downstream event type counts for.' },
  },
  access: { read: isLoggedIn, update: isAdmin },
  fields: [
    {
      name: 'eventTypes',
      type: 'array',
      label: { zh: '事件类型', en: 'Event types' },
      defaultValue: DEFAULT_EVENT_TYPES,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'type',
              type: 'text',
              required: true,
              label: { zh: '类型代码', en: 'Type code' },
              validate: (v: unknown) => /^[a-z][a-z0-9_]{1,39}$/.test(String(v ?? '')) || '小写字母、数字和下划线 / lowercase letters, digits, _',
            },
            { name: 'label', type: 'text', required: true, label: { zh: '名称', en: 'Label' } },
            {
              name: 'stage',
              type: 'select',
              required: true,
              options: EVENT_STAGES.map((s) => ({ value: s.value, label: { ...s.label } })),
              label: { zh: '漏斗阶段', en: 'Stage' },
            },
          ],
        },
      ],
    },
  ],
}
