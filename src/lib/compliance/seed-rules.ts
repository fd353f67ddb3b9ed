// The starting rule set for `compliance-rules`. Admins edit rules as data afterwards; ids are stable slugs
// so imports and tests can refer to them. Citations:
//  《广告法》第九条（绝对化用语、国家机关名义）、第二十五条（投资类广告不得保证收益、暗示保本/无风险）、第二十八条（虚假或引人误解）
//  《商业银行理财业务监督管理办法》（理财非存款、风险揭示、不得承诺保本保收益、不得使用预期收益率）
//  《关于规范金融机构资产管理业务的指导意见》（打破刚性兑付）
//  《银行保险机构消费者权益保护管理办法》（不得进行虚假、欺诈、隐瞒或引人误解的宣传）
//  《存款保险条例》第五条（同一存款人在同一家投保机构最高偿付限额人民币50万元）
//  《关于进一步促进信用卡业务规范健康发展的通知》（银保监规〔2022〕13号：分期须明示年化利率和全部费用）
//  《征信业管理条例》、《保险销售行为管理办法》
import type { ComplianceRule } from './types'

const ZUI_EXCEPTIONS = [
  '最近', '最后', '最终', '最迟', '最晚', '最早可', '最低起购', '最低起存', '最低起投', '最低购买', '最低还款',
  '最高不超过', '最多不超过', '最长不超过', '最高限额', '最高偿付限额', '最多可', '最少', '最好提前', '最好不要',
  '最新公告', '最新通知', '最长可分', '最长免息期', '最长{n}天',
]
const DI_YI_EXCEPTIONS = [
  '第一次', '第一步', '第一时间', '第一季度', '第一天', '第一期', '第一批', '第一个工作日', '第一条', '第一章',
  '第一项', '第一名', '第一位', '第一题', '第一轮', '第一关', '第一道', '第一责任人', '第一个',
]

