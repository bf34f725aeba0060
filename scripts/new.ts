/**
 * `npm run new`: starts a new entry from the template, with a correctly named file and every section
 * in place. Asks in Chinese for the kind of entry and its key fields, or takes them as flags:
 *
 *   npm run new
 *   npm run new -- case --title 预售尾款退款超时 --industry ecommerce --slug presale-refund-late --channel chat --yes
 *   npm run new -- lexicon --domain travel --words 超售,人满了,没座位 --yes
 *
 * A lexicon group is added at the end of an existing domain file (content/lexicon/<domain>.yaml), or starts a new one.
 * For a case it lists the existing cases most like the new one (title and customer's words), so a
 * duplicate is noticed before it is written. Whatever is not given stays a `TODO：` placeholder,
 * which `npm run check` reports until it is filled in. Run with `--help` for every flag.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../src/config.ts';
import { addDays, calendarDateIn, isRealIsoDate } from '../src/lib/daily/dates.ts';
import { entryKinds, entryTemplate, lexiconGroupTemplate, nextCaseNumber, type EntryKind } from '../src/lib/cases/entry-templates.ts';
import { createSimilarityIndex, DUPLICATE_FROM, RELATED_FROM, resemblance, type SimilarityMatch } from '../src/lib/similar/similarity.ts';
import { channels, failureTypes, scriptStages, severities, type Vocabulary } from '../src/lib/cases/taxonomy.ts';
import { contentRoot, layout, scanLibrary } from '../src/library/layout.ts';
import { readLibrary, type LibraryEntries } from '../src/library/read.ts';
import * as prompts from './lib/prompts.ts';

type Option = { value: string; label: string; hint?: string };
type FieldKind = 'text' | 'slug' | 'date' | 'choice' | 'choices' | 'person' | 'people' | 'case';

interface Field {
  /** Key in the template's fields. */
  key: string;
  flag: string;
  label: string;
  kind: FieldKind;
  /** Needed to name the file, so it cannot stay a placeholder. */
  required?: boolean;
  /** The choices, given the answers so far (a journey's stages depend on the industry). */
  options?: (values: Record<string, unknown>) => Option[];
  initial?: () => string | undefined;
  /** A choice that may also be a new name (a new folder or file): the prompt for it. */
  newName?: { label: string; prompt: string; problem: string };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const langs: Vocabulary = { 'zh-CN': { zh: '简体中文', en: '' }, 'zh-TW': { zh: '繁体中文（台湾）', en: '' }, 'zh-HK': { zh: '繁体中文（香港）', en: '' } };

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    yes: { type: 'boolean', short: 'y', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    title: { type: 'string' },
    industry: { type: 'string' },
    slug: { type: 'string' },
    'customer-words': { type: 'string' },
    channel: { type: 'string' },
    category: { type: 'string' },
    product: { type: 'string' },
    team: { type: 'string' },
    'failure-type': { type: 'string' },
    severity: { type: 'string' },
    authors: { type: 'string' },
    lang: { type: 'string' },
    'occurred-on': { type: 'string' },
    date: { type: 'string' },
    case: { type: 'string' },
    host: { type: 'string' },
    stage: { type: 'string' },
    'journey-stage': { type: 'string' },
    channels: { type: 'string' },
    domain: { type: 'string' },
    words: { type: 'string' },
  },
});

const root = contentRoot();
const library: LibraryEntries = readLibrary(root);
const today = calendarDateIn(config.timezone);
const interactive = !flags.yes && process.stdin.isTTY === true && process.stdout.isTTY === true;

const vocabularyOptions = (vocabulary: Vocabulary) => () => Object.entries(vocabulary).map(([value, term]) => ({ value, label: `${term.zh}（${value}）`, hint: term.hint }));
const peopleOptions = () => library.people.map(({ file, data }) => ({ value: file.id, label: `${data.name}（${file.id}）` }));
/** The stages of the chosen industry's journey; none when the industry has no journey yet. */
const journeyStages = (values: Record<string, unknown>): Option[] =>
  library.journeys
    .find(({ file }) => file.id === values.industry)
    ?.data.stages.map((stage) => ({ value: stage.name, label: stage.name, hint: stage.description })) ?? [];
