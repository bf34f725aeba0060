/**
 * Every piece of UI copy, in one typed dictionary (Simplified Chinese first).
 * Components read from here; no Chinese strings are hard-coded in components. Client scripts do not import it: their
 * component passes them the entries they show (src/components/custom-element.ts), so copy with values in it that a
 * script shows is a `{name}` template for `fill()` (./copy.ts), not a function.
 */
export const ui = {
  skipToContent: '跳到正文',
  nav: {
    home: '首页',
    cases: '案例',
    daily: '每日一案例',
    practices: '最佳实践',
    scripts: '服务话术',
    people: '贡献者',
    insights: '统计',
    journeys: '客户旅程',
    review: '待复核',
    finder: '找相似案例',
    label: '主导航',
    menu: '菜单',
  },
  search: {
    label: '搜索案例、话术、最佳实践',
    placeholder: '搜索：退款、延误、案例编号…',
    shortcut: '按 / 快速搜索',
    submit: '搜索',
    title: '搜索',
    loading: '正在加载搜索…',
    devNotice: '开发模式下没有搜索索引。请运行 npm start（构建后预览）再试。',
    resultCount: '找到 {count} 条结果',
    browseCount: '共 {count} 条内容',
    noResults: '没有找到包含「{query}」的内容。',
    noResultsTips: [
      '试试更少或更短的字词（例如只输入“退款”）',
      '检查错别字；简体、繁体都会一起搜索',
      '去掉部分筛选条件',
    ],
    submitCase: '这个问题还没有案例？把它写成新案例',
    more: '显示更多',
    sortLabel: '排序',
    sortOrders: { relevance: '按相关度', newest: '最新优先', severity: '严重程度优先' },
    facetsLabel: '筛选',
    facetLoading: '正在统计…',
    resultsLabel: '搜索结果',
    clearFilters: '清除筛选',
    archivedBadge: '已归档',
    failed: '搜索暂时不可用，请刷新页面重试。',
    shardsUnavailable: '（{labels}的内容暂时无法搜索，结果可能不全）',
    shardsLoading: '，正在载入{labels}的结果…',
    shardBadge: '来自{label}',
    meaningTitle: '意思相近',
    meaningSearching: '没有找到完全相同的字词，正在查找意思相近的内容…',
    meaningStatus: '没有找到包含「{query}」的内容，下面是 {count} 条意思相近的结果',
    meaningWhy: '字词不完全相同：按同义词{synonyms}找到，请核对是否相符。',
    meaningWhyPartial: '字词不完全相同：按同义词{synonyms}和查询中的部分词语找到，请核对是否相符。',
    meaningWhyWords: '字词不完全相同：按查询中的部分词语找到，请核对是否相符。',
    meaningWhyFinder: '整段文字另按描述相近的程度排序（与“找相似案例”相同）。',
    meaningMatched: '相近之处：{words}',
    meaningFinderWording: '描述相近：都提到{phrases}',
    meaningFinderWeak: '描述相近：个别用词相同',
  },
  home: {
    today: '今日案例',
    openToday: '打开今日案例页 →',
    recent: '最近收录',
    typical: '典型案例',
    counts: '库内条目',
    allCases: '全部案例 →',
  },
  cases: {
    title: '案例库',
    intro: '按分类、失误类型、渠道、严重程度或标签浏览处理过的客户问题，已解决、部分解决、已升级和未解决的都在内。',
    browseBy: '浏览方式',
    filters: '筛选',
    filtersActive: (label: string) => `已选：${label}`,
    tagAlsoWritten: (spellings: string) => `也写作${spellings}，都列在这里。`,
    all: '全部案例',
    caseNumber: '案例编号',
    customerWords: '客户原话',
    facts: '案例信息',
    outcome: '处理结果数据',
    linkedScripts: '相关话术',
    linkedScriptsHint: '展开即可逐句复制，不用离开本页。',
    scriptLines: (count: number) => `${count} 句`,
    openScript: '打开话术页：占位符说明与禁用语 →',
    linkedPractices: '相关最佳实践',
    relatedCases: '相关案例',
    reviewComments: '点评',
    authors: '作者',
    reviewer: '复核',
    reviewedOn: '复核日期',
    notReviewed: '尚未复核',
    edit: '在仓库中编辑此文件',
    typical: '典型案例',
    archivedNotice: '此案例已归档：所涉政策或流程已变更，仅供参考。',
    draftNotice: '此案例为草稿，尚未复核，处理方式仅供参考。',
    count: (count: number) => `${count} 个案例`,
  },
  facets: {
    type: '类型',
    category: '问题分类',
    failureGroup: '失误类型',
    failureType: '失误子类',
    channel: '渠道',
    severity: '严重程度',
    status: '处理状态',
    confidence: '可信度',
    tag: '标签',
    year: '年份',
    product: '产品',
    team: '班组',
    occurredOn: '发生日期',
    servqual: '服务质量维度',
    recoveryPrinciples: '补救原则',
    touchpoint: '关键触点',
    rootCause: '根本原因',
    month: '发生月份',
    /** `YYYY-MM` → 2026年11月. */
    monthLabel: (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`,
  },
  outcome: {
    firstResponseMinutes: '首次响应',
    resolutionHours: '解决时长',
    firstContactResolution: '首次接触解决',
    satisfaction: '满意度',
    nps: 'NPS 打分',
    compensation: '补偿',
    customerRetained: '客户保留',
    yes: '是',
    no: '否',
    minutes: (value: number) => (value >= 60 ? `${+(value / 60).toFixed(1)} 小时` : `${value} 分钟`),
    hours: (value: number) => (value >= 48 ? `${+(value / 24).toFixed(1)} 天` : `${value} 小时`),
    outOf5: (value: number) => `${value} / 5`,
    outOf10: (value: number) => `${value} / 10`,
  },
  daily: {
    title: '每日一案例',
    intro: '晨会上用五到十分钟讨论一个案例：发生了什么、怎么处理的、换作你会怎么做。',
    host: '主持人',
    questions: '讨论问题',
    takeaway: '一句话收获',
    notes: '主持人备注',
    presentedCase: '本期案例',
    readCase: '阅读完整案例',
    previous: '前一期',
    next: '后一期',
    present: '投屏模式',
    presentHint: '在会议室电脑上全屏播放，方向键翻页',
    calendar: (year: number, month: number) => `${year}年${month}月`,
    calendarLegend: '点日期查看当天的案例。',
    offLegend: '灰色为不开晨会的日子（周末或节假日，由管理员在网站设置里填写）。',
    noMeeting: '不开晨会',
    holiday: '休',
    feed: '订阅（RSS）',
    feedTitle: '每日一案例',
    feedDescription: '晨会上讨论的每日一案例：案例、讨论问题和一句话收获。',
    todayLink: '今日案例 →',
    monthNav: '翻看其他月份',
    olderMonth: (label: string) => `← ${label}`,
    newerMonth: (label: string) => `${label} →`,
    archive: '往期',
    archiveYear: (year: string) => `${year}年`,
    archiveMonth: (month: number) => `${month}月`,
    monthEntries: (count: number) => `${count} 期`,
    printQr: '扫码阅读完整案例',
  },
  /** Weekday names by id (`src/lib/daily/dates.ts`). */
  weekdays: { sun: '星期日', mon: '星期一', tue: '星期二', wed: '星期三', thu: '星期四', fri: '星期五', sat: '星期六' },
  today: {
    title: '今日案例',
    intro:
      '晨会前打开这一页，点“开始投屏”就能带大家讨论今天的案例。' +
      '这一页总是显示今天该讲的案例，页面开着过了半夜十二点，也会自己换成第二天的。',
    review: '复习推荐',
    reviewNotice:
      '这一天没有安排每日一案例，从典型案例中选了一个复习（同一天大家看到的都一样），前后 30 天内没有讲过它。',
    reviewRepeat:
      '这一天没有安排每日一案例，从典型案例中选了一个复习（同一天大家看到的都一样）。' +
      '典型案例在前后 30 天内都讲过或已排期，这是隔得最久的一个（{date}）。',
    nextMeeting: '今天不开晨会，下面是下一次晨会（{date}）的案例。',
    noScript:
      '这台电脑的浏览器关掉了网页脚本，所以这里显示的是网站上次更新那天（{date}）的案例，可能不是今天的。' +
      '换一个浏览器打开，就能看到今天的案例。',
    none: '今天没有排上案例，也没有可以拿来复习的典型案例。请排一期每日一案例，或把几个好案例标为典型案例。',
    beyondHorizon:
      '网站已经 {days} 天多没有更新了（上次更新是 {built}），今天的案例还没有排出来。' +
      '请管理员更新一次网站（合并任何一个改动都会自动更新），或到“往期每日一案例”里挑一个。',
    present: '开始投屏',
    openDaily: '讨论问题与主持人备注',
    openCase: '阅读完整案例',
    archive: '往期每日一案例',
  },
  present: {
    title: '投屏',
    noScript: '这个浏览器关掉了网页脚本，不能分步投屏；下面按顺序列出全部内容。',
    daily: (date: string) => `每日一案例 · ${date}`,
    review: '复习推荐 · 典型案例',
    host: '主持人',
    steps: {
      glance: '案例概览',
      issue: '客户怎么说',
      background: '背景',
      'root-cause': '根因分析',
      actions: '怎么处理的',
      result: '处理结果',
      questions: '讨论一下',
      takeaway: '一句话收获',
    },
    continued: '（续）',
    lessons: '经验总结',
    reviewQuestions: [
      '如果是你接到这位客户，第一句话会怎么说？',
      '问题的根因是什么？我们现在的流程里还有没有类似的隐患？',
      '哪一步处理得最好？哪一步可以更快、更让客户安心？',
    ],
    qr: '用手机扫码，阅读完整案例',
    qrLabel: (url: string) => `二维码：${url}`,
    /** Under a QR code while the site's address is this machine's own (localhost). */
    qrLocal:
      '注意：这个二维码指向构建网站的电脑（本机地址），同事的手机扫了打不开。请管理员设置网站的公开地址后重新构建。',
    previous: '上一步',
    next: '下一步',
    stepOf: '{current} / {total}',
    timer: '讨论计时',
    /** `backticked` parts are keys. */
    keys: '`←` `→` 翻页 · `F` 全屏 · `T` 计时 · `Esc` 退出',
  },
  practices: {
    title: '最佳实践与心得',
    intro: '一线和班组长总结的做法，附数据和可以照搬的步骤。',
    count: (count: number) => `共 ${count} 篇`,
    publishedOn: '发布日期',
    topics: '主题',
    citedBy: '引用这篇实践的案例',
  },
  scripts: {
    title: '服务话术',
    intro:
      '按对话阶段整理的标准话术。打开一段话术，每句旁边都有“复制”按钮，点一下即可粘贴到对话框；' +
      '【】中的内容请替换为实际信息。',
    count: (count: number) => `共 ${count} 段话术`,
    showAll: (count: number) => `查看这一阶段的全部 ${count} 段 →`,
    scenario: '适用场景',
    stage: '对话阶段',
    channels: '适用渠道',
    lines: '话术',
    mandatory: '必说',
    copy: '复制',
    copied: '已复制',
    copyFailed: '复制失败，请手动选择文字',
    placeholders: '需要替换的内容',
    example: '示例',
    avoid: '禁用语与替代说法',
    avoidPhrase: '不要说',
    better: '改为',
    notes: '使用说明',
    usedBy: '用到这段话术的案例',
  },
  people: {
    title: '贡献者',
    intro: '写案例、写心得、做复核的同事。好的经验值得被记住名字。',
    cases: '撰写的案例',
    practices: '撰写的最佳实践',
    scripts: '撰写的话术',
    reviewed: '复核的案例',
    hosted: '主持的每日一案例',
    picked: '撰写的案例入选每日一案例',
    board: '贡献榜 →',
    contributions: (count: number) => `${count} 项贡献`,
    showAll: (count: number) => `查看全部 ${count} 项 →`,
    count: (count: number) => `共 ${count} 项`,
    listTitle: (name: string, group: string) => `${name} · ${group}`,
  },
  insights: {
    title: '统计',
    intro:
      '根据每个案例的处理结果数据在构建网站时计算。点击图中的条形，打开对应的案例列表；' +
      '每张图下方的“数据表”列出全部数字，可供屏幕阅读器朗读或复制到报告中。',
    asOf: (date: string, cases: number) => `统计截至 ${date}（网站构建日期），共 ${cases} 个案例。`,
    overview: '总体情况',
    kpi: {
      cases: '案例数',
      firstContactResolution: '首次接触解决率',
      satisfaction: '平均满意度',
      nps: '净推荐值 NPS',
      firstResponse: '首次响应（中位数）',
      resolution: '解决时长（中位数）',
    },
    npsBasis: (responses: number, promoters: number, passives: number, detractors: number) =>
      `${responses} 个案例有打分：推荐者 ${promoters}、中立者 ${passives}、贬损者 ${detractors}`,
    npsExplained:
      'NPS = 推荐者（打 9–10 分）占比 − 贬损者（0–6 分）占比，只计算有打分的案例，范围 −100 到 +100。' +
      '中位数：一半案例比它快、一半比它慢，不受个别极端案例影响。',
    fcrBasis: (resolved: number, cases: number) => `${resolved} / ${cases} 个案例首次接触即解决`,
    satisfactionBasis: (cases: number) => `${cases} 个案例，满分 5 分`,
    medianBasis: (cases: number) => `${cases} 个案例的中位数`,
    noData: '无数据',
    sections: { distribution: '案例分布', byCategory: '按问题分类' },
    charts: {
      failure: '按失误类型',
      failureNote: '四大类及其子类；点击条形查看该类案例。',
      channel: '按渠道',
      month: '每月案例数',
      monthNote: '按案例发生日期统计。',
      categoryFailure: '各问题分类的失误类型',
      categoryChannel: '各问题分类的渠道',
      stackedNote: '点击色块，在搜索页打开同时满足两个条件的案例。',
      firstContactResolution: '首次接触解决率',
      satisfaction: '平均满意度（1–5 分）',
      nps: '净推荐值 NPS（−100 到 +100）',
      firstResponse: '首次响应时长（中位数）',
      resolution: '解决时长（中位数）',
    },
    dataTable: '数据表',
    all: '全部案例',
    columns: {
      item: '项目',
      cases: '案例数',
      share: '占比',
      month: '月份',
      category: '问题分类',
      value: '数值',
      basis: '依据',
      total: '合计',
    },
    casesCount: (count: number) => `${count} 个案例`,
    /** Accessible name of a bar: what it shows and what clicking it does. */
    barLabel: (label: string, value: string) => `${label}：${value}（打开案例列表）`,
    /** A month under a column: 11月, or 26年1月 where the year changes. */
    monthAxis: (month: string, withYear: boolean) =>
      `${withYear ? `${month.slice(2, 4)}年` : ''}${Number(month.slice(5, 7))}月`,
    percent: (rate: number) => `${+(rate * 100).toFixed(1)}%`,
    decimal: (value: number) => value.toFixed(2),
    signed: (value: number) =>
      value > 0 ? `+${+value.toFixed(1)}` : value < 0 ? `−${+Math.abs(value).toFixed(1)}` : '0',
    npsResponses: (responses: number) => `${responses} 人打分`,
    related: '相关页面',
    contributorsLink: '贡献榜：谁写了案例、谁做了复核',
    journeysLink: '客户旅程：案例落在客户旅程的哪一步，哪里流失客户、哪里赢回客户',
    categoriesLink: '按问题分类：各分类的失误类型、渠道和处理结果对比',
    categoriesTitle: '统计 · 按问题分类',
    categoriesIntro: '每个问题分类的失误类型与渠道，以及处理结果数字与全部案例的对比。点击条形打开对应的案例列表。',
    reviewLink: (count: number) => `待复核：${count} 个案例需要复核人确认`,
  },
  contributors: {
    title: '贡献榜',
    intro:
      '把经验写下来、帮同事把关的人。按贡献总数排列：撰写的案例、最佳实践和话术，加上复核或点评过的案例。' +
      '“入选晨会”是此人撰写的案例被选为每日一案例的次数。',
    columns: {
      rank: '名次',
      person: '姓名',
      cases: '案例',
      practices: '最佳实践',
      scripts: '话术',
      reviewed: '复核/点评',
      picked: '入选晨会',
      total: '合计',
    },
    allPeople: '全部贡献者',
    caption: '贡献榜：每人撰写、复核的条目数和案例入选每日一案例的次数',
  },
  review: {
    title: '待复核',
    intro: (days: number) =>
      `处理方式会随政策和流程变化。` +
      `复核已超过 ${days} 天的案例和从未复核的案例，请复核人确认处理方式仍然适用后，在案例文件里更新复核日期；` +
      `政策已经变了的案例，把可信度改为“已归档”（已归档的案例不在此列）。`,
    asOf: (date: string) => `按网站构建当天（${date}）计算。`,
    stale: '复核已过期',
    never: '从未复核',
    columns: {
      case: '案例',
      reviewer: '复核人',
      reviewedOn: '上次复核',
      age: '已过去',
      occurredOn: '发生日期',
      authors: '作者',
      confidence: '可信度',
    },
    days: (days: number) => `${days} 天`,
    noneDue: '目前没有需要复核的案例。',
    showAll: (count: number) => `查看全部 ${count} 个 →`,
    oldestFirst: (shown: number) => `最早的 ${shown} 个：`,
  },
  finder: {
    title: '粘贴客户原话找相似案例',
    intro:
      '把客户说的一句话或一段话粘贴进来：简体、繁体、口语、带错别字都可以。' +
      '按意思相近的程度列出以往的案例，并说明相近在哪里，不需要先想好关键词。',
    label: '客户原话',
    placeholder: '例如：我都退了一个礼拜了钱还没到账，每次打电话都让我再等等……',
    submit: '找相似案例',
    loading: '正在加载案例特征…',
    results: '找到 {count} 个相近的案例',
    noneClose: '没有很接近的案例。以往的案例里没有讲同一件事的，这可能是新问题。',
    noneCloseHint: '可以：',
    searchText: '用这段话做关键词搜索',
    browseFailure: '查看「{label}」类的全部案例',
    helpPractices: '「{label}」类案例常用的最佳实践：',
    helpScripts: '「{label}」类案例常用的话术：',
    tooShort: '请至少输入两个字。',
    failed: '暂时无法加载，请刷新页面重试。',
    strengthLabel: '接近程度',
    strengths: { close: '很接近', partial: '部分相关', distant: '不够接近' },
    nearestHeading: '离得最近的几个案例：都不够接近，请先核对是不是同一件事再参考',
    reasonsLabel: '相近之处',
    wording: '都提到{words}',
    synonyms: '同义：{pairs}',
    weakWording: '意思相近，但没有相同的词',
    archived: '已归档',
    keywordSearch: '改用关键词搜索 →',
    link: '不确定关键词？粘贴客户原话找相似案例 →',
    noScript: '这个浏览器关掉了网页脚本，不能找相似案例；提交后会改用关键词搜索。',
  },
  similar: {
    title: '相似案例',
    intro: '按描述和分类自动找出的相近案例，并说明相似在哪里。',
    sameFailureType: (label: string) => `同为「${label}」`,
    sameFailureGroup: (label: string) => `同属「${label}」`,
    sameCategory: (label: string) => `同是${label}问题`,
    sharedTags: (tags: readonly string[]) => `共同标签：${tags.join('、')}`,
    sharedWording: (words: readonly string[]) => `描述相近：都提到${words.map((word) => `「${word}」`).join('')}`,
    synonyms: (pairs: readonly (readonly [string, string])[]) =>
      `同义：${pairs.map(([theirs, ours]) => `${theirs}≈${ours}`).join('，')}`,
    reasonsLabel: '相似原因',
  },
  notFound: {
    title: '页面不存在',
    body: '这个地址没有内容，可能案例已改名或链接有误。可以搜索一下，或从下面的入口继续：',
  },
  footer: {
    about: '内部知识库，请勿外传。案例均已脱敏。',
    contribute: '如何投稿',
    /** Opens the 投稿 page, where each kind of entry starts from its template. */
    submitCase: '投稿：写一个新案例',
    /** The synonym lexicon, maintained by staff like any entry. */
    lexicon: '同义词表',
  },
  contribute: {
    title: '投稿',
    intro:
      '把处理过的问题写下来，下一位遇到同样投诉的同事就能照着做。' +
      '点下面的按钮，仓库的网页编辑器会打开一个填好模板的新文件：每个要填的地方写着“TODO：提示”，写完提交合并请求，' +
      '审核通过后就会出现在网站上。',
    kindsLabel: '要写哪一种',
    open: (kind: string) => `新建${kind}`,
    openHint: '在仓库的网页编辑器中打开填好模板的新文件',
    kinds: {
      case: (caseNumber: string) =>
        `一次真实处理过的投诉或咨询：客户原话、根因、处理过程、结果数据。模板已填好下一个案例编号 ${caseNumber}。`,
      daily: '组长给晨会排的案例：文件名改成开会日期（如 2026-12-08.mdx），写讨论问题和一句话收获。',
      practice: '一段时间里反复有效的做法或心得，最好有前后对比的数据。',
      script: '某个对话阶段可以直接复制的话术，以及不要说的话、应该怎么说。',
      lexicon:
        '一个新领域的同义词表：客户、客服和案例库对同一件事的不同说法。' +
        '给已有领域加一组，请在同义词表页面点那个领域的“修改”。',
    },
    /** `backticked` parts are shown as code. */
    fileName:
      '打开后先把文件名里的 `TODO-english-name` 改成小写英文短名（案例放在行业文件夹下，' +
      '例如 `ecommerce/presale-refund-late.mdx`）。' +
      '提交前运行 `npm run check`，或等合并请求的检查，会逐条指出还没填好的地方。',
    lexiconLink: '查看同义词表',
    guide: '完整的投稿说明（如何投稿）',
    /** On forges whose editor does not fill in the template from the link (GitLab). */
    templateNotFilled: (forge: string) =>
      `${forge} 的网页编辑器只会填好文件名，不会填入模板：打开后如果是空白的，请从投稿说明里复制对应的模板粘贴进去。`,
    cli: '会用命令行的同事也可以运行 `npm run new`，按中文提示逐项填写。',
    fieldsLink: '字段参考：每个字段写什么、怎么写',
  },
  /** 字段参考: the field catalogue, one table per kind of entry. */
  fields: {
    title: '字段参考',
    /** `backticked` parts are shown as code. */
    intro:
      '每个内容文件开头两行 `---` 之间（`.yaml` 文件是整个文件）可以写的全部字段。' +
      '模板已经列出必填字段，`npm run check` 会逐个指出写错的地方和改法。',
    groupNote: '一组字段里的字段（如 `outcome.satisfaction`）标为必填，意思是写了这一组时必须写它。',
    back: '回到投稿',
    columns: { field: '字段', label: '名称', required: '必填', kind: '取值', description: '说明', example: '示例' },
  },
  /** Pages with nothing of their kind yet: a new team's library. */
  empty: {
    write: '写第一篇内容',
    cli: '会用命令行的同事也可以在自己电脑上运行 `npm run new`，按中文提示填写。',
    library: '库里还没有案例。写下第一个案例后，这里会出现今日案例、分类浏览、典型案例和最近收录。',
    cases:
      '还没有案例。' +
      '每个案例写清客户问题、背景、根因、处理过程、结果和经验，就会出现在这里，可以按分类、渠道和失误类型筛选。',
    daily: '还没有安排每日一案例。排上第一期后，日历上会标出每天讨论哪个案例。',
    today:
      '库里还没有案例，今天没有可以在晨会上讨论的。' +
      '先写几个案例，再排上每日一案例（或把案例标为典型案例，没排期的日子会从中挑一个复习）。',
    practices: '还没有最佳实践。把团队里好用的做法写成一篇，同事就能在这里找到。',
    scripts: '还没有服务话术。写好的话术会按开场、共情、方案说明等对话阶段列在这里，每句都能一键复制。',
    search: '库里还没有内容，暂时没有可搜索的。',
    finder: '库里还没有案例，暂时没有可以比对的。写下几个案例后，就能在这里粘贴客户原话找相似案例。',
    insights: '还没有案例，暂无统计。案例里填写的处理结果数据（首次响应、解决时长、满意度等）会在这里汇总成图表。',
    contributors: '还没有贡献记录。有人写了案例、最佳实践或话术，或复核了案例，就会列在这里。',
    review: '还没有案例，没有需要复核的。',
  },
  lexicon: {
    title: '同义词表',
    intro:
      '客户、客服和案例库常用不同的词说同一件事。' +
      '搜索和“找相似案例”把同一组里的词当作一回事：搜“退钱”也能找到写着“退款”的案例。' +
      '每组加粗的第一个词是案例库自己的叫法；“更具体”后面的词只单向起作用：' +
      '搜“雪糕”能找到写着“冻品”的案例，搜“冻品”却不会把只提到雪糕的内容都找出来。' +
      '简体和繁体自动互通，每个词只写一种写法。',
    summary: (domains: number, groups: number, words: number) => `共 ${domains} 个领域、${groups} 组、${words} 个词。`,
    contents: '领域',
    groupCount: (count: number) => `${count} 组`,
    groupsLabel: (title: string) => `${title}的同义词组`,
    narrower: '更具体：',
    separator: '、',
    roles: (labels: string) =>
      `每组前面的标签是这组词在客户的话里说的是什么：${labels}。` +
      `找相似案例时，只有共同的问题或诉求才算说的是同一件事；` +
      `只是提到同一个产品、同一类人、同一个地点或渠道的，算得轻一些。`,
    edit: '修改这个领域或在末尾加一组',
    howTo:
      '发现客户常说、案例库却找不到的词？在对应领域里加一组，提交合并请求，组长审核通过后搜索就能用上。' +
      '新领域请用投稿页面的“新建同义词组”，会用命令行的同事可以运行 npm run new -- lexicon。',
    contribute: '去投稿',
  },
  journeys: {
    title: '客户旅程',
    intro:
      '把一项服务拆成客户依次经历的阶段，标出每个阶段客户和我们接触的触点，' +
      '再看案例落在哪一步：哪里在流失客户（痛点），哪里把客户赢了回来（峰值）。' +
      '数字根据每个案例的旅程阶段和处理结果数据在构建网站时计算，算法与“统计”页相同。',
    overviewIntro: '各行业的客户旅程。点旅程名称打开完整的旅程图；下表对比各旅程的案例数和处理结果。',
    howToRead: '怎么读这张图',
    legend: [
      '从左到右是客户依次经历的阶段；每一列下方是落在这个阶段的案例数，色条是严重程度的构成（从轻微到重大）。',
      '折线是体验线：每个阶段案例的平均满意度（1–5 分，3 分为一般）。' +
        '没有案例的阶段不画点、标“无案例”：这一步可能做得好，也可能问题还没被写成案例。',
      '▼ 痛点：平均满意度低于 3 分的阶段；没有这样的阶段时，标出低于全程平均、满意度最低的那一个。',
      '★ 峰值：有案例出了问题、解决后客户打出 9–10 分（成为推荐者）的阶段。' +
        '这就是服务补救悖论：补救得好的客户，可能比从没遇到问题的客户更忠诚。',
    ],
    stageLabel: (position: number, name: string) => `${position}. ${name}`,
    noCases: '无案例',
    casesCount: (count: number) => `${count} 个案例`,
    pain: '痛点',
    peak: '峰值',
    painBelow: (mean: string) => `平均满意度 ${mean} 分，低于“一般”（3 分）：客户在这一步最容易失望。`,
    painLowest: (mean: string, average: string) => `平均满意度 ${mean} 分，是全程最低（全程平均 ${average} 分）。`,
    peakLine: (recovered: number) =>
      `${recovered} 个案例出了问题又被解决，客户打出 9–10 分成为推荐者：补救做好了，这一步能赢回客户。`,
    marksTitle: '痛点与峰值',
    noMarks: '这条旅程还没有痛点或峰值：案例太少，或各阶段的满意度相同。',
    /** Accessible name of a stage's column on the map. */
    columnLabel: (stage: string, cases: string, satisfaction: string, marks: string) =>
      `${stage}：${cases}，平均满意度 ${satisfaction}${marks}（查看这一阶段）`,
    emptyColumnLabel: (stage: string) => `${stage}：还没有案例（查看这一阶段）`,
    axis: '满意度',
    mapLabel: (title: string) => `${title}的体验线`,
    columns: {
      stage: '阶段',
      cases: '案例数',
      severity: '严重程度',
      failure: '失误类型',
      satisfaction: '平均满意度',
      nps: 'NPS',
      fcr: '首次接触解决率',
      marks: '标记',
      journey: '旅程',
      stages: '阶段数',
      pains: '痛点',
      peaks: '峰值',
    },
    stagesTitle: '各阶段',
    touchpoints: '触点：',
    channels: '渠道：',
    stageCases: '这一阶段的案例',
    stageNoCases: '这一阶段还没有案例。没有案例也是一种信息：这一步可能做得好，也可能问题还没被写下来。',
    stagePractices: '这一阶段的案例引用的最佳实践',
    stagePeakPractices: '为这一阶段设计峰值的最佳实践',
    stagePeakPracticesHint:
      '这些做法专门设计了这一步的“记忆点”：客户对一次服务的印象，主要来自最好的那一刻和最后一刻。',
    stageScripts: '这一阶段的案例用到的话术',
    citedBy: (count: number) => `${count} 个案例引用`,
    mostCited: (shown: number, total: number) => `共 ${total} 篇，列出引用最多的 ${shown} 篇：`,
    newestPeak: (shown: number, total: number) => `共 ${total} 篇，列出最新的 ${shown} 篇：`,
    figures: (cases: number, satisfaction: string, nps: string, fcr: string) =>
      `${cases} 个案例 · 平均满意度 ${satisfaction} · NPS ${nps} · 首次接触解决率 ${fcr}`,
    compareTitle: '各旅程对比',
    none: '无',
    separator: '、',
    edit: '修改这条旅程（阶段、说明、触点、渠道）',
    empty:
      '还没有客户旅程。在 content/journeys/ 下为每个行业写一个文件，阶段按客户经历的顺序排列；' +
      '案例写明问题出在哪个阶段后，这里就会画出旅程图。',
    stripLabel: (title: string, stage: string) => `${title}：这个案例发生在「${stage}」阶段`,
  },
  theme: { label: '配色' },
  pager: { label: '分页', previous: '上一页', next: '下一页', page: (n: number) => `第 ${n} 页` },
} as const;
