/**
 * `node scripts/search/label-queries.ts`: writes tests/search/queries.json, the labelled query set, from
 * the hand-written queries below plus a fixed-seed sample of substrings of the built library, each with the
 * pages it must return (computed by the literal oracle). Re-run after the sample library changes; a build
 * test fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { projectRoot, siteDir } from '../../tests/helpers/paths.ts';
import { indexedPages, relevantPages } from './oracle.ts';
import { readLibrary } from '../../src/library/read.ts';

export const labelledQueriesFile = path.join(projectRoot, 'tests/search/queries.json');

/** What agents type: short words, phrases, Latin and digits, both scripts, and things the library lacks. */
const handWritten = [
  '退款',
  '延误',
  '延誤',
  '銷戶',
  '销户',
  '盗刷',
  '盜刷',
  '投诉',
  '投訴',
  '补偿',
  '補償',
  '回访',
  '升级',
  '道歉',
  '赔偿',
  '違約金',
  '违约金',
  '账单',
  '帳單',
  '賬單',
  '帐单',
  '签收',
  '快递',
  '冷链',
  '优惠券',
  '积分',
  '电费',
  '停电',
  '燃气',
  '宽带',
  '基站',
  '携号转网',
  '漫游',
  '信用卡',
  '分期',
  '限额',
  '诈骗',
  '挂失',
  '网点',
  '老人',
  '轮椅',
  '航班',
  '改签',
  '改簽',
  '退票',
  '超售',
  '行李',
  '酒店',
  '台风',
  '颱風',
  '醉酒',
  '辱骂',
  '威胁',
  '插队',
  '排队',
  '上门',
  '安装',
  '师傅',
  '预约',
  '首问负责',
  '情绪',
  '安抚',
  '共情',
  '禁用语',
  '占位符',
  '回电',
  '5G',
  '5G 套餐',
  'App',
  'iPhone 15',
  'eSIM',
  'ETC',
  'NPS',
  'FCR',
  '12315',
  '12378',
  'T+3',
  '退款 到账',
  '航班 延误',
  '信用卡 境外',
  '客户 情绪',
  '宽带 装机',
  '补偿 标准',
  '老人 网点 销户',
  '退款 超时',
  '投诉 升级',
  '大促预售',
  '尾款',
  '三次进线',
  '先行赔付',
  '七天无理由',
  '阶梯电价',
  '安全账户',
  '按金',
  '預授權',
  '旅客',
  '長者',
  '機場',
  '火星基地',
  '量子纠缠',
  'xyzzy',
  '不存在的词组',
  '🙂',
  '!!!',
  '<script>',
  '.*',
  '(',
  '\\',
];

/** Deterministic pseudo-random numbers (mulberry32), so the sampled queries are stable. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampledSubstrings(texts: string[], count: number): string[] {
  const next = random(20261128);
  const samples = new Set<string>();
  while (samples.size < count) {
    const text = texts[Math.floor(next() * texts.length)]!;
    const runs = text.match(/\p{Script=Han}{2,}/gu) ?? [];
    if (runs.length === 0) continue;
    const run = runs[Math.floor(next() * runs.length)]!;
    const length = 1 + Math.floor(next() * Math.min(4, run.length));
    const start = Math.floor(next() * (run.length - length + 1));
    samples.add(run.slice(start, start + length));
  }
  return [...samples];
}

const library = readLibrary();
const caseNumbers = library.cases.map(({ data }) => data.caseNumber);
const titles = [...library.cases, ...library.practices, ...library.scripts].map(({ data }) => data.title);
const sampled = sampledSubstrings(titles, 60);
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const crossScript = sampled
  .slice(0, 15)
  .map((query) => toTaiwan(query))
  .filter((query) => !sampled.includes(query));

const pages = indexedPages(siteDir);
const queries = [...new Set([...handWritten, ...caseNumbers, ...sampled, ...crossScript])].map((query) => ({
  query,
  relevant: relevantPages(query, pages),
}));
writeFileSync(labelledQueriesFile, `${JSON.stringify(queries, null, 1)}\n`);
console.log(`${queries.length} queries → ${path.relative(process.cwd(), labelledQueriesFile)}`);