const lexiconDomains = () => library.lexicon.map(({ file, data }) => ({ value: file.id, label: `${data.title}（${file.id}）` }));
/** The industry folders in use, and the usual ones from src/config.ts, labelled in Chinese. */
const industries = (): Option[] => {
  const inUse = library.cases.map(({ file }) => file.id).filter((id) => id.includes('/')).map((id) => id.split('/')[0]!);
  const names: Vocabulary = config.industries;
  return [...new Set([...inUse, ...Object.keys(names)])].sort().map((value) => ({ value, label: names[value] ? `${names[value].zh}（${value}）` : value }));
};
/** The day after the latest daily entry, or today if that is later: the next date without one. */
const nextDailyDate = () => {
  const latest = library.daily.map(({ file }) => file.id).sort().at(-1);
  return !latest || latest < today ? today : addDays(latest, 1);
};

const title: Field = { key: 'title', flag: 'title', label: '标题（一句话说清发生了什么，60 字以内）', kind: 'text' };
const slug: Field = { key: 'slug', flag: 'slug', label: '文件名（小写英文和连字符，例如 presale-refund-late）', kind: 'slug', required: true };
const authors: Field = { key: 'authors', flag: 'authors', label: '作者（可多选）', kind: 'people', options: peopleOptions };
const lang: Field = { key: 'lang', flag: 'lang', label: '书写语言', kind: 'choice', options: vocabularyOptions(langs), initial: () => 'zh-CN' };

const fieldsByKind: Record<EntryKind, Field[]> = {
  case: [
    title,
    { key: 'customerWords', flag: 'customer-words', label: '客户原话（一句，已脱敏：王先生、尾号 1234）', kind: 'text' },
    {
      key: 'industry',
      flag: 'industry',
      label: '行业文件夹（content/cases/ 下）',
      kind: 'choice',
      required: true,
      options: industries,
      newName: { label: '新建一个行业文件夹…', prompt: '新行业文件夹的名字（小写英文，例如 insurance）', problem: '行业文件夹只能用小写英文和连字符，例如 ecommerce' },
    },
    slug,
    { key: 'journeyStage', flag: 'journey-stage', label: '客户旅程阶段（问题出在客户经历的哪一步）', kind: 'choice', options: journeyStages },
    { key: 'occurredOn', flag: 'occurred-on', label: '发生日期（YYYY-MM-DD）', kind: 'date', initial: () => today },
    { key: 'channel', flag: 'channel', label: '渠道', kind: 'choice', options: vocabularyOptions(channels) },
    { key: 'category', flag: 'category', label: '问题分类', kind: 'choice', options: vocabularyOptions(config.categories) },
    { key: 'product', flag: 'product', label: '产品', kind: 'choice', options: vocabularyOptions(config.products) },
    { key: 'team', flag: 'team', label: '班组', kind: 'choice', options: vocabularyOptions(config.teams) },
    { key: 'failureType', flag: 'failure-type', label: '服务失误类型', kind: 'choice', options: vocabularyOptions(failureTypes) },
    { key: 'severity', flag: 'severity', label: '严重程度', kind: 'choice', options: vocabularyOptions(severities) },
    authors,
    lang,
  ],
  daily: [
    { key: 'date', flag: 'date', label: '日期（YYYY-MM-DD，每天一篇）', kind: 'date', required: true, initial: nextDailyDate },
    { key: 'case', flag: 'case', label: '讨论哪个案例', kind: 'case' },
    { key: 'host', flag: 'host', label: '主持人', kind: 'person', options: peopleOptions },
  ],
  practice: [title, slug, authors, lang],
  script: [
    title,
    slug,
    { key: 'stage', flag: 'stage', label: '对话阶段', kind: 'choice', options: vocabularyOptions(scriptStages) },
    { key: 'channels', flag: 'channels', label: '适用渠道（可多选）', kind: 'choices', options: vocabularyOptions(channels) },
    authors,
    lang,
  ],
  lexicon: [
    {
      key: 'domain',
      flag: 'domain',
      label: '加到哪个领域（content/lexicon/ 下的文件）',
      kind: 'choice',
      required: true,
      options: lexiconDomains,
      newName: { label: '新建一个领域文件…', prompt: '新领域文件的名字（小写英文，例如 insurance）', problem: '领域文件名只能用小写英文和连字符，例如 telecom' },
    },
    { key: 'words', flag: 'words', label: '这一组的词（用逗号隔开，第一个写案例库自己的叫法）', kind: 'text' },
  ],
};

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Checks a value typed as a flag or at a prompt; returns the problem in Chinese, or undefined. */
function problemWith(field: Field, value: string, values: Record<string, unknown>): string | undefined {
  const list = value.split(/[,，\s]+/).filter(Boolean);
  const known = (ids: string[], choices: Option[]) => ids.find((id) => !choices.some((choice) => choice.value === id));
  switch (field.kind) {
    case 'text':
      return value.trim() === '' ? '请填写内容' : undefined;
    case 'slug':
      return ID.test(value) ? undefined : '只能用小写英文字母、数字和连字符，例如 presale-refund-late';
    case 'date':
      return isRealIsoDate(value) ? undefined : '请写成 YYYY-MM-DD，例如 2026-11-28';
    case 'choice':
      // A case's industry folder or a lexicon domain file: a new one is allowed if it is a valid id.
      if (field.newName) return ID.test(value) ? undefined : field.newName.problem;
      return known([value], field.options!(values)) === undefined ? undefined : `「${value}」不在可选值中：${field.options!(values).map((choice) => choice.value).join('、')}`;
    case 'choices':
    case 'people':
    case 'person': {
      const unknown = known(list, field.options!(values));
      return list.length === 0 ? '至少选一项' : unknown === undefined ? undefined : `找不到「${unknown}」。可选：${field.options!(values).map((choice) => choice.value).join('、')}`;
    }
    case 'case':
      return library.cases.some(({ file }) => file.id === value) ? undefined : `找不到案例「${value}」（id 是 content/cases/ 下的路径，例如 ecommerce/presale-refund-delay）`;
  }
}