export const SEED_RULES: ComplianceRule[] = [
  // ── 《广告法》第九条：绝对化用语 ─────────────────────────────────────────────
  {
    id: 'ad-law-zui', pattern: '最', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第九条第（三）项禁止使用“最”等绝对化用语；如“最近”“最低起购”等事实描述不受影响',
    reasonEn: 'Advertising Law art. 9(3) bans absolute terms such as “最 (most)”; factual uses like 最近/最低起购 are allowed',
    exceptions: ZUI_EXCEPTIONS,
  },
  {
    id: 'ad-law-di-yi', pattern: '第一', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第九条第（三）项禁止使用“第一”等绝对化用语（“第一次”“第一时间”等序数用法除外）',
    reasonEn: 'Advertising Law art. 9(3) bans absolute claims such as “第一 (number one)”; ordinal uses (first time, first step) are allowed',
    exceptions: DI_YI_EXCEPTIONS,
  },
  {
    id: 'ad-law-ding-ji', pattern: '顶级', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第九条第（三）项禁止使用“顶级”等绝对化用语',
    reasonEn: 'Advertising Law art. 9(3) bans absolute terms such as “顶级 (top-class)”',
  },
  {
    id: 'ad-law-guo-jia-ji', pattern: '国家级', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第九条第（三）项禁止使用“国家级”用语（“国家级非物质文化遗产”等客观名称除外）',
    reasonEn: 'Advertising Law art. 9(3) bans “国家级 (national-level)” claims; official names such as national intangible heritage are allowed',
    exceptions: ['国家级非物质文化遗产', '国家级非遗', '国家级新区'],
  },
  {
    id: 'ad-law-zui-jia', pattern: '最佳', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第九条第（三）项明确禁止使用“最佳”',
    reasonEn: 'Advertising Law art. 9(3) expressly bans “最佳 (best)”',
  },
  {
    id: 'ad-law-zui-gao-ji', pattern: '最高级', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第九条第（三）项明确禁止使用“最高级”',
    reasonEn: 'Advertising Law art. 9(3) expressly bans “最高级 (highest-grade)”',
  },
  {
    id: 'ad-law-shou-xuan', pattern: '首选', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“首选”属于绝对化用语，违反《广告法》第九条第（三）项',
    reasonEn: '“首选 (first choice)” is an absolute claim under Advertising Law art. 9(3)',
  },
  {
    id: 'ad-law-no1', pattern: 'No.1', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“No.1”等同于“第一”，违反《广告法》第九条第（三）项',
    reasonEn: '“No.1” equals “number one”, banned by Advertising Law art. 9(3)',
  },
  {
    id: 'ad-law-top1', pattern: 'TOP1', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“TOP1”等同于“第一”，违反《广告法》第九条第（三）项',
    reasonEn: '“TOP1” equals “number one”, banned by Advertising Law art. 9(3)',
  },
  {
    id: 'ad-law-wei-yi', pattern: '唯一', kind: 'banned-word', severity: 'warn', categories: ['all'],
    reasonZh: '“唯一”可能构成绝对化用语（《广告法》第九条），请确认有可核实的依据',
    reasonEn: '“唯一 (only/unique)” may be an absolute claim (Advertising Law art. 9); make sure it is verifiable',
  },
  {
    id: 'ad-law-du-jia', pattern: '独家', kind: 'banned-word', severity: 'warn', categories: ['all'],
    reasonZh: '“独家”可能构成绝对化或引人误解的表述（《广告法》第九条、第二十八条），请确认有书面依据',
    reasonEn: '“独家 (exclusive)” may be absolute or misleading (Advertising Law arts. 9, 28); keep written proof',
  },
  {
    id: 'ad-law-ji-zhi', pattern: '极致', kind: 'banned-word', severity: 'warn', categories: ['all'],
    reasonZh: '“极致”属于夸大性用语，可能违反《广告法》第九条',
    reasonEn: '“极致 (ultimate)” is an exaggeration that may breach Advertising Law art. 9',
  },
  {
    id: 'ad-law-wan-neng', pattern: '万能', kind: 'banned-word', severity: 'warn', categories: ['all'],
    reasonZh: '“万能”属于夸大性用语（“万能险”“万能型”等产品类型名称除外）',
    reasonEn: '“万能 (all-powerful)” is an exaggeration; the product type names 万能险/万能型 are allowed',
    exceptions: ['万能险', '万能型', '万能账户'],
  },
  {
    id: 'ad-law-shi-shang', pattern: '史上', kind: 'banned-word', severity: 'warn', categories: ['all'],
    reasonZh: '“史上……”通常构成绝对化或夸大表述（《广告法》第九条）',
    reasonEn: '“史上 (ever/in history)” usually forms an absolute or exaggerated claim (Advertising Law art. 9)',
  },
  {
    id: 'ad-law-wan-wu-yi-shi', pattern: '万无一失', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“万无一失”暗示无风险，违反《广告法》第九条、第二十五条',
    reasonEn: '“万无一失 (foolproof)” implies no risk, breaching Advertising Law arts. 9 and 25',
  },
  {
    id: 'ad-law-absolute-safety', pattern: '(绝对|百分之百|100%|百分百)(安全|保障|放心|赚钱|收益)', kind: 'regex', severity: 'block', categories: ['all'],
    reasonZh: '“绝对安全/百分百收益”等属于绝对化、保证性承诺，违反《广告法》第九条、第二十五条',
    reasonEn: 'Claims like “absolutely safe / 100% return” are absolute guarantees banned by Advertising Law arts. 9 and 25',
  },
  {
    id: 'ad-law-state-endorsement', pattern: '(国家|政府|央行|人民银行|监管部门)(担保|兜底|背书|推荐)', kind: 'regex', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第九条第（二）项禁止使用或变相使用国家机关名义进行宣传',
    reasonEn: 'Advertising Law art. 9(2) bans using, directly or indirectly, the name of state organs in advertising',
  },
  // ── 《广告法》第二十五条 / 资管新规：保本、保收益、无风险承诺 ─────────────────
  {
    id: 'guarantee-bao-ben', pattern: '保本', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第二十五条禁止明示或暗示保本；资管新规要求打破刚性兑付，理财产品不得宣传保本（“非保本”“不保本”等风险提示除外）',
    reasonEn: 'Advertising Law art. 25 bans stating or implying principal protection; asset-management rules forbid promising it (disclosures such as 非保本 are allowed)',
    exceptions: ['非保本', '不保本', '不承诺保本', '不提供保本'],
  },
  {
    id: 'guarantee-wen-zhuan', pattern: '稳赚', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“稳赚”属于保证收益承诺，违反《广告法》第二十五条第（一）项',
    reasonEn: '“稳赚 (sure profit)” guarantees returns, banned by Advertising Law art. 25(1)',
  },
  {
    id: 'guarantee-wen-ying', pattern: '稳赢', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“稳赢”属于保证收益承诺，违反《广告法》第二十五条第（一）项',
    reasonEn: '“稳赢 (sure win)” guarantees returns, banned by Advertising Law art. 25(1)',
  },
  {
    id: 'guarantee-bao-zhuan', pattern: '包赚', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“包赚”属于保证收益承诺，违反《广告法》第二十五条第（一）项',
    reasonEn: '“包赚 (guaranteed to earn)” guarantees returns, banned by Advertising Law art. 25(1)',
  },
  {
    id: 'guarantee-zhi-zhuan-bu-pei', pattern: '只赚不赔', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“只赚不赔”暗示无风险，违反《广告法》第二十五条',
    reasonEn: '“只赚不赔 (never lose)” implies no risk, banned by Advertising Law art. 25',
  },
  {
    id: 'guarantee-wen-zhuan-bu-pei', pattern: '稳赚不赔', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“稳赚不赔”属于保本保收益承诺，违反《广告法》第二十五条',
    reasonEn: '“稳赚不赔 (sure gain, no loss)” promises principal and return, banned by Advertising Law art. 25',
  },
  {
    id: 'guarantee-wu-feng-xian', pattern: '无风险', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第二十五条禁止明示或暗示“无风险”',
    reasonEn: 'Advertising Law art. 25 bans stating or implying “no risk”',
    exceptions: ['并非无风险', '不是无风险', '非无风险'],
  },
  {
    id: 'guarantee-ling-feng-xian', pattern: '零风险', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第二十五条禁止明示或暗示“零风险”',
    reasonEn: 'Advertising Law art. 25 bans stating or implying “zero risk”',
    exceptions: ['并非零风险', '不是零风险'],
  },
  {
    id: 'guarantee-bao-shou-yi', pattern: '保收益', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '《广告法》第二十五条禁止明示或暗示“保收益”；理财产品不得承诺保本保收益',
    reasonEn: 'Advertising Law art. 25 bans promising returns; wealth products must not promise principal or return',
  },
  {
    id: 'guarantee-promise-return', pattern: '(保证|确保|承诺|锁定)[^,。!?；;]{0,6}(收益|回报|利息|年化)', kind: 'regex', severity: 'block', categories: ['all'],
    reasonZh: '对未来收益作出保证性承诺，违反《广告法》第二十五条第（一）项（“不保证收益”等风险提示除外）',
    reasonEn: 'A guarantee of future returns breaches Advertising Law art. 25(1) (disclosures such as 不保证收益 are allowed)',
    exceptions: ['不保证', '不承诺', '无法保证', '不代表'],
  },
  {
    id: 'guarantee-gang-xing-dui-fu', pattern: '刚性兑付', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '资管新规要求打破刚性兑付，不得宣传或暗示刚性兑付（“打破刚性兑付”除外）',
    reasonEn: 'Asset-management rules end implicit guarantees; content must not promise rigid redemption (“打破刚性兑付” is allowed)',
    exceptions: ['打破刚性兑付', '不刚性兑付', '不得刚性兑付'],
  },
  {
    id: 'guarantee-gang-dui', pattern: '刚兑', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '资管新规要求打破刚性兑付，不得宣传或暗示“刚兑”（“打破刚兑”除外）',
    reasonEn: 'Asset-management rules end implicit guarantees; do not promise “刚兑” (“打破刚兑” is allowed)',
    exceptions: ['打破刚兑', '不刚兑'],
  },
  {
    id: 'guarantee-ben-jin-wu-you', pattern: '本金无忧', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“本金无忧”暗示保本，违反《广告法》第二十五条',
    reasonEn: '“本金无忧 (principal worry-free)” implies principal protection, banned by Advertising Law art. 25',
  },
  {
    id: 'guarantee-tang-zhuan', pattern: '躺赚', kind: 'banned-word', severity: 'block', categories: ['all'],
    reasonZh: '“躺赚”暗示无风险获利，违反《广告法》第二十五条',
    reasonEn: '“躺赚 (earn lying down)” implies riskless profit, banned by Advertising Law art. 25',
  },
  {
    id: 'guarantee-high-return-low-risk', pattern: '高收益[^。!?]{0,4}(低风险|无风险|零风险)', kind: 'regex', severity: 'block', categories: ['all'],
    reasonZh: '“高收益、低风险”是引人误解的宣传，违反《广告法》第二十五条、《银行保险机构消费者权益保护管理办法》',
    reasonEn: '“High return, low risk” is misleading (Advertising Law art. 25; consumer-protection measures for banks and insurers)',
  },
  {
    id: 'guarantee-fan-bei', pattern: '翻倍', kind: 'banned-word', severity: 'warn', categories: ['all'],
    reasonZh: '“翻倍”易被理解为收益承诺，请确认不涉及投资收益（“积分翻倍”等权益除外）',
    reasonEn: '“翻倍 (doubling)” reads as a return promise; make sure it is not about investment returns (points doubling is fine)',
    exceptions: ['积分翻倍', '积点翻倍', '里程翻倍'],
  },
  // ── 理财（wealth） ───────────────────────────────────────────────────────────
  {
    id: 'wealth-risk-disclaimer', pattern: '理财有风险，投资需谨慎', kind: 'required-phrase', severity: 'block', categories: ['wealth'],
    reasonZh: '理财类内容须包含风险提示语“理财有风险，投资需谨慎”（《商业银行理财业务监督管理办法》风险揭示要求）',
    reasonEn: 'Wealth-management content must carry the risk disclaimer “理财有风险，投资需谨慎” (wealth-management rules on risk disclosure)',
    exceptions: ['理财非存款、产品有风险、投资须谨慎', '理财有风险，投资须谨慎'],
  },
  {
    id: 'wealth-expected-return', pattern: '预期收益', kind: 'banned-word', severity: 'block', categories: ['wealth'],
    reasonZh: '资管新规后理财产品不得宣传“预期收益率”，应使用“业绩比较基准”并提示其不代表实际收益',
    reasonEn: 'Since the asset-management rules, wealth products must not advertise an “expected return”; use the performance benchmark with its caveat',
  },
  {
    id: 'wealth-deposit-confusion', pattern: '理财[^。!?]{0,3}(就是|等于|等同于|相当于|比)存款', kind: 'regex', severity: 'block', categories: ['wealth', 'deposit'],
    reasonZh: '不得将理财产品与存款混同宣传（理财非存款，《商业银行理财业务监督管理办法》）',
    reasonEn: 'Wealth products must not be presented as deposits (wealth-management rules: 理财非存款)',
  },
  {
    id: 'wealth-ranking', pattern: '(收益|业绩)[^。!?]{0,4}排名[^。!?]{0,2}(第|前)', kind: 'regex', severity: 'warn', categories: ['wealth'],
    reasonZh: '宣传业绩排名须注明来源、期间并提示过往业绩不代表未来表现（《银行保险机构消费者权益保护管理办法》）',
    reasonEn: 'Performance rankings need source, period and a past-performance caveat (consumer-protection measures)',
  },
  {
    id: 'wealth-gao-xi', pattern: '高息', kind: 'banned-word', severity: 'warn', categories: ['wealth', 'deposit'],
    reasonZh: '“高息”易误导并涉嫌高息揽储，请改用具体、可核实的利率或业绩比较基准',
    reasonEn: '“高息 (high interest)” is misleading and suggests deposit poaching; state a concrete, verifiable rate or benchmark',
  },
  // ── 存款（deposit） ───────────────────────────────────────────────────────────
  {
    id: 'deposit-insurance-overclaim', pattern: '存款[^。!?]{0,4}(全额|100%|百分百|无限额)(保障|赔付|兑付|偿付)', kind: 'regex', severity: 'block', categories: ['all'],
    reasonZh: '《存款保险条例》第五条：同一存款人在同一家投保机构的最高偿付限额为人民币50万元，不得宣传“全额保障”',
    reasonEn: 'Deposit Insurance Regulations art. 5 cap payment at CNY 500,000 per depositor per insured bank; do not claim full coverage',
  },
  {
    id: 'deposit-gao-xi-lan-chu', pattern: '高息揽储', kind: 'banned-word', severity: 'block', categories: ['deposit', 'wealth'],
    reasonZh: '禁止高息揽储等违规吸收存款行为（存款管理相关规定）',
    reasonEn: 'Attracting deposits with above-rule interest is prohibited (deposit-management rules)',
  },
  {
    id: 'deposit-cash-gift', pattern: '存[^。!?]{0,8}(返现|送现金|返现金|送购物卡|赠现金)', kind: 'regex', severity: 'block', categories: ['deposit'],
    reasonZh: '不得以返还现金、赠送购物卡等不正当手段吸收存款（存款管理相关规定）',
    reasonEn: 'Deposits must not be attracted with cash rebates or gift cards (deposit-management rules)',
  },
  {
    id: 'deposit-tie-xi', pattern: '贴息', kind: 'banned-word', severity: 'warn', categories: ['deposit'],
    reasonZh: '存款类宣传中的“贴息”涉嫌变相提高利率，请合规确认',
    reasonEn: '“贴息 (interest subsidy)” in deposit copy suggests a disguised rate increase; confirm with compliance',
  },
  // ── 信用卡与贷款（credit） ────────────────────────────────────────────────────
  {
    id: 'credit-zero-interest', pattern: '(零|0)(利息|利率|手续费|费用)', kind: 'regex', severity: 'block', categories: ['credit'],
    reasonZh: '分期营销须明示年化利率和全部费用，不得以“零利息/零手续费”等误导性表述宣传（银保监规〔2022〕13号）',
    reasonEn: 'Instalment marketing must show the annualised rate and all fees, not “zero interest / zero fee” (CBIRC 2022 No. 13 credit-card notice)',
  },
  {
    id: 'credit-mian-xi', pattern: '免息', kind: 'banned-word', severity: 'warn', categories: ['credit'],
    reasonZh: '“免息”须与实际费用一致，分期须同时展示年化利率（“免息期”“免息还款期”等功能说明除外）',
    reasonEn: '“免息 (interest-free)” must match the real fees and instalments must show the annualised rate (the grace-period feature 免息期 is fine)',
    exceptions: ['免息期', '免息还款期'],
  },
  {
    id: 'credit-no-credit-check', pattern: '(不查|无需|不看|免查|不上)征信', kind: 'regex', severity: 'block', categories: ['all'],
    reasonZh: '“不查征信/不上征信”是虚假宣传，信贷业务须依法查询和报送征信（《征信业管理条例》）',
    reasonEn: '“No credit check / not reported to the credit bureau” is false; lending must use and report credit data (Credit Reporting Regulations)',
  },
  {
    id: 'credit-guaranteed-approval', pattern: '(秒批|秒下款|包下卡|包过|必下卡|100%下卡|百分百下卡|黑户可办)', kind: 'regex', severity: 'block', categories: ['credit'],
    reasonZh: '不得承诺审批结果或降低风控门槛宣传（《银行保险机构消费者权益保护管理办法》禁止引人误解的宣传）',
    reasonEn: 'Approval must never be promised (consumer-protection measures ban misleading promotion)',
  },
  {
    id: 'credit-low-threshold', pattern: '(零门槛|无门槛)(贷款|借款|办卡|放款|额度)', kind: 'regex', severity: 'block', categories: ['credit'],
    reasonZh: '“零门槛贷款”属于诱导过度借贷的误导性宣传',
    reasonEn: '“No-threshold loans” is misleading and encourages over-borrowing',
  },
  {
    id: 'credit-repair', pattern: '(征信|信用)(修复|洗白|铲单)', kind: 'regex', severity: 'warn', categories: ['all'],
    reasonZh: '“征信修复”多为骗局，银行内容不得暗示可修复征信；反诈提示中使用请确认语境为警示',
    reasonEn: '“Credit repair” is usually a scam; bank content must not suggest it. In anti-fraud warnings confirm the context is a warning',
  },
  {
    id: 'credit-cash-out', pattern: '套现', kind: 'banned-word', severity: 'warn', categories: ['all'],
    reasonZh: '涉及“套现”的内容须为风险警示，不得出现任何引导信用卡套现的表述',
    reasonEn: 'Any mention of “套现 (cashing out cards)” must be a warning, never guidance',
    exceptions: ['严禁套现', '禁止套现', '不得套现', '切勿套现'],
  },
  // ── 保险（insurance） ─────────────────────────────────────────────────────────
  {
    id: 'insurance-deposit-confusion', pattern: '(保险|保单)[^。!?]{0,4}(就是|等于|等同于|相当于|当作)存款|存单式保险|保险存款', kind: 'regex', severity: 'block', categories: ['insurance', 'deposit'],
    reasonZh: '不得将保险产品与存款、理财混淆销售（《保险销售行为管理办法》《银行保险机构消费者权益保护管理办法》）',
    reasonEn: 'Insurance must not be sold as a deposit or wealth product (insurance sales rules; consumer-protection measures)',
  },
  {
    id: 'insurance-dividend-guarantee', pattern: '(保证|确保|承诺)分红|分红[^。!?]{0,2}(保证|保底)', kind: 'regex', severity: 'block', categories: ['insurance'],
    reasonZh: '分红险的红利分配不确定，不得承诺或保证分红（《保险销售行为管理办法》）',
    reasonEn: 'Participating-policy dividends are uncertain and must not be promised (insurance sales rules)',
  },
  {
    id: 'insurance-pays-everything', pattern: '(什么都赔|全都赔|无条件(赔付|理赔)|100%赔付|百分百理赔)', kind: 'regex', severity: 'block', categories: ['insurance'],
    reasonZh: '保险责任以合同条款为准，不得夸大保障范围（《保险销售行为管理办法》）',
    reasonEn: 'Cover is defined by the policy terms; do not exaggerate it (insurance sales rules)',
  },
  {
    id: 'insurance-stop-sale-hype', pattern: '停售', kind: 'banned-word', severity: 'warn', categories: ['insurance'],
    reasonZh: '不得以产品“停售”“即将下架”制造焦虑进行炒作营销（监管关于规范人身险销售的要求）',
    reasonEn: 'Do not create urgency by hyping a product “stopping sale” (regulatory rules on life-insurance selling)',
  },
  // ── 养老金 / 通用 ─────────────────────────────────────────────────────────────
  {
    id: 'pension-tax-free-claim', pattern: '个人养老金[^。!?]{0,10}(免税|不交税|不用交税|零税)', kind: 'regex', severity: 'block', categories: ['all'],
    reasonZh: '个人养老金实行递延纳税：缴费环节税前扣除，领取时按3%单独计税，不得宣传为“免税”',
    reasonEn: 'The personal pension is tax-deferred (deduction on contribution, 3% tax on withdrawal); never call it tax-free',
  },
  {
    id: 'all-insider-channel', pattern: '内部(渠道|名额|额度|消息|价)', kind: 'regex', severity: 'warn', categories: ['all'],
    reasonZh: '“内部渠道/内部名额”属于引人误解的宣传，也是常见诈骗话术（《广告法》第二十八条）',
    reasonEn: '“Insider channel / insider quota” is misleading and a common scam phrase (Advertising Law art. 28)',
  },
  {
    id: 'all-guaranteed-listing', pattern: '(稳定|保证|承诺)[^。!?]{0,2}(升值|增值)', kind: 'regex', severity: 'block', categories: ['all'],
    reasonZh: '“保证升值/稳定增值”属于对未来效果的保证性承诺，违反《广告法》第二十五条',
    reasonEn: '“Guaranteed appreciation” promises future results, banned by Advertising Law art. 25',
  },
]
