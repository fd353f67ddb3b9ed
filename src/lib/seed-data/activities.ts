// Ready-made group activities (活动库) for customer managers: script, questions with answers, format,
// duration, rewards, a group message that passes the compliance lint, and poster slot suggestions.
// Facts used in quizzes (checked against the regulations they cite):
//  - 《存款保险条例》（2015年5月1日起施行）第五条：同一存款人在同一家投保机构所有被保险存款账户的本金和利息合并计算，
//    最高偿付限额人民币50万元；超出部分依法从投保机构清算财产中受偿。理财、基金、保险不属于存款保险范围。
//  - 个人养老金：每人每年缴费上限12,000元；只能开立一个个人养老金资金账户；领取时单独按3%计税；
//    达到领取基本养老金年龄、完全丧失劳动能力、出国（境）定居等情形可领取。
//  - 《征信业管理条例》：不良信息自不良行为或事件终止之日起保存5年；个人每年可免费获取本人信用报告2次；
//    信息有误走异议程序，“花钱修复征信”是骗局。
//  - 96110 为全国反诈预警劝阻专线；公检法机关不会电话办案，不存在“安全账户”。
//  - 《中国人民银行残缺污损人民币兑换办法》：能辨别面额、票面剩余四分之三（含）以上且图案文字能按原样连接的，全额兑换；
//    剩余二分之一（含）至四分之三以下的，按原面额一半兑换。
//  - 《反不正当竞争法》第十条：抽奖式有奖销售的最高奖金额不得超过五万元。
//  - 微信红包单个金额上限200元。
// Red packets and prizes are never tied to deposits or product purchases (cash-for-deposit is prohibited).

export type ActivityType = 'pinyin' | 'dice' | 'lantern-riddle' | 'quiz' | 'relay' | 'vote' | 'lottery' | 'red-packet'

export type OptionKey = 'A' | 'B' | 'C' | 'D'

export type ActivityQuestion = {
  prompt: string
  /** Single-choice options (quiz, vote, dice). */
  options?: { key: OptionKey; text: string }[]
  /** Correct option key for quizzes; the answer text for riddles/pinyin; a sample valid reply for relays. Absent for votes and dice rounds. */
  answer?: string
  explanation?: string
}

export type ActivitySeed = {
  /** Stable slug. */
  code: string
  type: ActivityType
  nameZh: string
  nameEn: string
  /** 主题 */
  theme: string
  /** 规则 */
  rules: string[]
  questions: ActivityQuestion[]
  /** 形式 */
  format: string
  durationMinutes: number
  /** 权益 */
  rewards: string[]
  /** Ready-to-send 社群 message (compliant copy). */
  groupMessage: string
  posterSlots: { headline: string; subline: string }
  /** Calendar festival slugs this activity suits (see src/lib/calendar). */
  festivalSlugs: string[]
}

const abcd = (a: string, b: string, c: string, d: string) => [
  { key: 'A' as const, text: a }, { key: 'B' as const, text: b }, { key: 'C' as const, text: c }, { key: 'D' as const, text: d },
]

const QUIZ_RULES = [
  '客户经理每隔2分钟发出一题，群成员直接回复选项字母（A/B/C/D）',
  '每题以客户经理公布答案前的首次回复为准，修改无效',
  '答对题数多者优先，同分按首题回复时间先后排序',
  '每人限领一份奖品，奖品不可折现；本活动与购买任何产品无关',
]