function fromFlag(field: Field, value: string, values: Record<string, unknown>): unknown {
  const problem = problemWith(field, value, values);
  if (problem) fail(`--${field.flag} ${value}：${problem}`);
  if (field.kind === 'people' || field.kind === 'choices') return value.split(/[,，\s]+/).filter(Boolean);
  if (field.key === 'severity') return Number(value);
  return value;
}

function cancelled<T>(value: T): Exclude<T, symbol> {
  if (prompts.isCancel(value)) {
    prompts.cancel('已取消，没有写入任何文件。');
    process.exit(0);
  }
  return value as Exclude<T, symbol>;
}

async function ask(field: Field, values: Record<string, unknown>): Promise<unknown> {
  const validate = (value: string | undefined) => (field.required || (value ?? '').trim() !== '' ? problemWith(field, value ?? '', values) : undefined);
  const options = field.options?.(values) ?? [];
  switch (field.kind) {
    case 'text':
    case 'slug':
    case 'date': {
      const answer = cancelled(await prompts.text({ message: field.label, initialValue: field.initial?.(), validate, placeholder: field.required ? undefined : '可以先空着，稍后在文件里填写' }));
      return answer.trim() === '' ? undefined : answer.trim();
    }
    case 'choice':
      if (field.newName) {
        const NEW = '\u0000new';
        const picked = cancelled(await prompts.select({ message: field.label, options: [...options, { value: NEW, label: field.newName.label }] }));
        if (picked !== NEW) return picked;
        return cancelled(await prompts.text({ message: field.newName.prompt, validate }));
      }
      return field.key === 'severity'
        ? Number(cancelled(await prompts.select({ message: field.label, options })))
        : cancelled(await prompts.autocomplete({ message: field.label, options, initialValue: field.initial?.(), maxItems: 8, placeholder: '输入几个字筛选' }));
    case 'choices':
      return cancelled(await prompts.multiselect({ message: field.label, options }));
    case 'people':
      return cancelled(await prompts.autocompleteMultiselect({ message: field.label, options, required: true, maxItems: 8, placeholder: '输入姓名或 id 筛选' }));
    case 'person':
      return cancelled(await prompts.autocomplete({ message: field.label, options, maxItems: 8, placeholder: '输入姓名或 id 筛选' }));
    case 'case':
      return cancelled(
        await prompts.autocomplete({
          message: field.label,
          options: library.cases.map(({ file, data }) => ({ value: file.id, label: `${data.caseNumber} ${data.title}` })),
          maxItems: 8,
          placeholder: '输入编号或标题中的字筛选',
        }),
      );
  }
}

