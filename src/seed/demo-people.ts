// The demo bank: 锦程银行 (a fictional bank), its branch tree and its staff.
export const DEMO_PASSWORD = 'Matrix@2026'
export const DEMO_BANK = { name: '锦程银行', nameEn: 'Jincheng Bank' }

export interface DemoBranch {
  code: string
  name: string
  level: 'head' | 'branch' | 'sub'
  parent?: string
  city: string
}

export const demoBranches: DemoBranch[] = [
  { code: '0001', name: '锦程银行总行', level: 'head', city: '上海' },
  { code: '1100', name: '上海分行', level: 'branch', parent: '0001', city: '上海' },
  { code: '1200', name: '杭州分行', level: 'branch', parent: '0001', city: '杭州' },
  { code: '1101', name: '陆家嘴支行', level: 'sub', parent: '1100', city: '上海' },
  { code: '1102', name: '徐汇支行', level: 'sub', parent: '1100', city: '上海' },
  { code: '1201', name: '西湖支行', level: 'sub', parent: '1200', city: '杭州' },
  { code: '1202', name: '滨江支行', level: 'sub', parent: '1200', city: '杭州' },
]

export interface DemoUser {
  email: string
  displayName: string
  role: 'admin' | 'editor' | 'reviewer' | 'manager'
  branch: string
  title: string
  phone: string
  employeeNo: string
}

export const demoStaff: DemoUser[] = [
  { email: 'admin@jcbank.demo', displayName: '王海燕', role: 'admin', branch: '0001', title: '运营管理部 总经理助理', phone: '13801880001', employeeNo: 'H0001' },
  { email: 'editor@jcbank.demo', displayName: '李晓雯', role: 'editor', branch: '0001', title: '新媒体运营 内容编辑', phone: '13801880002', employeeNo: 'H0002' },
  { email: 'reviewer@jcbank.demo', displayName: '陈志强', role: 'reviewer', branch: '0001', title: '法律合规部 合规审核岗', phone: '13801880003', employeeNo: 'H0003' },
]

const managerNames: [string, string][] = [
  ['张伟', '高级理财经理'], ['刘洋', '客户经理'], ['赵敏', '理财经理'], ['孙丽娟', '个贷客户经理'], ['周俊杰', '大堂经理'],
  ['吴婷', '理财经理'], ['郑浩然', '客户经理'], ['冯雪', '高级理财经理'], ['何佳怡', '客户经理'], ['许志远', '个贷客户经理'],
  ['沈一帆', '理财经理'], ['韩梅', '客户经理'], ['杨帆', '高级客户经理'], ['朱晓琳', '理财经理'], ['秦磊', '大堂经理'],
  ['林静', '客户经理'], ['黄思远', '理财经理'], ['徐梦瑶', '高级理财经理'], ['马骏', '客户经理'], ['邓雅琪', '理财经理'],
]
const subBranches = ['1101', '1102', '1201', '1202']

export const demoManagers: DemoUser[] = managerNames.map(([displayName, title], i) => ({
  email: `manager${String(i + 1).padStart(2, '0')}@jcbank.demo`,
  displayName,
  role: 'manager',
  branch: subBranches[Math.floor(i / 5)],
  title,
  phone: `139${String(16000000 + i * 7919).padStart(8, '0')}`,
  employeeNo: `M${String(1001 + i)}`,
}))

export const demoUsers: DemoUser[] = [...demoStaff, ...demoManagers]