export const ACTIVITY_SEEDS: ActivitySeed[] = [
  // ── 有奖问答 quiz ────────────────────────────────────────────────────────────
  {
    code: 'quiz-anti-fraud-basics', type: 'quiz', nameZh: '反诈知识有奖问答', nameEn: 'Anti-fraud quiz',
    theme: '守好钱袋子，识破常见电信网络诈骗', rules: QUIZ_RULES,
    questions: [
      { prompt: '接到自称“公检法”的电话，说您涉嫌洗钱，要求把钱转入“安全账户”配合调查，您应该？', options: abcd('立即转账自证清白', '挂断电话，拨打110或96110核实', '按要求下载会议软件并共享屏幕', '把银行卡密码告诉对方'), answer: 'B', explanation: '公检法机关不会通过电话办案，也不存在所谓“安全账户”。' },
      { prompt: '全国反诈预警劝阻专线号码是？', options: abcd('95588', '12315', '96110', '12345'), answer: 'C', explanation: '接到96110来电请务必接听，这是反诈预警劝阻电话。' },
      { prompt: '网上“刷单返利”兼职，日结高佣金，它是？', options: abcd('轻松赚钱的正规兼职', '诈骗，刷单本身也违法', '先小额试试没关系', '只要平台有名就安全'), answer: 'B', explanation: '刷单返利是高发诈骗类型，先给小甜头，再诱导大额垫付。' },
      { prompt: '自称“客服”来电，要您提供手机短信验证码才能办理退款，您应该？', options: abcd('告诉对方验证码', '只告诉前三位', '验证码不告诉任何人，通过官方渠道核实', '让家人代为告知'), answer: 'C' },
      { prompt: '把自己的银行卡、电话卡出租或出借给他人使用，会怎样？', options: abcd('没关系，能赚租金', '可能涉嫌违法犯罪，并被限制账户功能', '只要不是长期出借就行', '借给熟人不算'), answer: 'B', explanation: '出租出借“两卡”可能被惩戒、涉嫌帮助信息网络犯罪活动罪。' },
    ],
    format: '社群文字问答，5道单选题', durationMinutes: 20,
    rewards: ['答对5题前10名：反诈主题定制帆布袋', '参与即送：手机银行积分20分'],
    groupMessage: '【反诈小课堂·有奖问答】今晚8点开始，5道题带您识破常见骗局！回复选项字母即可参与，答对全部的前10位朋友送定制帆布袋。记住：陌生来电要转账，先挂断、再核实，有疑问拨打96110。',
    posterSlots: { headline: '反诈知识有奖问答', subline: '今晚8点 · 5道题识破常见骗局' },
    festivalSlugs: ['financial-literacy-month', 'consumer-rights-day'],
  },
  {
    code: 'quiz-deposit-insurance', type: 'quiz', nameZh: '存款保险知识问答', nameEn: 'Deposit insurance quiz',
    theme: '了解存款保险，明白存款保障边界', rules: QUIZ_RULES,
    questions: [
      { prompt: '根据《存款保险条例》，同一存款人在同一家投保机构的最高偿付限额是？', options: abcd('20万元', '50万元', '100万元', '不设上限'), answer: 'B' },
      { prompt: '同一存款人在同一家投保机构开了多个存款账户，偿付限额如何计算？', options: abcd('每个账户分别计算', '所有被保险存款账户的本金和利息合并计算', '只计算本金', '只计算活期账户'), answer: 'B' },
      { prompt: '以下哪一项属于存款保险的保障范围？', options: abcd('银行理财产品', '人民币定期存款', '公募基金', '保险产品'), answer: 'B', explanation: '理财、基金、保险不是存款，不在存款保险保障范围内。' },
      { prompt: '我国存款保险制度从哪一年开始正式实施？', options: abcd('2008年', '2012年', '2015年', '2020年'), answer: 'C', explanation: '《存款保险条例》自2015年5月1日起施行。' },
      { prompt: '存款超过50万元的部分会怎样？', options: abcd('直接损失', '依法从投保机构清算财产中受偿', '由个人自行追讨', '自动转为理财'), answer: 'B' },
    ],
    format: '社群文字问答，5道单选题', durationMinutes: 20,
    rewards: ['全部答对前20名：存款保险主题冰箱贴', '参与即送：手机银行积分20分'],
    groupMessage: '【存款保险·有奖问答】您知道存款保险保什么、保多少吗？今晚7点半群内5道题，回复选项字母参与，全部答对的前20位朋友送主题冰箱贴。小提示：同一存款人在同一家投保机构的偿付限额为50万元（本息合并计算）。',
    posterSlots: { headline: '存款保险知多少', subline: '5道题了解存款保障边界' },
    festivalSlugs: ['financial-literacy-month', 'world-savings-day'],
  },
  {
    code: 'quiz-personal-pension', type: 'quiz', nameZh: '个人养老金知识问答', nameEn: 'Personal pension quiz',
    theme: '读懂个人养老金：缴费、投资、领取', rules: QUIZ_RULES,
    questions: [
      { prompt: '个人养老金每人每年缴费上限是多少？', options: abcd('6,000元', '10,000元', '12,000元', '24,000元'), answer: 'C' },
      { prompt: '每位参加人可以开立几个个人养老金资金账户？', options: abcd('1个', '2个', '每家银行1个', '不限'), answer: 'A', explanation: '参加人只能选择一家商业银行开立唯一的个人养老金资金账户。' },
      { prompt: '领取个人养老金时，个人所得税如何计算？', options: abcd('不缴税', '单独按3%计税', '按10%计税', '并入综合所得按20%计税'), answer: 'B', explanation: '缴费环节税前扣除，投资收益暂不征税，领取时单独按3%计税。' },
      { prompt: '以下哪种情形可以领取个人养老金？', options: abcd('达到领取基本养老金年龄', '购买住房', '子女上学', '随时可领'), answer: 'A', explanation: '此外完全丧失劳动能力、出国（境）定居等情形也可领取。' },
    ],
    format: '社群文字问答，4道单选题', durationMinutes: 15,
    rewards: ['全部答对前15名：养老主题保温杯', '参与即送：手机银行积分20分'],
    groupMessage: '【个人养老金·有奖问答】每年能存多少？领取时怎么计税？今晚8点群内4道题带您读懂个人养老金，回复选项字母参与，全部答对的前15位朋友送养老主题保温杯。',
    posterSlots: { headline: '读懂个人养老金', subline: '缴费 · 投资 · 领取 4道题' },
    festivalSlugs: ['double-ninth', 'fathers-day', 'dongzhi'],
  },
  {
    code: 'quiz-credit-report', type: 'quiz', nameZh: '征信知识问答', nameEn: 'Credit report quiz',
    theme: '珍爱信用记录，远离“征信修复”骗局', rules: QUIZ_RULES,
    questions: [
      { prompt: '个人每年可以免费获取本人信用报告几次？', options: abcd('1次', '2次', '4次', '12次'), answer: 'B' },
      { prompt: '信用报告中的不良信息保存多长时间？', options: abcd('1年', '2年', '自不良行为或事件终止之日起5年', '永久保存'), answer: 'C' },
      { prompt: '有人说“花钱就能修复、洗白不良征信”，这是？', options: abcd('正规服务', '骗局，信息有误应走异议申请', '只要价格合适就行', '银行内部合作'), answer: 'B' },
      { prompt: '负责个人征信系统建设和运行的机构是？', options: abcd('中国人民银行征信中心', '商业银行', '公安机关', '税务机关'), answer: 'A' },
    ],
    format: '社群文字问答，4道单选题', durationMinutes: 15,
    rewards: ['全部答对前15名：信用主题笔记本', '参与即送：手机银行积分20分'],
    groupMessage: '【征信小课堂·有奖问答】信用报告一年能免费查几次？不良记录保存多久？今晚8点群内4道题，回复选项字母参与。提醒大家：信息有误请走正规异议申请，不要相信任何收费“修复”的说法。',
    posterSlots: { headline: '珍爱信用记录', subline: '4道题读懂个人征信' },
    festivalSlugs: ['financial-literacy-month', 'consumer-rights-day'],
  },
  {
    code: 'quiz-consumer-rights-315', type: 'quiz', nameZh: '3·15金融消费者权益问答', nameEn: 'Consumer rights quiz (3·15)',
    theme: '金融消费者八项基本权利', rules: QUIZ_RULES,
    questions: [
      { prompt: '以下哪一项不属于金融消费者的八项基本权利？', options: abcd('财产安全权', '知情权', '信息安全权', '要求保证收益的权利'), answer: 'D', explanation: '八项权利：财产安全权、知情权、自主选择权、公平交易权、依法求偿权、受教育权、受尊重权、信息安全权。' },
      { prompt: '购买理财产品前，银行应当先对您做什么？', options: abcd('风险承受能力评估', '收取押金', '要求办理信用卡', '查看社交账号'), answer: 'A' },
      { prompt: '对银行服务不满意，以下哪种做法是正确的维权方式？', options: abcd('在网上散布未经核实的信息', '先向银行投诉，未解决可向金融监管部门反映', '找“代理维权”机构付费处理', '停止还款'), answer: 'B', explanation: '警惕“代理维权”“反催收”等非法中介。' },
      { prompt: '网点工作人员要求您把银行卡密码告诉他代为操作，您应该？', options: abcd('告诉他方便办理', '拒绝，密码只能本人掌握', '写在纸上交给他', '告诉一半'), answer: 'B' },
    ],
    format: '社群文字问答，4道单选题', durationMinutes: 15,
    rewards: ['全部答对前20名：3·15主题雨伞', '参与即送：手机银行积分20分'],
    groupMessage: '【3·15金融消费者权益日】您知道金融消费者有哪八项基本权利吗？今晚8点群内4道题，回复选项字母参与，全部答对的前20位朋友送主题雨伞。依法维权，警惕付费“代理维权”。',
    posterSlots: { headline: '3·15 守护您的权益', subline: '金融消费者八项基本权利' },
    festivalSlugs: ['consumer-rights-day'],
  },
  {
    code: 'quiz-rmb-knowledge', type: 'quiz', nameZh: '人民币知识问答', nameEn: 'RMB banknote quiz',
    theme: '爱护人民币，了解残损币兑换与拒收现金规定', rules: QUIZ_RULES,
    questions: [
      { prompt: '残缺人民币能辨别面额，票面剩余四分之三（含）以上，图案文字能按原样连接，可以怎样兑换？', options: abcd('不能兑换', '按面额一半兑换', '按原面额全额兑换', '只能换硬币'), answer: 'C' },
      { prompt: '票面剩余二分之一（含）至四分之三以下、能辨别面额的残缺人民币，可以怎样兑换？', options: abcd('全额兑换', '按原面额的一半兑换', '按四分之一兑换', '不能兑换'), answer: 'B' },
      { prompt: '收到疑似假币，正确的做法是？', options: abcd('想办法花出去', '交银行或公安机关鉴别，不再使用', '撕掉丢弃', '留作纪念继续流通'), answer: 'B' },
      { prompt: '商户可以拒收现金吗？', options: abcd('可以，只收扫码', '不可以，人民币现金不得拒收', '金额小可以拒收', '节假日可以拒收'), answer: 'B' },
    ],
    format: '社群文字问答，4道单选题', durationMinutes: 15,
    rewards: ['全部答对前20名：零钱包一个', '参与即送：手机银行积分20分'],
    groupMessage: '【人民币知识有奖问答】钱币破了还能换吗？收到假币怎么办？今晚8点群内4道题，回复选项字母参与，全部答对的前20位朋友送零钱包一个。',
    posterSlots: { headline: '爱护人民币', subline: '残损币兑换知识4道题' },
    festivalSlugs: ['financial-literacy-month'],
  },
  {
    code: 'quiz-dragon-boat', type: 'quiz', nameZh: '端午知识问答', nameEn: 'Dragon Boat Festival quiz',
    theme: '粽情端午，传统文化知识问答', rules: QUIZ_RULES,
    questions: [
      { prompt: '端午节是农历哪一天？', options: abcd('正月十五', '五月初五', '七月初七', '八月十五'), answer: 'B' },
      { prompt: '端午节流传广泛的传说是纪念哪位诗人？', options: abcd('李白', '杜甫', '屈原', '苏轼'), answer: 'C' },
      { prompt: '2009年，端午节入选了联合国教科文组织的哪个名录？', options: abcd('世界自然遗产名录', '人类非物质文化遗产代表作名录', '世界记忆名录', '世界文化景观名录'), answer: 'B' },
      { prompt: '以下哪一项不是端午节的习俗？', options: abcd('赛龙舟', '吃粽子', '挂艾草', '赏月吃月饼'), answer: 'D' },
    ],
    format: '社群文字问答，4道单选题', durationMinutes: 15,
    rewards: ['全部答对前20名：粽子礼盒兑换券', '参与即送：手机银行积分20分'],
    groupMessage: '【粽情端午·有奖问答】端午将至，来群里答题赢粽子！今晚8点4道传统文化小题，回复选项字母参与，全部答对的前20位朋友送粽子礼盒兑换券。祝大家端午安康！',
    posterSlots: { headline: '粽情端午 答题有礼', subline: '4道题 赢粽子礼盒兑换券' },
    festivalSlugs: ['dragon-boat'],
  },
  {
    code: 'quiz-financial-literacy-month', type: 'quiz', nameZh: '金融知识宣传月综合问答', nameEn: 'Financial literacy month quiz',
    theme: '金融知识万里行：防诈、存款保险、征信、养老', rules: QUIZ_RULES,
    questions: [
      { prompt: '“保本高息、稳赚不赔”的投资宣传，最可能是？', options: abcd('稳健的银行存款', '非法集资的常见诱饵', '国家政策产品', '内部福利'), answer: 'B', explanation: '非法集资常以高额回报为诱饵，投资前请核实机构资质。' },
      { prompt: '存款保险对同一存款人在同一家投保机构的偿付限额是？', options: abcd('20万元', '50万元', '80万元', '100万元'), answer: 'B' },
      { prompt: '个人养老金每年缴费上限是？', options: abcd('10,000元', '12,000元', '15,000元', '20,000元'), answer: 'B' },
      { prompt: '买理财产品时，“业绩比较基准”意味着？', options: abcd('一定能拿到的收益', '不代表实际收益，产品净值会波动', '银行的承诺', '存款利率'), answer: 'B' },
      { prompt: '陌生人发来链接说“点击领取补贴”，您应该？', options: abcd('马上点开', '不点陌生链接，通过官方渠道核实', '转发给家人一起领', '输入银行卡号试试'), answer: 'B' },
    ],
    format: '社群文字问答，5道单选题', durationMinutes: 20,
    rewards: ['全部答对前20名：金融知识宣传月纪念徽章', '参与即送：手机银行积分30分'],
    groupMessage: '【金融知识宣传月·有奖问答】九月是全国金融知识宣传月！今晚8点群内5道综合小题，涵盖防诈、存款保险、养老等知识，回复选项字母参与，全部答对的前20位朋友送纪念徽章。',
    posterSlots: { headline: '金融知识宣传月', subline: '5道题 学知识赢徽章' },
    festivalSlugs: ['financial-literacy-month'],
  },
  // ── 元宵猜灯谜 lantern riddles ──────────────────────────────────────────────
  {
    code: 'lantern-riddles-yuanxiao', type: 'lantern-riddle', nameZh: '元宵猜灯谜', nameEn: 'Lantern Festival riddles',
    theme: '闹元宵 猜灯谜 乐团圆',
    rules: ['客户经理每3分钟发出一条灯谜，注明谜底类型', '群成员直接回复谜底，首位答对者得该题奖励', '每人累计限领2份，谜底在下一题发出前公布', '奖品与购买产品无关，不可折现'],
    questions: [
      { prompt: '一口咬掉牛尾巴（打一字）', answer: '告' },
      { prompt: '千里相逢（打一字）', answer: '重' },
      { prompt: '自大一点（打一字）', answer: '臭' },
      { prompt: '一百减一（打一字）', answer: '白' },
      { prompt: '人在草木中（打一字）', answer: '茶' },
      { prompt: '不上不下（打一字）', answer: '卡' },
      { prompt: '日月同辉（打一字）', answer: '明' },
      { prompt: '麻屋子，红帐子，里面住着白胖子（打一食物）', answer: '花生' },
    ],
    format: '社群文字猜谜，8条灯谜', durationMinutes: 30,
    rewards: ['每题首位答对：元宵汤圆兑换券1张', '参与即送：定制红包封面'],
    groupMessage: '【闹元宵·猜灯谜】元宵佳节，群里挂灯谜啦！今晚7点起每3分钟一条，回复谜底即可参与，每题首位答对的朋友送汤圆兑换券。祝大家元宵快乐、团团圆圆！',
    posterSlots: { headline: '闹元宵 猜灯谜', subline: '今晚7点 · 答对送汤圆兑换券' },
    festivalSlugs: ['lantern-festival'],
  },
  {
    code: 'lantern-riddles-mid-autumn', type: 'lantern-riddle', nameZh: '中秋字谜会', nameEn: 'Mid-Autumn character riddles',
    theme: '月圆猜字谜，团圆乐一场',
    rules: ['客户经理每3分钟发出一条字谜', '群成员直接回复谜底，首位答对者得该题奖励', '每人累计限领2份，奖品不可折现'],
    questions: [
      { prompt: '一人一张口，口下长只手（打一字）', answer: '拿' },
      { prompt: '一加一（打一字）', answer: '王' },
      { prompt: '十五天（打一字）', answer: '胖' },
      { prompt: '有面没有口，有脚没有手，虽有四只脚，自己不会走（打一家具）', answer: '桌子' },
      { prompt: '一月七日（打一字）', answer: '脂' },
    ],
    format: '社群文字猜谜，5条字谜', durationMinutes: 20,
    rewards: ['每题首位答对：月饼兑换券1张', '参与即送：中秋定制红包封面'],
    groupMessage: '【月圆猜字谜】中秋将至，群里来一场字谜会！今晚8点起每3分钟一条，回复谜底参与，每题首位答对的朋友送月饼兑换券。花好月圆，阖家安康！',
    posterSlots: { headline: '月圆猜字谜', subline: '答对送月饼兑换券' },
    festivalSlugs: ['mid-autumn'],
  },
  // ── 看字猜拼音 pinyin ────────────────────────────────────────────────────────
  {
    code: 'pinyin-stacked-characters', type: 'pinyin', nameZh: '看字猜拼音·叠字篇', nameEn: 'Guess the pinyin: stacked characters',
    theme: '三个字叠成一个字，您认识几个？',
    rules: ['客户经理每题发出一个叠字', '群成员回复拼音（带声调或数字声调均可，如 xīn 或 xin1）', '每题首位答对者得奖励，每人限领2份'],
    questions: [
      { prompt: '鑫', answer: 'xīn', explanation: '三金为鑫，多用于人名、店名，寓意财富兴盛。' },
      { prompt: '淼', answer: 'miǎo', explanation: '形容水大。' },
      { prompt: '垚', answer: 'yáo', explanation: '山高的样子。' },
      { prompt: '焱', answer: 'yàn', explanation: '火花、火焰。' },
      { prompt: '犇', answer: 'bēn', explanation: '同“奔”。' },
      { prompt: '骉', answer: 'biāo', explanation: '众马奔腾的样子。' },
    ],
    format: '社群文字互动，6个叠字', durationMinutes: 15,
    rewards: ['每题首位答对：手机银行积分50分', '全部参与：定制表情包'],
    groupMessage: '【看字猜拼音】三个字叠成一个字，您能读对几个？今晚8点起群里每题一个叠字，回复拼音参与，每题首位答对的朋友送50积分。来试试吧！',
    posterSlots: { headline: '看字猜拼音', subline: '叠字篇 · 您能读对几个' },
    festivalSlugs: ['youth-day', 'teachers-day'],
  },
  {
    code: 'pinyin-tricky-words', type: 'pinyin', nameZh: '看字猜拼音·易读错词', nameEn: 'Guess the pinyin: tricky words',
    theme: '这些词您读对了吗？',
    rules: ['客户经理每题发出一个词语', '群成员回复拼音（可用数字声调）', '每题首位答对者得奖励，每人限领2份'],
    questions: [
      { prompt: '饕餮', answer: 'tāo tiè' },
      { prompt: '耄耋', answer: 'mào dié', explanation: '泛指高寿老人，重阳节敬老主题可用。' },
      { prompt: '氤氲', answer: 'yīn yūn' },
      { prompt: '囹圄', answer: 'líng yǔ' },
      { prompt: '踟蹰', answer: 'chí chú' },
      { prompt: '觊觎', answer: 'jì yú' },
    ],
    format: '社群文字互动，6个词语', durationMinutes: 15,
    rewards: ['每题首位答对：手机银行积分50分'],
    groupMessage: '【看字猜拼音·易读错词】饕餮、耄耋、氤氲……这些词您读对了吗？今晚8点群里开考，回复拼音参与，每题首位答对的朋友送50积分。',
    posterSlots: { headline: '这些词您读对了吗', subline: '看字猜拼音 · 易读错词' },
    festivalSlugs: ['double-ninth', 'teachers-day'],
  },
  // ── 猜骰子 dice ──────────────────────────────────────────────────────────────
  {
    code: 'dice-mid-autumn-bobing', type: 'dice', nameZh: '中秋博饼', nameEn: 'Mid-Autumn Bobing dice game',
    theme: '闽南中秋博饼习俗，线上掷骰乐团圆',
    rules: [
      '群成员每人发送6次微信骰子表情，记录6颗点数组合（线上玩法以6次点数代替一次掷6颗骰子）',
      '一秀：1个四点；二举：2个四点；三红：3个四点；四进：4个相同点数（非四点）；对堂：1至6顺子；状元：4个四点',
      '每人限掷一轮，按获得的最高名次领取奖励，名次以客户经理截图确认为准',
      '本活动为传统民俗娱乐，不涉及任何金钱投注，奖品不可折现',
    ],
    questions: [
      { prompt: '掷出4个四点是什么名次？', answer: '状元' },
      { prompt: '掷出1、2、3、4、5、6是什么名次？', answer: '对堂' },
    ],
    format: '社群骰子表情互动', durationMinutes: 40,
    rewards: ['状元：中秋月饼礼盒1份', '对堂/三红：月饼兑换券1张', '四进/二举：手机银行积分100分', '一秀：手机银行积分30分'],
    groupMessage: '【中秋博饼】今晚8点群里博饼！每人发送6次骰子表情，按四点个数和组合定名次，状元送月饼礼盒。纯属传统民俗娱乐，不涉及任何投注。中秋快乐，好运连连！',
    posterSlots: { headline: '中秋博饼 好运连连', subline: '今晚8点 · 群里掷骰赢月饼' },
    festivalSlugs: ['mid-autumn'],
  },
  {
    code: 'dice-guess-big-small', type: 'dice', nameZh: '猜骰子大小', nameEn: 'Guess high or low',
    theme: '周五轻松一刻：猜骰子点数大小',
    rules: [
      '客户经理发出骰子表情前，群成员回复A或B竞猜',
      'A：小（1–3点）；B：大（4–6点），以骰子表情停止后的点数为准',
      '共5轮，猜中轮数多者按时间先后取前10名',
      '仅为娱乐互动，不涉及任何金钱投注，奖品不可折现',
    ],
    questions: [
      { prompt: '第1轮：猜大小', options: [{ key: 'A', text: '小（1–3点）' }, { key: 'B', text: '大（4–6点）' }] },
      { prompt: '第2轮：猜大小', options: [{ key: 'A', text: '小（1–3点）' }, { key: 'B', text: '大（4–6点）' }] },
      { prompt: '第3轮：猜大小', options: [{ key: 'A', text: '小（1–3点）' }, { key: 'B', text: '大（4–6点）' }] },
    ],
    format: '社群骰子表情互动，5轮', durationMinutes: 15,
    rewards: ['猜中轮数前10名：手机银行积分80分'],
    groupMessage: '【周五轻松一刻·猜骰子】今晚8点群里猜大小，每轮回复A（小）或B（大），共5轮，猜中多的前10位朋友送80积分。纯娱乐互动，不涉及任何投注，大家开心就好！',
    posterSlots: { headline: '猜骰子 赢积分', subline: '周五晚8点 · 5轮猜大小' },
    festivalSlugs: [],
  },
  // ── 接龙 relay ───────────────────────────────────────────────────────────────
  {
    code: 'relay-new-year-wishes', type: 'relay', nameZh: '新年心愿接龙', nameEn: 'New Year wishes relay',
    theme: '写下新一年的小心愿',
    rules: ['使用群接龙功能，每人填写一条新年心愿（20字以内）', '接龙截止后，客户经理随机抽取10位送出新春福袋', '请勿发布广告或与活动无关的内容'],
    questions: [{ prompt: '我的新年心愿是：', answer: '全家身体健康，每月坚持记账' }],
    format: '群接龙', durationMinutes: 60,
    rewards: ['随机10位：新春福袋（春联+福字）', '全部参与者：新年红包封面'],
    groupMessage: '【新年心愿接龙】新的一年，您有什么小心愿？点击群接龙写下一句，晚上9点截止，随机抽取10位朋友送新春福袋。祝大家新年快乐、万事顺意！',
    posterSlots: { headline: '新年心愿接龙', subline: '写下心愿 · 抽新春福袋' },
    festivalSlugs: ['new-year', 'spring-festival'],
  },
  {
    code: 'relay-bookkeeping-checkin', type: 'relay', nameZh: '21天记账打卡接龙', nameEn: '21-day bookkeeping check-in',
    theme: '养成记账好习惯',
    rules: ['每天在群接龙中打卡，写下当天一笔支出或一条省钱心得', '连续打卡21天即完成挑战', '打卡只需分享记账心得，不需要也不会查看任何账户信息'],
    questions: [{ prompt: '今日记账打卡：', answer: '午餐18元，自带水杯省了一杯奶茶钱' }],
    format: '群接龙，连续21天', durationMinutes: 10,
    rewards: ['完成21天挑战：记账本+手机银行积分200分', '每周打卡满5天：积分30分'],
    groupMessage: '【21天记账打卡】从今天起，一起养成记账好习惯！每天在群接龙里写下一笔支出或一条省钱心得，坚持21天送记账本和200积分。请勿在群里发送卡号等个人信息。',
    posterSlots: { headline: '21天记账打卡', subline: '养成好习惯 · 完成送记账本' },
    festivalSlugs: ['new-year', 'world-savings-day'],
  },
  {
    code: 'relay-idiom-chain', type: 'relay', nameZh: '成语接龙', nameEn: 'Idiom chain',
    theme: '吉祥成语接龙迎佳节',
    rules: ['客户经理给出首个成语，群成员用上一个成语的尾字（同音字可）开头接龙', '每人每次只接一个，不可重复', '接龙最长的一段中，随机抽取5位参与者送奖品'],
    questions: [
      { prompt: '金玉满堂', answer: '堂堂正正' },
      { prompt: '堂堂正正', answer: '正大光明' },
      { prompt: '正大光明', answer: '明察秋毫' },
    ],
    format: '社群文字接龙', durationMinutes: 30,
    rewards: ['随机5位：定制书签套装', '参与即送：手机银行积分20分'],
    groupMessage: '【成语接龙】今晚8点群里玩成语接龙！首个成语“金玉满堂”，用上一个成语的尾字开头接下去，随机抽5位参与者送书签套装。看看我们能接多长！',
    posterSlots: { headline: '成语接龙', subline: '金玉满堂 · 接龙赢书签' },
    festivalSlugs: ['spring-festival', 'teachers-day'],
  },
  // ── 投票 vote ────────────────────────────────────────────────────────────────
  {
    code: 'vote-mooncake-flavour', type: 'vote', nameZh: '月饼口味投票', nameEn: 'Mooncake flavour vote',
    theme: '您偏爱哪种月饼口味？',
    rules: ['使用群投票功能单选', '投票截止后公布结果，参与投票者随机抽取10位送月饼兑换券', '每人限投一次'],
    questions: [{ prompt: '您偏爱哪种月饼口味？', options: abcd('五仁', '莲蓉蛋黄', '豆沙', '鲜肉') }],
    format: '群投票', durationMinutes: 60,
    rewards: ['随机10位：月饼兑换券1张'],
    groupMessage: '【中秋小调查】五仁、莲蓉蛋黄、豆沙还是鲜肉？投出您偏爱的月饼口味，晚上9点截止，参与投票的朋友随机抽10位送月饼兑换券！',
    posterSlots: { headline: '月饼口味大投票', subline: '投票抽月饼兑换券' },
    festivalSlugs: ['mid-autumn'],
  },
  {
    code: 'vote-next-class-topic', type: 'vote', nameZh: '金融课堂选题投票', nameEn: 'Vote the next finance class topic',
    theme: '下期群课堂讲什么，您来定',
    rules: ['使用群投票功能单选', '得票多的主题将在下周群课堂讲解', '参与投票者随机抽取5位送积分'],
    questions: [{ prompt: '下期群课堂您想听哪个主题？', options: abcd('个人养老金怎么开户缴存', '信用报告怎么看', '识别养老诈骗', '手机银行实用功能') }],
    format: '群投票', durationMinutes: 60,
    rewards: ['随机5位：手机银行积分100分'],
    groupMessage: '【下期群课堂由您定】个人养老金、信用报告、防范养老诈骗、手机银行实用功能，您想先听哪个？投票晚上9点截止，随机抽5位参与者送100积分。',
    posterSlots: { headline: '下期课堂您来定', subline: '投票选主题 · 抽积分' },
    festivalSlugs: ['financial-literacy-month'],
  },
  // ── 抽奖 lottery ─────────────────────────────────────────────────────────────
  {
    code: 'lottery-spring-festival', type: 'lottery', nameZh: '新春群抽奖', nameEn: 'Spring Festival group lottery',
    theme: '新春送福，好运到家',
    rules: [
      '活动期间在群内回复“新春快乐”即获得1次抽奖资格，每人限1次',
      '使用抽奖小程序公开随机抽取，结果截图在群内公示',
      '奖品：一等奖3名（电饭煲）、二等奖10名（保温杯）、三等奖30名（春联福字套装）',
      '依照《反不正当竞争法》，抽奖式有奖销售单项奖品金额不超过5万元；本活动不以购买任何产品为条件',
    ],
    questions: [],
    format: '群内回复口令+抽奖小程序', durationMinutes: 30,
    rewards: ['一等奖3名：电饭煲', '二等奖10名：保温杯', '三等奖30名：春联福字套装'],
    groupMessage: '【新春送福·群抽奖】新年好！今晚8点前在群里回复“新春快乐”即可参与抽奖，8点整公开抽取，电饭煲、保温杯、春联福字等您来拿。祝大家新春快乐、阖家幸福！',
    posterSlots: { headline: '新春送福 群抽奖', subline: '回复口令 · 8点公开开奖' },
    festivalSlugs: ['spring-festival', 'new-years-eve'],
  },
  {
    code: 'lottery-group-anniversary', type: 'lottery', nameZh: '社群周年庆抽奖', nameEn: 'Group anniversary lottery',
    theme: '感谢陪伴一周年',
    rules: ['在群内分享一句与网点的故事即获得抽奖资格，每人限1次', '抽奖小程序公开开奖，结果群内公示', '本活动不以购买任何产品为条件，奖品不可折现'],
    questions: [],
    format: '群内分享+抽奖小程序', durationMinutes: 45,
    rewards: ['一等奖2名：蓝牙音箱', '二等奖8名：定制雨伞', '参与奖：手机银行积分30分'],
    groupMessage: '【社群一周年】感谢大家一年的陪伴！今天在群里分享一句您和网点的故事，就能参与周年抽奖，晚上8点公开开奖，蓝牙音箱、定制雨伞等您来拿。',
    posterSlots: { headline: '感谢陪伴一周年', subline: '分享故事 · 参与抽奖' },
    festivalSlugs: [],
  },
  // ── 红包 red packet ──────────────────────────────────────────────────────────
  {
    code: 'red-packet-new-year-rain', type: 'red-packet', nameZh: '除夕拼手气红包', nameEn: "New Year's Eve lucky red packets",
    theme: '除夕守岁，红包送祝福',
    rules: [
      '除夕晚8点、9点、10点整，客户经理在群内各发一轮拼手气红包',
      '每轮红包总额与个数由网点预算确定，单个红包金额不超过200元（微信限制）',
      '抢红包无需任何条件，不以开户、存款或购买产品为前提',
      '请勿点击群内陌生人发送的“红包链接”，谨防诈骗',
    ],
    questions: [],
    format: '微信群拼手气红包，3轮', durationMinutes: 30,
    rewards: ['拼手气红包3轮', '手气王：新春红包封面'],
    groupMessage: '【除夕红包】今晚8点、9点、10点整，群里各发一轮拼手气红包，给大家拜个早年！提醒：只抢群内客户经理发的微信红包，陌生人发来的“红包链接”不要点。除夕快乐，阖家团圆！',
    posterSlots: { headline: '除夕红包送祝福', subline: '8点 9点 10点 三轮拼手气' },
    festivalSlugs: ['new-years-eve', 'spring-festival'],
  },
  {
    code: 'red-packet-quiz-reward', type: 'red-packet', nameZh: '答题红包', nameEn: 'Quiz red packets',
    theme: '答对一题，领一个小红包',
    rules: [
      '客户经理发出一道金融知识小题，答对的前5位朋友各领一个定额红包',
      '单个红包金额不超过200元（微信限制），每人每天限领1次',
      '答题与开户、存款或购买产品无关',
    ],
    questions: [
      { prompt: '全国反诈预警劝阻专线是？', options: abcd('96110', '12315', '12345', '95588'), answer: 'A' },
      { prompt: '个人养老金每年缴费上限是多少元？', options: abcd('8,000元', '10,000元', '12,000元', '18,000元'), answer: 'C' },
    ],
    format: '社群答题+定额红包', durationMinutes: 10,
    rewards: ['每题答对前5位：定额小红包'],
    groupMessage: '【答题领红包】中午12点群里出一道金融知识小题，答对的前5位朋友各领一个小红包，每人每天限领1次。学点知识，顺便沾沾喜气！',
    posterSlots: { headline: '答题领红包', subline: '每天一题 · 学知识沾喜气' },
    festivalSlugs: ['financial-literacy-month', 'spring-festival'],
  },
]