/** Existing cases most like the new one, by title, summary and customer's words. */
function similarCases(text: string): (SimilarityMatch & { caseNumber: string; title: string; path: string })[] {
  const index = createSimilarityIndex(library.cases.map(({ file, data }) => ({ id: file.id, text: [data.title, data.summary, ...data.customerWords].join('\n') })));
  return index.query(text, { limit: 5, minScore: RELATED_FROM }).map((match) => {
    const entry = library.cases.find(({ file }) => file.id === match.id)!;
    return { ...match, caseNumber: entry.data.caseNumber, title: entry.data.title, path: entry.file.displayPath };
  });
}

/** Case numbers written in every case file, including drafts that do not pass check yet: their numbers are taken too. */
function caseNumbersInFiles(): string[] {
  return scanLibrary(root)
    .files.filter((file) => file.collection === 'cases')
    .flatMap((file) => /^caseNumber:[ \t]*(\S+)/m.exec(readFileSync(file.absolutePath, 'utf8'))?.[1] ?? []);
}

/** Where the entry will be written; `undefined` until the fields its name is made of are known. */
function filePathFor(kind: EntryKind, values: Record<string, unknown>): string | undefined {
  const { dir, extension } = layout[entryKinds[kind].collection];
  const parts = kind === 'case' ? [values.industry, values.slug] : kind === 'daily' ? [values.date] : kind === 'lexicon' ? [values.domain] : [values.slug];
  return parts.every((part) => typeof part === 'string') ? path.join(root, dir, `${parts.join('/')}${extension}`) : undefined;
}

const usage = `用法：npm run new [-- 类型 [选项]]

类型：case（案例）、daily（每日一案例）、practice（最佳实践）、script（话术）、lexicon（同义词组）；不写则逐项询问。
选项（写了的就不再询问；--yes 表示其余全部留作 TODO，不询问）：
  --title 标题            --slug 文件名            --authors li-na,zhao-ting（作者）   --lang zh-CN|zh-TW|zh-HK
  案例：--industry 行业文件夹  --journey-stage 旅程阶段（如 签收验货）  --customer-words 客户原话  --occurred-on YYYY-MM-DD  --channel 渠道
        --category 问题分类  --product 产品  --team 班组  --failure-type 失误类型  --severity 1-4
  每日一案例：--date YYYY-MM-DD  --case ecommerce/presale-refund-delay（案例）  --host zhao-ting（主持人）
  话术：--stage 对话阶段  --channels 渠道,渠道
  同义词组：--domain 领域文件名（已有的就加在文件末尾）  --words 词,词,词
例子：npm run new -- case --title 预售尾款退款超时 --industry ecommerce --slug presale-refund-late --channel chat --yes
      npm run new -- lexicon --domain travel --words 超售,人满了,没座位 --yes`;

