// 品牌设置: the bank's brand kit printed on every poster (logo, colours, disclaimer, slogan).
// Saving it re-renders every template preview in the worker.
import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { brandAccess } from '../../access/posters'
import { DEFAULT_BRAND } from '../../templates/brand'
import { enqueueTemplatePreviews } from '../../collections/PosterTemplates/previews'

const hex = (v: unknown) => !v || /^#[0-9a-fA-F]{6}$/.test(String(v)) || '请输入6位十六进制颜色，如 #C8102E / Enter a 6-digit hex colour such as #C8102E'

const color = (name: keyof typeof DEFAULT_BRAND.colors, zh: string, en: string) => ({
  name,
  type: 'text' as const,
  label: { zh, en },
  defaultValue: DEFAULT_BRAND.colors[name],
  validate: hex,
  admin: { width: '20%' },
})

const rerenderPreviews: GlobalAfterChangeHook = async ({ req }) => {
  await enqueueTemplatePreviews(req.payload)
}

export const Brand: GlobalConfig = {
  slug: 'brand',
  label: { zh: '品牌设置', en: 'Brand kit' },
  admin: {
    group: { zh: '内容', en: 'Content' },
    description: { zh: '海报上的行名、标志、品牌色和底部免责声明。保存后所有模板预览自动重新生成。', en: 'Bank name, logo, colours and disclaimer on every poster. Saving re-renders every template preview.' },
  },
  access: brandAccess,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 20, defaultValue: '锦程银行', label: { zh: '行名', en: 'Bank name' } },
        { name: 'nameEn', type: 'text', maxLength: 40, defaultValue: 'JINCHENG BANK', label: { zh: '英文名', en: 'English name' } },
        { name: 'slogan', type: 'text', maxLength: 30, defaultValue: '锦程相伴 · 温暖同行', label: { zh: '品牌口号', en: 'Slogan' } },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { zh: '标志', en: 'Logo' }, admin: { description: { zh: '建议透明背景 PNG；留空则绘制品牌色徽标', en: 'A transparent PNG; empty draws an emblem in the primary colour' } } },
    {
      name: 'colors',
      type: 'group',
      label: { zh: '品牌色', en: 'Colours' },
      fields: [
        {
          type: 'row',
          fields: [
            color('primary', '主色', 'Primary'),
            color('primaryDark', '深主色', 'Primary dark'),
            color('accent', '强调色', 'Accent'),
            color('cream', '浅底色', 'Cream'),
            color('ink', '正文色', 'Ink'),
          ],
        },
      ],
    },
    { name: 'disclaimer', type: 'text', maxLength: 80, defaultValue: '本活动最终解释权归锦程银行所有 · 理财有风险，投资需谨慎', label: { zh: '免责声明', en: 'Disclaimer line' } },
    {
      type: 'row',
      fields: [
        { name: 'hotline', type: 'text', maxLength: 20, defaultValue: '400-820-2026', label: { zh: '客服热线', en: 'Hotline' } },
        {
          name: 'homepageUrl',
          type: 'text',
          defaultValue: 'https://www.jcbank.demo',
          label: { zh: '官网地址（通用二维码）', en: 'Homepage (generic QR)' },
          validate: (v: unknown) => !v || /^https?:\/\/\S+$/.test(String(v)) || '请输入 http(s):// 开头的网址 / Enter an http(s) URL',
        },
      ],
    },
  ],
  hooks: { afterChange: [rerenderPreviews] },
}
