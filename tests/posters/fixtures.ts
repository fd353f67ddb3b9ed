/** Sample slot data for every template, shared by tests, the bench and the CLI examples. */
import type { PersonalInput } from '../../src/templates/index.js'

export const SAMPLE_SLOTS: Record<string, Record<string, unknown>> = {
  'hot-topic': {
    headline: '秋天的第一杯奶茶，XX银行为您省钱',
    figureLabel: '立减',
    figure: '¥15',
    points: [
      '即日起至11月30日，使用XX银行信用卡在指定奶茶门店消费满30元立减15元。',
      '每周五叠加“周五狂欢日”，手机银行领券再享9.9元特价饮品一杯。',
      '新客户开户即送价值88元的秋日暖心礼包，数量有限，先到先得。',
    ],
  },
}

export const SAMPLE_PERSONAL: PersonalInput = {
  name: '张三',
  title: '理财经理',
  phone: '138 1000 8000',
  branch: 'XX银行锦绣支行',
  qrUrl: 'https://mdk.example.cn/t/AB12CD34',
}