async function main(): Promise<void> {
  if (flags.help) {
    console.log(usage);
    return;
  }
  const kindNames: Record<string, EntryKind> = Object.fromEntries(Object.entries(entryKinds).flatMap(([kind, term]) => [[kind, kind], [term.zh, kind]])) as Record<string, EntryKind>;
  if (positionals[0] !== undefined && !kindNames[positionals[0]]) fail(`不认识的类型「${positionals[0]}」。可选：case（案例）、daily（每日一案例）、practice（最佳实践）、script（话术）、lexicon（同义词组）`);
  if (interactive) prompts.intro('新建内容');
  const kind: EntryKind =
    positionals[0] !== undefined
      ? kindNames[positionals[0]]!
      : interactive
        ? cancelled(await prompts.select({ message: '要新建哪一类内容？', options: Object.entries(entryKinds).map(([value, term]) => ({ value: value as EntryKind, label: term.zh })) }))
        : fail(`请写明类型，例如 npm run new -- case --yes。\n${usage}`);

  const values: Record<string, unknown> = {};
  for (const field of fieldsByKind[kind]) {
    const flag = (flags as Record<string, unknown>)[field.flag];
    // An industry without a journey has no stage to name: the case leaves the field out.
    if (field.key === 'journeyStage' && journeyStages(values).length === 0) {
      if (typeof flag === 'string') fail(`--${field.flag} ${flag}：${String(values.industry)} 行业还没有客户旅程（content/journeys/${String(values.industry)}.yaml），不写这个选项即可`);
      values[field.key] = null;
    } else if (typeof flag === 'string') values[field.key] = fromFlag(field, flag, values);
    else if (interactive) values[field.key] = await ask(field, values);
    else if (field.required) {
      const initial = field.initial?.();
      if (initial === undefined) fail(`缺少 --${field.flag}（${field.label}），文件名要用到它。`);
      values[field.key] = initial;
    }
    // As soon as the file name is known, so that nobody fills in the rest for a file that cannot be written.
    // A lexicon domain that exists already gets the new group at its end.
    const taken = field.required && kind !== 'lexicon' && filePathFor(kind, values);
    while (taken && existsSync(filePathFor(kind, values)!)) {
      const problem = `${path.relative(process.cwd(), filePathFor(kind, values)!)} 已经存在。请换一个${kind === 'daily' ? '日期（每天只能有一篇每日一案例）' : '文件名'}。`;
      if (!interactive) fail(problem);
      prompts.log.error(problem);
      values[field.key] = await ask(field, values);
    }
    if (kind === 'case' && field.key === 'customerWords') {
      // Right after the title and the customer's words: the moment a duplicate is cheapest to notice.
      const similar = similarCases([values.title, values.customerWords].filter(Boolean).join('\n'));
      if (similar.length > 0) {
        const line = (match: (typeof similar)[number]) => `${String(Math.round(match.score * 100)).padStart(3)}%  ${match.caseNumber}  ${match.title}\n       ${match.path}`;
        // Only a score no two different sample cases reach is called a possible duplicate; below it, related cases to cite.
        const groups = [
          { title: `可能重复的已有案例（相似度 ${Math.round(DUPLICATE_FROM * 100)}% 以上，请先看看是否已经写过）`, cases: similar.filter((match) => resemblance(match.score) === 'duplicate') },
          { title: '有些相似的已有案例（可在 relatedCases 里引用）', cases: similar.filter((match) => resemblance(match.score) === 'related') },
        ].filter((group) => group.cases.length > 0);
        if (interactive) {
          for (const group of groups) prompts.note(group.cases.map(line).join('\n'), group.title);
          if (resemblance(similar[0]!.score) === 'duplicate' && !cancelled(await prompts.confirm({ message: '已有很相似的案例。仍要新建吗？（也可以改为在已有案例里补充）', initialValue: false }))) {
            prompts.cancel('已取消，没有写入任何文件。');
            return;
          }
        } else console.log(groups.map((group) => `${group.title}：\n${group.cases.map(line).join('\n')}`).join('\n'));
      }
    }
  }

  const file = filePathFor(kind, values)!;
  let caseNumber: string | undefined;
  if (kind === 'case') {
    const year = (typeof values.occurredOn === 'string' ? values.occurredOn : today).slice(0, 4);
    values.caseNumber = caseNumber = nextCaseNumber(caseNumbersInFiles(), year, config.caseNumberPrefix);
  }
  if (kind === 'practice') values.publishedOn = today;
  if (values.lang === 'zh-CN') delete values.lang;
  if (typeof values.words === 'string') values.words = values.words.split(/[,，、\s]+/).filter(Boolean);

  const shown = path.relative(process.cwd(), file);
  const appended = kind === 'lexicon' && existsSync(file);
  if (appended) {
    const existing = readFileSync(file, 'utf8');
    writeFileSync(file, `${existing}${existing.endsWith('\n') ? '' : '\n'}${lexiconGroupTemplate(values)}`);
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entryTemplate(kind, values));
  }
  const done = appended ? `已在 ${shown} 末尾加了一组同义词` : `已创建 ${shown}${caseNumber ? `（案例编号 ${caseNumber}）` : ''}`;
  const next = `打开 ${shown}，把每一处 TODO 换成实际内容，然后运行：\n  npm run check ${shown}`;
  if (interactive) {
    prompts.note(next, '下一步');
    prompts.outro(done);
  } else console.log(`${done}\n${next}`);
}

await main();
