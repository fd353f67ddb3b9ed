// Segment tags (客群标签) used to target content variants: product holdings and persona traits.
// Codes are stable identifiers (imports, analytics and variant targeting refer to them); names may change.

export type SegmentKind = 'product' | 'persona'
export type PersonaGroup = 'interest' | 'behaviour' | 'age-band' | 'region'

export type SegmentTag = {
  code: string
  kind: SegmentKind
  group?: PersonaGroup
  nameZh: string
  nameEn: string
  descriptionZh?: string
}

const product = (code: string, nameZh: string, nameEn: string, descriptionZh?: string): SegmentTag => ({ code: `prod.${code}`, kind: 'product', nameZh, nameEn, descriptionZh })
const persona = (group: PersonaGroup, code: string, nameZh: string, nameEn: string, descriptionZh?: string): SegmentTag => ({
  code: `${group === 'age-band' ? 'age' : group}.${code}`, kind: 'persona', group, nameZh, nameEn, descriptionZh,
})

export const PRODUCT_TAGS: SegmentTag[] = [
  product('payroll', '代发工资', 'Payroll customers', '工资由本行代发的客户'),
  product('credit-card', '信用卡', 'Credit card holders'),
  product('wealth', '理财', 'Wealth-management holders', '持有本行或代销理财产品'),
  product('pension-basic', '养老金', 'Pension recipients', '在本行领取基本养老金'),
  product('personal-pension', '个人养老金', 'Personal pension account', '已开立个人养老金资金账户'),
  product('mortgage', '房贷', 'Mortgage customers'),
  product('social-security-card', '社保卡', 'Social security card holders'),
  product('private-banking', '私人银行', 'Private banking', '金融资产达到私人银行客户标准'),
  product('time-deposit', '定期存款', 'Time deposits'),
  product('large-cd', '大额存单', 'Large certificates of deposit'),
  product('consumer-loan', '消费贷', 'Consumer loans'),
  product('business-loan', '经营贷', 'Small-business loans', '个体工商户与小微企业主'),
  product('fund', '基金', 'Mutual funds'),
  product('insurance', '保险', 'Bancassurance policies'),
  product('mobile-banking', '手机银行', 'Mobile banking users'),
  product('merchant-acquiring', '收单商户', 'Merchant acquiring', '使用本行收款码或POS的商户'),
  product('farmer-loan', '惠农贷款', 'Agricultural loans'),
]

export const PERSONA_TAGS: SegmentTag[] = [
  persona('interest', 'travel', '旅行', 'Travel'),
  persona('interest', 'food', '美食', 'Food'),
  persona('interest', 'parenting', '亲子育儿', 'Parenting'),
  persona('interest', 'health', '健康养生', 'Health & wellness'),
  persona('interest', 'sports', '运动健身', 'Sports & fitness'),
  persona('interest', 'culture', '传统文化', 'Traditional culture'),
  persona('interest', 'investing', '投资理财', 'Investing'),
  persona('interest', 'car', '汽车', 'Cars'),
  persona('interest', 'shopping', '网购', 'Online shopping'),
  persona('interest', 'pets', '宠物', 'Pets'),
  persona('behaviour', 'mobile-active', '手机银行活跃', 'Active on mobile banking', '近30天登录手机银行≥4次'),
  persona('behaviour', 'branch-visitor', '常到网点', 'Frequent branch visitor', '近90天到店≥2次'),
  persona('behaviour', 'group-active', '社群活跃', 'Active in customer groups', '近30天在社群发言或参与活动'),
  persona('behaviour', 'activity-participant', '活动参与者', 'Joins campaigns', '参与过有奖问答、抽奖等互动'),
  persona('behaviour', 'dormant', '沉睡客户', 'Dormant', '近180天无主动交易'),
  persona('behaviour', 'new-customer', '新客', 'New customer', '开户不满90天'),
  persona('behaviour', 'maturing-soon', '资金即将到期', 'Funds maturing soon', '30天内有定期或理财到期'),
  persona('behaviour', 'referrer', '乐于推荐', 'Refers friends', '通过推广码带来过新客户'),
  persona('age-band', '18-25', '18–25岁', 'Age 18–25'),
  persona('age-band', '26-35', '26–35岁', 'Age 26–35'),
  persona('age-band', '36-45', '36–45岁', 'Age 36–45'),
  persona('age-band', '46-55', '46–55岁', 'Age 46–55'),
  persona('age-band', '56-65', '56–65岁', 'Age 56–65'),
  persona('age-band', '65-plus', '65岁以上', 'Age 65+', '适老化服务与防诈重点人群'),
  persona('region', 'north', '华北', 'North China'),
  persona('region', 'northeast', '东北', 'Northeast China'),
  persona('region', 'east', '华东', 'East China'),
  persona('region', 'south', '华南', 'South China'),
  persona('region', 'central', '华中', 'Central China'),
  persona('region', 'southwest', '西南', 'Southwest China'),
  persona('region', 'northwest', '西北', 'Northwest China'),
  persona('region', 'urban', '城区', 'Urban'),
  persona('region', 'county', '县域', 'County'),
  persona('region', 'rural', '乡村', 'Rural'),
]

export const SEGMENT_TAGS: SegmentTag[] = [...PRODUCT_TAGS, ...PERSONA_TAGS]
