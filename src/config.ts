/**
 * Organisation settings. The team's identity (name, repository, public address, timezone) is in
 * `casebook.config.json`, which `npm run setup` writes; the rest is edited here. Categories, products and teams
 * are the organisation's own lists; the fixed customer-service vocabularies live in `src/lib/cases/taxonomy.ts`.
 */
import settingsFile from '../casebook.config.json' with { type: 'json' };
import type { Repository } from './lib/site/forge.ts';
import { parseSettings } from './lib/site/settings.ts';
import type { Vocabulary } from './lib/cases/taxonomy.ts';
import type { Weekday } from './lib/daily/dates.ts';
import type { SearchShard } from './lib/search/shards.ts';

export interface CasebookConfig {
  /** Site name at the top of every page (casebook.config.json). */
  title: string;
  description: string;
  /** Public address of the built site, used for absolute links (QR codes, feeds) (casebook.config.json). */
  siteUrl: string;
  /** IANA timezone in which "today" is decided (每日一案例) (casebook.config.json). */
  timezone: string;
  /**
   * Weekdays with a morning meeting (每日一案例): `mon` … `sun`. Contact centres work every day,
   * so every day is the default; an office team writes `['mon', 'tue', 'wed', 'thu', 'fri']`.
   * On other days the today page shows the next meeting's case.
   */
  meetingDays: readonly Weekday[];
  /** Dates without a meeting although they fall on a meeting weekday (public holidays), `YYYY-MM-DD`. */
  holidays: readonly string[];
  /** Internal knowledge base: ask search engines not to index it. */
  noindex: boolean;
  /** Prefix of human case numbers, e.g. KF-2026-0001. */
  caseNumberPrefix: string;
  /** Cases whose review is older than this many days are flagged for re-review. */
  reviewMaxAgeDays: number;
  /**
   * The repository the edit and 投稿 links open: `url`, `forge` (github, gitlab, gitea) and `branch`
   * (casebook.config.json).
   */
  repository: Repository;
  categories: Vocabulary;
  /**
   * Folders of content/cases/, by industry: their Chinese names for `npm run new`. A folder not listed is offered by
   * its name.
   */
  industries: Vocabulary;
  products: Vocabulary;
  teams: Vocabulary;
  /**
   * Other shards of a library too large for one build (see docs/scaling.md, "Past one machine"): the search
   * page searches their Pagefind bundles too. `[{ label: '2025 年', bundleUrl: '/2025/pagefind/' }]`.
   * The CASEBOOK_SEARCH_SHARDS environment variable (the same list as JSON) overrides it for one build.
   */
  searchShards: readonly SearchShard[];
  /**
   * Hosts an entry body may show images from over https, e.g. `['img.example-contact-centre.cn']`. Empty: images
   * come from the site itself only. Each host is also written into every page's Content-Security-Policy; any
   * other image address would tell its server who read which page, and when.
   */
  allowedImageHosts: readonly string[];
}

const settings = parseSettings(settingsFile);

export const config = {
  ...settings,
  description: '一线客服的案例、每日一案例、最佳实践与服务话术',
  meetingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  holidays: [],
  noindex: true,
  caseNumberPrefix: 'KF',
  reviewMaxAgeDays: 365,
  categories: {
    refund: { zh: '退款退货', en: 'Refunds and returns' },
    logistics: { zh: '物流配送', en: 'Delivery' },
    billing: { zh: '账单计费', en: 'Billing' },
    'plan-change': { zh: '套餐变更', en: 'Plan changes' },
    network: { zh: '网络与信号', en: 'Network and coverage' },
    'account-security': { zh: '账户安全', en: 'Account security' },
    'card-service': { zh: '银行卡服务', en: 'Card services' },
    payment: { zh: '支付结算', en: 'Payments' },
    'flight-change': { zh: '航班变动', en: 'Flight changes' },
    accommodation: { zh: '酒店住宿', en: 'Accommodation' },
    'supply-outage': { zh: '停电停水', en: 'Supply outages' },
    installation: { zh: '上门安装维修', en: 'Installation and repair' },
    'service-attitude': { zh: '服务态度', en: 'Service attitude' },
    'product-quality': { zh: '商品质量', en: 'Product quality' },
  },
  industries: {
    ecommerce: { zh: '电商', en: 'E-commerce' },
    telecom: { zh: '通信', en: 'Telecom' },
    banking: { zh: '银行', en: 'Banking' },
    travel: { zh: '航旅', en: 'Travel' },
    utilities: { zh: '公用事业', en: 'Utilities' },
    insurance: { zh: '保险', en: 'Insurance' },
    logistics: { zh: '物流快递', en: 'Logistics' },
    government: { zh: '政务热线', en: 'Public service hotline' },
  },
  products: {
    'mall-app': { zh: '商城 App', en: 'Shopping app', hint: '电商' },
    'fresh-grocery': { zh: '生鲜到家', en: 'Grocery delivery', hint: '电商' },
    'mobile-plan': { zh: '手机套餐', en: 'Mobile plan', hint: '通信' },
    broadband: { zh: '家庭宽带', en: 'Home broadband', hint: '通信' },
    'credit-card': { zh: '信用卡', en: 'Credit card', hint: '银行' },
    'debit-card': { zh: '借记卡', en: 'Debit card', hint: '银行' },
    'mobile-banking': { zh: '手机银行', en: 'Mobile banking', hint: '银行' },
    'air-ticket': { zh: '机票', en: 'Air tickets', hint: '航旅' },
    hotel: { zh: '酒店预订', en: 'Hotel booking', hint: '航旅' },
    electricity: { zh: '居民用电', en: 'Household electricity', hint: '公用事业' },
    'water-gas': { zh: '水务燃气', en: 'Water and gas', hint: '公用事业' },
  },
  teams: {
    'ecom-online': { zh: '电商在线组', en: 'E-commerce chat team' },
    'telecom-hotline': { zh: '通信热线组', en: 'Telecom hotline team' },
    'bank-card-center': { zh: '银行卡中心', en: 'Card centre' },
    'travel-service': { zh: '出行服务组', en: 'Travel service team' },
    'utility-hotline': { zh: '公用事业热线组', en: 'Utilities hotline team' },
    'complaint-desk': { zh: '投诉处理组', en: 'Complaints desk' },
  },
  searchShards: [],
  allowedImageHosts: [],
} as const satisfies CasebookConfig;
