// A corpus of realistic retail-bank marketing texts with the exact rule ids the seed rules must report.
// Each case lists the expected rule ids (sorted, one entry per hit); `blocked` follows from the severities.
import type { ProductCategory } from '../../src/lib/compliance/index.js'

export type CorpusCase = { name: string; category: ProductCategory; text: string; expected: string[] }

export const CORPUS: CorpusCase[] = [
  // ── 理财 wealth ──────────────────────────────────────────────────────────────
  {
    name: 'compliant wealth product launch',
    category: 'wealth',
    text: '【新品发售】稳健成长181天理财产品今日开售，业绩比较基准2.60%-3.20%（年化），1万元起购。业绩比较基准不代表产品实际收益。理财有风险，投资需谨慎。',
    expected: [],
  },
  {
    name: 'wealth with the full regulatory disclaimer variant',
    category: 'wealth',
    text: '固收+系列产品本周开放申购，最低起购1元，T+1到账。理财非存款、产品有风险、投资须谨慎。',
    expected: [],
  },
  {
    name: 'wealth missing disclaimer',
    category: 'wealth',
    text: '周末也能买理财！手机银行7×24小时可申购，期限灵活，业绩比较基准详见产品说明书。',
    expected: ['wealth-risk-disclaimer'],
  },
  {
    name: 'wealth disclaimer with ASCII comma and spaces still counts',
    category: 'wealth',
    text: '现金管理类产品，赎回T+0快速到账（单日限额1万元）。理财有风险, 投资需谨慎',
    expected: [],
  },
  {
    name: 'wealth guaranteed return and principal protection',
    category: 'wealth',
    text: '存款利率又降了？这款产品保本保收益，年化4.5%稳稳到手！理财有风险，投资需谨慎。',
    expected: ['guarantee-bao-ben', 'guarantee-bao-shou-yi'],
  },
  {
    name: 'wealth spaced-out evasion',
    category: 'wealth',
    text: '闭眼入！这只产品稳 赚 不 赔，零·风·险，错过等一年。理财有风险，投资需谨慎。',
    expected: ['guarantee-ling-feng-xian', 'guarantee-wen-zhuan-bu-pei'],
  },
  {
    name: 'wealth non-principal-protected disclosure is fine',
    category: 'wealth',
    text: '本产品为非保本浮动收益型理财产品，不保证收益，过往业绩不代表未来表现。理财有风险，投资需谨慎。',
    expected: [],
  },
  {
    name: 'wealth expected return wording',
    category: 'wealth',
    text: '新客专享理财，预期收益率3.8%，最佳配置时机就是现在！理财有风险，投资需谨慎。',
    expected: ['ad-law-zui-jia', 'wealth-expected-return'],
  },
  {
    name: 'wealth ranking and number one',
    category: 'wealth',
    text: '我行理财子公司产品近一年收益排名第一，全市No.1的财富管理品牌！理财有风险，投资需谨慎。',
    expected: ['ad-law-di-yi', 'ad-law-no1', 'wealth-ranking'],
  },
  {
    name: 'wealth compared with deposits',
    category: 'wealth',
    text: '理财就是存款，而且比存款利息高！稳健低波，适合长期持有。',
    expected: ['wealth-deposit-confusion', 'wealth-risk-disclaimer'],
  },
  {
    name: 'wealth high return low risk',
    category: 'wealth',
    text: '高收益、低风险，本金无忧，让您的钱躺赚！理财有风险，投资需谨慎。',
    expected: ['guarantee-ben-jin-wu-you', 'guarantee-high-return-low-risk', 'guarantee-tang-zhuan'],
  },
  {
    name: 'wealth promise of return via regex',
    category: 'wealth',
    text: '专属客户经理一对一服务，承诺年化收益不低于3%，锁定高息！理财有风险，投资需谨慎。',
    expected: ['guarantee-promise-return', 'wealth-gao-xi'],
  },
  {
    name: 'wealth rigid redemption',
    category: 'wealth',
    text: '资管新规要求打破刚性兑付，净值化产品的收益随市场波动。选择适合自己风险承受能力的产品。理财有风险，投资需谨慎。',
    expected: [],
  },
  {
    name: 'wealth full-width letters for No.1',
    category: 'wealth',
    text: '全年销量ＮＯ．１的明星理财，限量发售。理财有风险，投资需谨慎。',
    expected: ['ad-law-no1'],
  },
  // ── 存款 deposit ─────────────────────────────────────────────────────────────
  {
    name: 'compliant deposit with deposit insurance facts',
    category: 'deposit',
    text: '三年期大额存单20万元起存，利率以网点公告为准。本行已参加存款保险，同一存款人在同一家投保机构的最高偿付限额为人民币50万元。',
    expected: [],
  },
  {
    name: 'deposit full coverage overclaim',
    category: 'deposit',
    text: '存款放心存，存款全额保障，多少都能赔！',
    expected: ['deposit-insurance-overclaim'],
  },
  {
    name: 'deposit cash rebates',
    category: 'deposit',
    text: '年末冲刺：新存5万元定期即返现200元，存满10万送购物卡！',
    expected: ['deposit-cash-gift', 'deposit-cash-gift'],
  },
  {
    name: 'deposit high interest and subsidy',
    category: 'deposit',
    text: '高息存款限时贴息0.3%，先到先得，额度有限。',
    expected: ['deposit-tie-xi', 'wealth-gao-xi'],
  },
  {
    name: 'deposit government endorsement',
    category: 'deposit',
    text: '银行存款有国家兜底，存款安全有保障，欢迎来网点办理。',
    expected: ['ad-law-state-endorsement'],
  },
  {
    name: 'deposit structured deposit absolute safe',
    category: 'deposit',
    text: '结构性存款，绝对安全，最高年化3.1%！',
    expected: ['ad-law-absolute-safety', 'ad-law-zui'],
  },
  // ── 信用卡 credit ────────────────────────────────────────────────────────────
  {
    name: 'compliant credit card instalment',
    category: 'credit',
    text: '信用卡账单分期，12期年化利率（单利）约7.2%-13.5%，具体以审批为准。请理性消费，按时还款。',
    expected: [],
  },
  {
    name: 'credit zero fee instalment',
    category: 'credit',
    text: '双11购物季，信用卡分期0手续费，免息12期，买买买！',
    expected: ['credit-mian-xi', 'credit-zero-interest'],
  },
  {
    name: 'credit grace period is a feature not a promise',
    category: 'credit',
    text: '新户首刷礼：刷卡满3笔赢取行李箱。享受最长56天免息期，账单日后可灵活选择最低还款额。',
    expected: [],
  },
  {
    name: 'credit guaranteed approval',
    category: 'credit',
    text: '不查征信，秒批秒下款，黑户可办，额度最高20万！',
    expected: ['ad-law-zui', 'credit-guaranteed-approval', 'credit-guaranteed-approval', 'credit-guaranteed-approval', 'credit-no-credit-check'],
  },
  {
    name: 'credit loan no threshold',
    category: 'credit',
    text: '零门槛贷款，当天到账，随借随还。',
    expected: ['credit-low-threshold'],
  },
  {
    name: 'credit top-class card',
    category: 'credit',
    text: '顶级白金卡权益上线：机场贵宾厅、道路救援、积分翻倍。',
    expected: ['ad-law-ding-ji'],
  },
  // ── 保险 insurance ───────────────────────────────────────────────────────────
  {
    name: 'compliant insurance intro',
    category: 'insurance',
    text: '百万医疗险由合作保险公司承保，保险责任以合同条款为准，犹豫期15天。投保前请仔细阅读保险条款。',
    expected: [],
  },
  {
    name: 'insurance sold as deposit',
    category: 'insurance',
    text: '这份保单就是存款，还比存款多分红，保证分红年年有！',
    expected: ['insurance-deposit-confusion', 'insurance-dividend-guarantee'],
  },
  {
    name: 'insurance stop-sale hype',
    category: 'insurance',
    text: '重磅提醒：3.0%预定利率产品即将停售，最后一周，抓紧锁定！',
    expected: ['insurance-stop-sale-hype'],
  },
  {
    name: 'insurance pays everything',
    category: 'insurance',
    text: '一张保单什么都赔，无条件理赔，全家安心！',
    expected: ['insurance-pays-everything', 'insurance-pays-everything'],
  },
  {
    name: 'universal life product name is allowed',
    category: 'insurance',
    text: '万能险的结算利率不等于实际收益，万能账户价值随结算利率变动。',
    expected: [],
  },
  // ── 养老金 pension ───────────────────────────────────────────────────────────
  {
    name: 'compliant personal pension',
    category: 'all',
    text: '个人养老金每年缴费上限12000元，可在综合所得中税前扣除，领取时按3%计税。开户缴存请到手机银行“养老金融”专区。',
    expected: [],
  },
  {
    name: 'personal pension tax-free overclaim',
    category: 'all',
    text: '个人养老金账户存进去就免税，最划算的节税工具！',
    expected: ['ad-law-zui', 'pension-tax-free-claim'],
  },
  {
    name: 'pension guaranteed appreciation',
    category: 'wealth',
    text: '养老理财稳定增值，养老无忧。理财有风险，投资需谨慎。',
    expected: ['all-guaranteed-listing'],
  },
  // ── 反诈 anti-fraud ──────────────────────────────────────────────────────────
  {
    name: 'anti-fraud warning',
    category: 'all',
    text: '【反诈提醒】凡是自称“银行工作人员”要求您提供验证码的，都是诈骗！公检法不会通过电话办案，请第一时间拨打96110咨询。',
    expected: [],
  },
  {
    name: 'anti-fraud mentions scams as warnings (warn only)',
    category: 'all',
    text: '警惕！所谓征信修复、内部渠道高收益理财都是骗局，切勿套现还贷，遇到可疑情况请第一时间报警。',
    expected: ['all-insider-channel', 'credit-repair'],
  },
  {
    name: 'anti-fraud quoting a no-risk scam line',
    category: 'all',
    text: '骗子常说“稳赚不赔、零风险”，听到这些话请立即挂断。',
    expected: ['guarantee-ling-feng-xian', 'guarantee-wen-zhuan-bu-pei'],
  },
  // ── 节日问候 festival greetings ────────────────────────────────────────────────
  {
    name: 'mid-autumn greeting',
    category: 'all',
    text: '月满中秋，情暖万家。XX银行祝您和家人中秋快乐，阖家团圆！最近天气转凉，请注意添衣保暖。',
    expected: [],
  },
  {
    name: 'spring festival greeting with intangible heritage',
    category: 'all',
    text: '春节是国家级非物质文化遗产，也是团圆的日子。新春开门红，网点准备了春联和福字，欢迎来领！',
    expected: [],
  },
  {
    name: 'winter solstice greeting with superlative',
    category: 'all',
    text: '冬至大如年，吃饺子啦！这是一年中最冷的日子之一，也是我们最想陪伴您的时候。',
    expected: ['ad-law-zui', 'ad-law-zui'],
  },
  {
    name: 'national day first choice',
    category: 'all',
    text: '国庆出游首选XX银行信用卡，境外消费返现，史上力度空前！',
    expected: ['ad-law-shi-shang', 'ad-law-shou-xuan'],
  },
  {
    name: 'double eleven marketing with top1',
    category: 'credit',
    text: '双11全网TOP1的信用卡优惠来了，分期年化利率以页面展示为准。',
    expected: ['ad-law-top1'],
  },
  {
    name: 'group quiz activity copy',
    category: 'all',
    text: '今晚8点群内有奖问答：第一题答对的前10位朋友可获得定制红包封面，最后一题答案揭晓后统一发放。',
    expected: [],
  },
  {
    name: 'women day exclusive',
    category: 'all',
    text: '女神节独家福利：唯一指定礼品，到店即领，最多不超过100份。',
    expected: ['ad-law-du-jia', 'ad-law-wei-yi'],
  },
  {
    name: 'financial literacy month',
    category: 'all',
    text: '金融知识宣传月：认识存款保险、远离非法集资。非法集资常以“保本付息、高额回报”为诱饵。',
    expected: ['guarantee-bao-ben'],
  },
  {
    name: 'foolproof and ultimate',
    category: 'all',
    text: '万无一失的资产配置方案，带来极致服务体验。',
    expected: ['ad-law-ji-zhi', 'ad-law-wan-wu-yi-shi'],
  },
]
