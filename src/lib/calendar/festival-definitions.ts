// Festival definitions as data: how each date is found, and the 借势 angles a bank's marketing team can take.
// Angles are suggestions for editors; they avoid absolute or guaranteed-return claims on purpose.

export type FestivalKind = 'festival' | 'solar-term' | 'shopping' | 'financial'

export type DateRule =
  | { type: 'fixed'; month: number; day: number }
  | { type: 'lunar'; month: number; day: number }
  | { type: 'lunar-new-year-eve' }
  | { type: 'nth-weekday'; month: number; weekday: number; n: number }
  | { type: 'solar-term'; longitude: number }

export type FestivalDefinition = {
  slug: string
  nameZh: string
  nameEn: string
  kind: FestivalKind
  rule: DateRule
  /** How many days ahead content should be ready (drives lead-time alerts). */
  leadDays: number
  angles: string[]
}

const SOLAR_TERM_LEAD_DAYS = 7

export const FESTIVALS: FestivalDefinition[] = [
  // ── 公历节日 ─────────────────────────────────────────────────────────────
  { slug: 'new-year', nameZh: '元旦', nameEn: "New Year's Day", kind: 'festival', rule: { type: 'fixed', month: 1, day: 1 }, leadDays: 14,
    angles: ['新年储蓄计划：为新一年定一个攒钱小目标', '年度账单回顾，手机银行查看全年收支', '新年开门红网点活动与客户答谢', '新年祝福海报，客户经理署名转发'] },
  { slug: 'valentines-day', nameZh: '情人节', nameEn: "Valentine's Day", kind: 'festival', rule: { type: 'fixed', month: 2, day: 14 }, leadDays: 10,
    angles: ['情侣联名卡、亲属卡权益介绍', '“爱TA就为TA规划未来”：家庭保障与储蓄', '浪漫消费也要防范网络交友诈骗'] },
  { slug: 'womens-day', nameZh: '妇女节', nameEn: "International Women's Day", kind: 'festival', rule: { type: 'fixed', month: 3, day: 8 }, leadDays: 14,
    angles: ['女性专属信用卡权益与商户优惠', '“她理财”：女性财务独立与稳健规划', '网点女神节沙龙：插花、茶艺与金融知识', '关爱女性健康保障'] },
  { slug: 'arbor-day', nameZh: '植树节', nameEn: 'Arbor Day', kind: 'festival', rule: { type: 'fixed', month: 3, day: 12 }, leadDays: 7,
    angles: ['绿色金融：手机银行无纸化办理减少碳排放', '种下一棵“财富小树”：定投从小额开始', '低碳积分兑换与公益植树'] },
  { slug: 'consumer-rights-day', nameZh: '3·15消费者权益保护日', nameEn: 'Consumer Rights Day (3·15)', kind: 'financial', rule: { type: 'fixed', month: 3, day: 15 }, leadDays: 21,
    angles: ['金融消费者八项权利科普', '识别非法集资与“高收益”骗局', '个人信息保护：不向他人提供验证码', '投诉渠道与纠纷化解方式'] },
  { slug: 'labour-day', nameZh: '劳动节', nameEn: 'Labour Day', kind: 'festival', rule: { type: 'fixed', month: 5, day: 1 }, leadDays: 21,
    angles: ['致敬劳动者：代发工资客户专属权益', '假期出行信用卡优惠与境外用卡提示', '网点假期营业时间公告', '假期闲钱打理与风险提示'] },
  { slug: 'youth-day', nameZh: '青年节', nameEn: 'Youth Day', kind: 'festival', rule: { type: 'fixed', month: 5, day: 4 }, leadDays: 10,
    angles: ['年轻人的第一张信用卡：理性消费、按时还款', '青年理财第一课：记账与应急金', '新市民、毕业生金融服务'] },
  { slug: 'mothers-day', nameZh: '母亲节', nameEn: "Mother's Day", kind: 'festival', rule: { type: 'nth-weekday', month: 5, weekday: 0, n: 2 }, leadDays: 14,
    angles: ['为妈妈配置一份健康保障', '教妈妈识别电信诈骗与养老骗局', '亲情账户、亲属卡，让关爱更方便', '“晒晒妈妈的记账本”互动征集'] },
  { slug: 'childrens-day', nameZh: '儿童节', nameEn: "Children's Day", kind: 'festival', rule: { type: 'fixed', month: 6, day: 1 }, leadDays: 14,
    angles: ['儿童财商小课堂：认识人民币与储蓄', '少儿教育金规划', '亲子网点开放日：小小银行家体验', '压岁钱怎么存'] },
  { slug: 'shopping-618', nameZh: '618购物节', nameEn: '618 Shopping Festival', kind: 'shopping', rule: { type: 'fixed', month: 6, day: 18 }, leadDays: 21,
    angles: ['信用卡商城与支付满减活动', '分期消费须看清年化利率与费用', '理性消费提醒与购物防骗指南', '积分兑换专场'] },
  { slug: 'fathers-day', nameZh: '父亲节', nameEn: "Father's Day", kind: 'festival', rule: { type: 'nth-weekday', month: 6, weekday: 0, n: 3 }, leadDays: 14,
    angles: ['为爸爸规划养老：个人养老金开户与缴存', '家庭顶梁柱的保障配置', '“爸爸的第一份工资”故事征集'] },
  { slug: 'party-founding-day', nameZh: '建党节', nameEn: 'CPC Founding Day', kind: 'festival', rule: { type: 'fixed', month: 7, day: 1 }, leadDays: 14,
    angles: ['党建引领金融服务实体经济', '红色金融历史小故事', '党员先锋岗与网点便民服务'] },
  { slug: 'army-day', nameZh: '建军节', nameEn: 'Army Day', kind: 'festival', rule: { type: 'fixed', month: 8, day: 1 }, leadDays: 14,
    angles: ['致敬最可爱的人：拥军卡与退役军人专属服务', '军人家庭金融服务绿色通道', '军民鱼水情主题海报'] },
  { slug: 'financial-literacy-month', nameZh: '全国金融知识宣传月', nameEn: 'National Financial Literacy Month', kind: 'financial', rule: { type: 'fixed', month: 9, day: 1 }, leadDays: 30,
    angles: ['金融知识进社区、进校园、进企业', '存款保险：每人每家投保机构最高偿付50万元', '反电诈、反非法集资系列科普', '征信知识：按时还款、不信“征信修复”'] },
  { slug: 'teachers-day', nameZh: '教师节', nameEn: "Teachers' Day", kind: 'festival', rule: { type: 'fixed', month: 9, day: 10 }, leadDays: 14,
    angles: ['致敬教师：教师专属信用卡与贷款服务', '感恩师长主题海报', '校园金融知识讲堂'] },
  { slug: 'national-day', nameZh: '国庆节', nameEn: 'National Day', kind: 'festival', rule: { type: 'fixed', month: 10, day: 1 }, leadDays: 21,
    angles: ['国庆出行用卡与境外消费提示', '长假期间网点营业安排', '假期资金安排：到期理财与活期管理', '祖国生日祝福海报'] },
  { slug: 'world-savings-day', nameZh: '世界储蓄日', nameEn: 'World Savings Day', kind: 'financial', rule: { type: 'fixed', month: 10, day: 31 }, leadDays: 10,
    angles: ['储蓄习惯养成：每月固定存一笔', '存款保险知识问答', '零存整取与大额存单介绍'] },
  { slug: 'double-11', nameZh: '双11购物节', nameEn: 'Singles’ Day (Double 11)', kind: 'shopping', rule: { type: 'fixed', month: 11, day: 11 }, leadDays: 21,
    angles: ['支付立减与信用卡分期（明示年化利率）', '理性消费与预算管理', '购物退款诈骗识别', '积分抵现活动'] },
  { slug: 'double-12', nameZh: '双12购物节', nameEn: 'Double 12 Shopping Day', kind: 'shopping', rule: { type: 'fixed', month: 12, day: 12 }, leadDays: 14,
    angles: ['年终好物与商户优惠', '年末账单整理与还款提醒', '年终奖规划预热'] },
  // ── 农历节日 ─────────────────────────────────────────────────────────────
  { slug: 'new-years-eve', nameZh: '除夕', nameEn: "Lunar New Year's Eve", kind: 'festival', rule: { type: 'lunar-new-year-eve' }, leadDays: 21,
    angles: ['年夜饭与团圆主题祝福', '春节假期网点营业与自助设备服务', '电子红包安全提示', '守岁话家常：一家人的年度理财计划'] },
  { slug: 'spring-festival', nameZh: '春节', nameEn: 'Spring Festival', kind: 'festival', rule: { type: 'lunar', month: 1, day: 1 }, leadDays: 30,
    angles: ['新春开门红：新年财富规划', '压岁钱管理与儿童储蓄', '红包封面与客户经理拜年海报', '春节反诈：警惕“抢红包”链接'] },
  { slug: 'lantern-festival', nameZh: '元宵节', nameEn: 'Lantern Festival', kind: 'festival', rule: { type: 'lunar', month: 1, day: 15 }, leadDays: 14,
    angles: ['社群元宵猜灯谜有奖互动', '团团圆圆汤圆福利', '花灯夜游用卡优惠'] },
  { slug: 'dragon-head-raising', nameZh: '龙抬头', nameEn: 'Dragon Head Raising Day', kind: 'festival', rule: { type: 'lunar', month: 2, day: 2 }, leadDays: 7,
    angles: ['二月二，好彩头：开年新计划', '春耕时节涉农贷款服务', '理发优惠与生活商户权益'] },
  { slug: 'dragon-boat', nameZh: '端午节', nameEn: 'Dragon Boat Festival', kind: 'festival', rule: { type: 'lunar', month: 5, day: 5 }, leadDays: 21,
    angles: ['端午安康祝福与粽子礼盒', '“粽”享好礼：积分兑换活动', '国家级非遗龙舟文化科普', '假期出行与用卡安全'] },
  { slug: 'qixi', nameZh: '七夕', nameEn: 'Qixi Festival', kind: 'festival', rule: { type: 'lunar', month: 7, day: 7 }, leadDays: 14,
    angles: ['情侣卡、亲属卡与共同储蓄目标', '婚嫁资金规划', '警惕“杀猪盘”网络交友诈骗'] },
  { slug: 'mid-autumn', nameZh: '中秋节', nameEn: 'Mid-Autumn Festival', kind: 'festival', rule: { type: 'lunar', month: 8, day: 15 }, leadDays: 21,
    angles: ['月圆人团圆：客户经理中秋祝福海报', '月饼礼盒与积分兑换', '中秋国庆双节资金安排', '社群中秋博饼/猜谜互动'] },
  { slug: 'double-ninth', nameZh: '重阳节', nameEn: 'Double Ninth Festival', kind: 'festival', rule: { type: 'lunar', month: 9, day: 9 }, leadDays: 14,
    angles: ['敬老月：老年客户适老化服务', '养老规划与个人养老金', '防范养老诈骗宣传', '登高望远：长期稳健的财富观'] },
  { slug: 'laba', nameZh: '腊八节', nameEn: 'Laba Festival', kind: 'festival', rule: { type: 'lunar', month: 12, day: 8 }, leadDays: 7,
    angles: ['网点暖心腊八粥', '“过了腊八就是年”：年货采购用卡优惠', '年终奖规划'] },
  { slug: 'little-new-year', nameZh: '小年', nameEn: 'Little New Year', kind: 'festival', rule: { type: 'lunar', month: 12, day: 23 }, leadDays: 7,
    angles: ['北方腊月廿三、南方多为廿四：按地区调整发布日', '扫尘迎新：账户梳理与闲置卡清理', '年货节信用卡优惠'] },
  // ── 二十四节气 ───────────────────────────────────────────────────────────
  ...([
    ['xiaohan', '小寒', 'Minor Cold', 285, ['寒冬暖心服务：网点热饮与便民设施', '年末资金盘点']],
    ['dahan', '大寒', 'Major Cold', 300, ['大寒迎新年：年货节与用卡优惠', '岁末养生与健康保障']],
    ['lichun', '立春', 'Start of Spring', 315, ['一年之计在于春：开年财富规划', '咬春迎新主题海报', '春季定投计划']],
    ['yushui', '雨水', 'Rain Water', 330, ['润物细无声：长期陪伴的金融服务', '春耕备耕涉农贷款']],
    ['jingzhe', '惊蛰', 'Awakening of Insects', 345, ['春雷惊醒：警惕开年各类诈骗', '万物复苏，小微企业经营贷服务']],
    ['chunfen', '春分', 'Spring Equinox', 0, ['平衡之道：资产配置要均衡', '春日出游用卡优惠']],
    ['qingming', '清明', 'Pure Brightness', 15, ['缅怀与传承：家庭财富传承规划', '踏青出行安全提示', '假期营业安排']],
    ['guyu', '谷雨', 'Grain Rain', 30, ['谷雨春茶：网点茶话会', '播种希望：少儿教育金储备']],
    ['lixia', '立夏', 'Start of Summer', 45, ['立夏称人：健康保障主题', '夏日缴费便民服务']],
    ['xiaoman', '小满', 'Grain Buds', 60, ['小满未满：知足常乐的理财观', '稳健配置与风险承受能力测评']],
    ['mangzhong', '芒种', 'Grain in Ear', 75, ['忙种忙收：毕业季与新市民金融服务', '夏收夏种涉农金融']],
    ['xiazhi', '夏至', 'Summer Solstice', 90, ['白昼最长日：手机银行全天候服务', '夏至面与避暑用卡优惠']],
    ['xiaoshu', '小暑', 'Minor Heat', 105, ['暑期亲子财商课', '暑期出行与境外用卡提示']],
    ['dashu', '大暑', 'Major Heat', 120, ['清凉一夏：网点避暑驿站', '高温天气防诈骗提醒']],
    ['liqiu', '立秋', 'Start of Autumn', 135, ['贴秋膘：餐饮商户优惠', '秋季资产配置检视']],
    ['chushu', '处暑', 'End of Heat', 150, ['开学季：教育缴费与学生防诈', '秋高气爽出行优惠']],
    ['bailu', '白露', 'White Dew', 165, ['白露秋分：金融知识宣传月活动', '秋季健康保障']],
    ['qiufen', '秋分', 'Autumn Equinox', 180, ['中国农民丰收节：乡村振兴金融服务', '收获季的理财复盘']],
    ['hanlu', '寒露', 'Cold Dew', 195, ['寒露添衣：关爱老年客户', '年末规划提前看']],
    ['shuangjiang', '霜降', "Frost's Descent", 210, ['霜降进补：健康保障与养老规划', '年终冲刺网点活动预告']],
    ['lidong', '立冬', 'Start of Winter', 225, ['立冬补冬：暖心饺子宴', '冬季取暖缴费便民服务']],
    ['xiaoxue', '小雪', 'Minor Snow', 240, ['小雪腌腊：年货准备与用卡优惠', '年末资金安排提示']],
    ['daxue', '大雪', 'Major Snow', 255, ['瑞雪兆丰年：来年规划', '冬季出行安全与保险保障']],
    ['dongzhi', '冬至', 'Winter Solstice', 270, ['冬至饺子/汤圆：网点暖冬活动', '冬至大如年：家人团聚祝福', '年终个人养老金缴存提醒']],
  ] as const).map(([slug, nameZh, nameEn, longitude, angles]): FestivalDefinition => ({
    slug, nameZh, nameEn, kind: 'solar-term', rule: { type: 'solar-term', longitude }, leadDays: SOLAR_TERM_LEAD_DAYS, angles: [...angles],
  })),
]
