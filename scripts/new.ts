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
import {
  entryKinds,
  entryTemplate,
  lexiconGroupTemplate,
  nextCaseNumber,
  type EntryKind,
  type EntryValues,
} from '../src/lib/cases/entry-templates.ts';
import {
  createSimilarityIndex,
  DUPLICATE_FROM,
  RELATED_FROM,
  resemblance,
  type SimilarityMatch,
} from '../src/lib/similar/similarity.ts';
import type { Vocabulary } from '../src/lib/cases/taxonomy.ts';
import { contentRoot, layout, scanLibrary } from '../src/library/layout.ts';
import { readLibrary, type LibraryEntries } from '../src/library/read.ts';
import { fieldCatalogue } from '../src/schemas/catalogue.ts';
import { collectionTerms, type Collection } from '../src/schemas/common.ts';
import * as prompts from './lib/prompts.ts';

type Option = { value: string; label: string; hint?: string };
type FieldKind = 'text' | 'slug' | 'date' | 'yes-no' | 'choice' | 'choices' | 'entry' | 'entries';
type Values = Record<string, unknown>;

interface Field {
  /** Key in the template's fields. */
  key: string;
  flag: string;
  label: string;
  kind: FieldKind;
  /** Its short name in `--help`, when the question is longer. */
  name?: string;
  /** Needed to name the file, so it cannot stay a placeholder. */
  required?: boolean;
  /** The choices, given the answers so far (a journey's stages depend on the industry). */
  options?: (values: Values) => Option[];
  /** For a reference (entry, entries): the collection it names. */
  collection?: Collection;
  /** Written as a number (severity 1–4 is chosen from a list). */
  number?: boolean;
  initial?: () => string | undefined;
  /** A choice that may also be a new name (a new folder or file): the prompt for it. */
  newName?: { label: string; prompt: string; problem: string };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const vocabularyOptions = (vocabulary: Vocabulary) => () =>
  Object.entries(vocabulary).map(([value, term]) => ({ value, label: `${term.zh}（${value}）`, hint: term.hint }));

/** Fields `npm run new` fills in itself: the next case number, a practice's date of today. */
const automatic: Partial<Record<EntryKind, readonly string[]>> = { case: ['caseNumber'], practice: ['publishedOn'] };

/**
 * Every frontmatter field a contributor can give on the command line, from the field catalogue: a flag named
 * after the field (`journeyStage` → `--journey-stage`), its Chinese name, and its kind of value. Groups of
 * fields (a case's outcome, a script's lines) are left to the file.
 */
function catalogueFields(kind: EntryKind): Field[] {
  return fieldCatalogue[entryKinds[kind].collection].flatMap((info): Field[] => {
    if (info.shape === 'group' || automatic[kind]?.includes(info.key)) return [];
    const field = { key: info.key, flag: kebab(info.key), label: info.prompt ?? info.label, name: info.label };
    if (info.reference)
      return [{ ...field, kind: info.list ? 'entries' : 'entry', collection: info.reference.collection as Collection }];
    if (info.vocabulary)
      return [
        {
          ...field,
          kind: info.list ? 'choices' : 'choice',
          options: vocabularyOptions(info.vocabulary),
          number: info.shape === 'number',
        },
      ];
    return [{ ...field, kind: info.shape === 'date' ? 'date' : info.shape === 'boolean' ? 'yes-no' : 'text' }];
  });
}

/** The parts of a file's name (and a lexicon group's words), which are not frontmatter fields. */
const slug: Field = {
  key: 'slug',
  flag: 'slug',
  label: '文件名（小写英文和连字符，例如 presale-refund-late）',
  name: '文件名',
  kind: 'slug',
  required: true,
};
const namingFields: Record<EntryKind, Field[]> = {
  case: [
    {
      key: 'industry',
      flag: 'industry',
      label: '行业文件夹（content/cases/ 下）',
      name: '行业文件夹',
      kind: 'choice',
      required: true,
      options: () => industries(),
      newName: {
        label: '新建一个行业文件夹…',
        prompt: '新行业文件夹的名字（小写英文，例如 insurance）',
        problem: '行业文件夹只能用小写英文和连字符，例如 ecommerce',
      },
    },
    slug,
  ],
  daily: [
    {
      key: 'date',
      flag: 'date',
      label: '日期（YYYY-MM-DD，每天一篇）',
      name: '日期',
      kind: 'date',
      required: true,
      initial: () => nextDailyDate(),
    },
  ],
  practice: [slug],
  script: [slug],
  lexicon: [
    {
      key: 'domain',
      flag: 'domain',
      label: '加到哪个领域（content/lexicon/ 下的文件）',
      name: '领域文件名（已有的就加在文件末尾）',
      kind: 'choice',
      required: true,
      options: () => lexiconDomains(),
      newName: {
        label: '新建一个领域文件…',
        prompt: '新领域文件的名字（小写英文，例如 insurance）',
        problem: '领域文件名只能用小写英文和连字符，例如 telecom',
      },
    },
    {
      key: 'words',
      flag: 'words',
      label: '这一组的词（用逗号隔开，第一个写案例库自己的叫法）',
      name: '词,词,词',
      kind: 'text',
    },
  ],
};

/** What `npm run new` asks, in this order, when it runs in a terminal; every other field is a flag or a TODO. */
const asked: Record<EntryKind, readonly string[]> = {
  case: [
    'title',
    'customerWords',
    'industry',
    'slug',
    'journeyStage',
    'occurredOn',
    'channel',
    'category',
    'product',
    'team',
    'failureType',
    'severity',
    'authors',
    'lang',
  ],
  daily: ['date', 'case', 'host'],
  practice: ['title', 'slug', 'authors', 'lang'],
  script: ['title', 'slug', 'stage', 'channels', 'authors', 'lang'],
  lexicon: ['domain', 'words'],
};

/**
 * What the catalogue cannot say: where a first answer comes from, and a journey's stages, which depend on the industry.
 */
const adjustments: Record<string, Partial<Field>> = {
  occurredOn: { initial: () => today },
  lang: { initial: () => 'zh-CN' },
  journeyStage: { kind: 'choice', options: (values) => journeyStages(values) },
};

/** Every field of a kind: the asked ones first, in their order, then the rest as flags only. */
function fieldsOf(kind: EntryKind): Field[] {
  const all = [...namingFields[kind], ...catalogueFields(kind)].map((field) => ({
    ...field,
    ...adjustments[field.key],
  }));
  const position = (field: Field) =>
    asked[kind].includes(field.key) ? asked[kind].indexOf(field.key) : asked[kind].length;
  return all.sort((a, b) => position(a) - position(b));
}

const kinds = Object.keys(entryKinds) as EntryKind[];
const flagNames = new Set(kinds.flatMap((kind) => fieldsOf(kind).map((field) => field.flag)));

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    yes: { type: 'boolean', short: 'y', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    ...Object.fromEntries([...flagNames].map((flag) => [flag, { type: 'string' as const }])),
  },
});

const root = contentRoot();
const library: LibraryEntries = readLibrary(root);
const today = calendarDateIn(config.timezone);
const interactive = !flags.yes && process.stdin.isTTY === true && process.stdout.isTTY === true;

/** An entry of the library as a choice: a case by its number and title, a person or an entry by name and id. */
function entryOptions(collection: Collection): Option[] {
  const entries = library[collection] as {
    file: { id: string };
    data: { caseNumber?: string; title?: string; name?: string };
  }[];
  return entries.map(({ file, data }) => ({
    value: file.id,
    label: data.caseNumber ? `${data.caseNumber} ${data.title}` : `${data.name ?? data.title}（${file.id}）`,
  }));
}
/** The stages of the chosen industry's journey; none when the industry has no journey yet. */
const journeyStages = (values: Values): Option[] =>
  library.journeys
    .find(({ file }) => file.id === values.industry)
    ?.data.stages.map((stage) => ({ value: stage.name, label: stage.name, hint: stage.description })) ?? [];
const lexiconDomains = () =>
  library.lexicon.map(({ file, data }) => ({ value: file.id, label: `${data.title}（${file.id}）` }));
/** The industry folders in use, and the usual ones from src/config.ts, labelled in Chinese. */
const industries = (): Option[] => {
  const inUse = library.cases
    .map(({ file }) => file.id)
    .filter((id) => id.includes('/'))
    .map((id) => id.split('/')[0]!);
  const names: Vocabulary = config.industries;
  return [...new Set([...inUse, ...Object.keys(names)])]
    .sort()
    .map((value) => ({ value, label: names[value] ? `${names[value].zh}（${value}）` : value }));
};
/** The day after the latest daily entry, or today if that is later: the next date without one. */
const nextDailyDate = () => {
  const latest = library.daily
    .map(({ file }) => file.id)
    .sort()
    .at(-1);
  return !latest || latest < today ? today : addDays(latest, 1);
};

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Checks a value typed as a flag or at a prompt; returns the problem in Chinese, or undefined. */
function problemWith(field: Field, value: string, values: Values): string | undefined {
  const list = value.split(/[,，\s]+/).filter(Boolean);
  const options = () => field.options?.(values) ?? entryOptions(field.collection!);
  const unknown = (ids: string[]) => ids.find((id) => !options().some((choice) => choice.value === id));
  const choices = () =>
    options()
      .map((choice) => choice.value)
      .join('、');
  switch (field.kind) {
    case 'text':
      return value.trim() === '' ? '请填写内容' : undefined;
    case 'slug':
      return ID.test(value) ? undefined : '只能用小写英文字母、数字和连字符，例如 presale-refund-late';
    case 'date':
      return isRealIsoDate(value) ? undefined : '请写成 YYYY-MM-DD，例如 2026-11-28';
    case 'yes-no':
      return value === 'true' || value === 'false' ? undefined : '请写 true（是）或 false（否）';
    case 'choice':
      // A case's industry folder or a lexicon domain file: a new one is allowed if it is a valid id.
      if (field.newName) return ID.test(value) ? undefined : field.newName.problem;
      return unknown([value]) === undefined ? undefined : `「${value}」不在可选值中：${choices()}`;
    case 'entry': {
      const term = collectionTerms[field.collection!];
      return unknown([value]) === undefined
        ? undefined
        : `找不到${term.zh}「${value}」（id 是 ${term.folder} 下的路径，例如 ${term.example}）`;
    }
    case 'choices':
    case 'entries': {
      const missing = unknown(list);
      return list.length === 0
        ? '至少选一项'
        : missing === undefined
          ? undefined
          : `找不到「${missing}」。可选：${choices()}`;
    }
  }
}

function fromFlag(field: Field, value: string, values: Values): unknown {
  const problem = problemWith(field, value, values);
  if (problem) fail(`--${field.flag} ${value}：${problem}`);
  if (field.kind === 'entries' || field.kind === 'choices') return value.split(/[,，\s]+/).filter(Boolean);
  if (field.kind === 'yes-no') return value === 'true';
  return field.number ? Number(value) : value;
}

function cancelled<T>(value: T): Exclude<T, symbol> {
  if (prompts.isCancel(value)) {
    prompts.cancel('已取消，没有写入任何文件。');
    process.exit(0);
  }
  return value as Exclude<T, symbol>;
}

async function ask(field: Field, values: Values): Promise<unknown> {
  const validate = (value: string | undefined) =>
    field.required || (value ?? '').trim() !== '' ? problemWith(field, value ?? '', values) : undefined;
  const options = field.options?.(values) ?? (field.collection ? entryOptions(field.collection) : []);
  const filter =
    field.collection === 'people'
      ? '输入姓名或 id 筛选'
      : field.collection === 'cases'
        ? '输入编号或标题中的字筛选'
        : '输入几个字筛选';
  switch (field.kind) {
    case 'text':
    case 'slug':
    case 'date': {
      const answer = cancelled(
        await prompts.text({
          message: field.label,
          initialValue: field.initial?.(),
          validate,
          placeholder: field.required ? undefined : '可以先空着，稍后在文件里填写',
        }),
      );
      return answer.trim() === '' ? undefined : answer.trim();
    }
    case 'yes-no':
      return cancelled(await prompts.confirm({ message: field.label }));
    case 'choice':
      if (field.newName) {
        const NEW = '\u0000new';
        const picked = cancelled(
          await prompts.select({
            message: field.label,
            options: [...options, { value: NEW, label: field.newName.label }],
          }),
        );
        if (picked !== NEW) return picked;
        return cancelled(await prompts.text({ message: field.newName.prompt, validate }));
      }
      // A number is one of a few (severity 1–4): a short list reads better than a filter.
      return field.number
        ? Number(cancelled(await prompts.select({ message: field.label, options })))
        : cancelled(
            await prompts.autocomplete({
              message: field.label,
              options,
              initialValue: field.initial?.(),
              maxItems: 8,
              placeholder: filter,
            }),
          );
    case 'choices':
      return cancelled(await prompts.multiselect({ message: field.label, options }));
    case 'entries':
      return cancelled(
        await prompts.autocompleteMultiselect({
          message: field.label,
          options,
          required: true,
          maxItems: 8,
          placeholder: filter,
        }),
      );
    case 'entry':
      return cancelled(await prompts.autocomplete({ message: field.label, options, maxItems: 8, placeholder: filter }));
  }
}

/** Existing cases most like the new one, by title, summary and customer's words. */
function similarCases(text: string): (SimilarityMatch & { caseNumber: string; title: string; path: string })[] {
  const index = createSimilarityIndex(
    library.cases.map(({ file, data }) => ({
      id: file.id,
      text: [data.title, data.summary, ...data.customerWords].join('\n'),
    })),
  );
  return index.query(text, { limit: 5, minScore: RELATED_FROM }).map((match) => {
    const entry = library.cases.find(({ file }) => file.id === match.id)!;
    return { ...match, caseNumber: entry.data.caseNumber, title: entry.data.title, path: entry.file.displayPath };
  });
}

/**
 * Case numbers written in every case file, including drafts that do not pass check yet: their numbers are taken too.
 */
function caseNumbersInFiles(): string[] {
  return scanLibrary(root)
    .files.filter((file) => file.collection === 'cases')
    .flatMap((file) => /^caseNumber:[ \t]*(\S+)/m.exec(readFileSync(file.absolutePath, 'utf8'))?.[1] ?? []);
}

/** Where the entry will be written; `undefined` until the fields its name is made of are known. */
function filePathFor(kind: EntryKind, values: Values): string | undefined {
  const { dir, extension } = layout[entryKinds[kind].collection];
  const parts =
    kind === 'case'
      ? [values.industry, values.slug]
      : kind === 'daily'
        ? [values.date]
        : kind === 'lexicon'
          ? [values.domain]
          : [values.slug];
  return parts.every((part) => typeof part === 'string')
    ? path.join(root, dir, `${parts.join('/')}${extension}`)
    : undefined;
}

/** One line of options per kind of entry, from its fields: `--flag 名称`. */
function optionLines(kind: EntryKind): string {
  const described = fieldsOf(kind).map((field) => {
    const name = field.name ?? field.label;
    const value =
      field.kind === 'date'
        ? `YYYY-MM-DD（${name}）`
        : field.kind === 'choices' || field.kind === 'entries'
          ? `${name},…`
          : name;
    return `--${field.flag} ${value}`;
  });
  const rows = Array.from({ length: Math.ceil(described.length / 5) }, (_, row) =>
    described.slice(row * 5, row * 5 + 5).join('  '),
  );
  const heading = `  ${entryKinds[kind].zh}：`;
  return rows.map((row, index) => `${index === 0 ? heading : ' '.repeat(heading.length + 2)}${row}`).join('\n');
}

const usage = `用法：npm run new [-- 类型 [选项]]

类型：case（案例）、daily（每日一案例）、practice（最佳实践）、script（话术）、lexicon（同义词组）；不写则逐项询问。
选项（写了的就不再询问；--yes 表示其余全部留作 TODO，不询问；有固定取值的写它的英文代码，写错时会列出全部可选值）：
${kinds.map(optionLines).join('\n')}
例子：npm run new -- case --title 预售尾款退款超时 --industry ecommerce --slug presale-refund-late --channel chat --yes
      npm run new -- daily --date 2026-12-08 --case ecommerce/presale-refund-delay --host zhao-ting --yes
      npm run new -- lexicon --domain travel --words 超售,人满了,没座位 --yes`;

async function main(): Promise<void> {
  if (flags.help) {
    console.log(usage);
    return;
  }
  const kindNames: Record<string, EntryKind> = Object.fromEntries(
    Object.entries(entryKinds).flatMap(([kind, term]) => [
      [kind, kind],
      [term.zh, kind],
    ]),
  ) as Record<string, EntryKind>;
  if (positionals[0] !== undefined && !kindNames[positionals[0]])
    fail(
      `不认识的类型「${positionals[0]}」。` +
        `可选：case（案例）、daily（每日一案例）、practice（最佳实践）、script（话术）、lexicon（同义词组）`,
    );
  if (interactive) prompts.intro('新建内容');
  const kind: EntryKind =
    positionals[0] !== undefined
      ? kindNames[positionals[0]]!
      : interactive
        ? cancelled(
            await prompts.select({
              message: '要新建哪一类内容？',
              options: Object.entries(entryKinds).map(([value, term]) => ({
                value: value as EntryKind,
                label: term.zh,
              })),
            }),
          )
        : fail(`请写明类型，例如 npm run new -- case --yes。\n${usage}`);

  const values: Values = {};
  for (const field of fieldsOf(kind)) {
    const flag = (flags as Record<string, unknown>)[field.flag];
    // An industry without a journey has no stage to name: the case leaves the field out.
    if (field.key === 'journeyStage' && journeyStages(values).length === 0) {
      if (typeof flag === 'string')
        fail(
          `--${field.flag} ${flag}：` +
            `${String(values.industry)} 行业还没有客户旅程（content/journeys/${String(values.industry)}.yaml），` +
            '不写这个选项即可',
        );
      values[field.key] = null;
    } else if (typeof flag === 'string') values[field.key] = fromFlag(field, flag, values);
    else if (interactive && asked[kind].includes(field.key)) values[field.key] = await ask(field, values);
    else if (field.required) {
      const initial = field.initial?.();
      if (initial === undefined) fail(`缺少 --${field.flag}（${field.label}），文件名要用到它。`);
      values[field.key] = initial;
    }
    // As soon as the file name is known, so that nobody fills in the rest for a file that cannot be written.
    // A lexicon domain that exists already gets the new group at its end.
    const taken = field.required && kind !== 'lexicon' && filePathFor(kind, values);
    while (taken && existsSync(filePathFor(kind, values)!)) {
      const instead = kind === 'daily' ? '日期（每天只能有一篇每日一案例）' : '文件名';
      const problem = `${path.relative(process.cwd(), filePathFor(kind, values)!)} 已经存在。请换一个${instead}。`;
      if (!interactive) fail(problem);
      prompts.log.error(problem);
      values[field.key] = await ask(field, values);
    }
    if (kind === 'case' && field.key === 'customerWords') {
      // Right after the title and the customer's words: the moment a duplicate is cheapest to notice.
      const similar = similarCases([values.title, values.customerWords].filter(Boolean).join('\n'));
      if (similar.length > 0) {
        const line = (match: (typeof similar)[number]) =>
          `${String(Math.round(match.score * 100)).padStart(3)}%  ${match.caseNumber}  ${match.title}\n` +
          `       ${match.path}`;
        // Only a score no two different sample cases reach is called a possible duplicate; below it, related cases to
        // cite.
        const groups = [
          {
            title: `可能重复的已有案例（相似度 ${Math.round(DUPLICATE_FROM * 100)}% 以上，请先看看是否已经写过）`,
            cases: similar.filter((match) => resemblance(match.score) === 'duplicate'),
          },
          {
            title: '有些相似的已有案例（可在 relatedCases 里引用）',
            cases: similar.filter((match) => resemblance(match.score) === 'related'),
          },
        ].filter((group) => group.cases.length > 0);
        if (interactive) {
          for (const group of groups) prompts.note(group.cases.map(line).join('\n'), group.title);
          if (
            resemblance(similar[0]!.score) === 'duplicate' &&
            !cancelled(
              await prompts.confirm({
                message: '已有很相似的案例。仍要新建吗？（也可以改为在已有案例里补充）',
                initialValue: false,
              }),
            )
          ) {
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
    writeFileSync(
      file,
      `${existing}${existing.endsWith('\n') ? '' : '\n'}${lexiconGroupTemplate(values as EntryValues)}`,
    );
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entryTemplate(kind, fieldCatalogue, values as EntryValues));
  }
  const done = appended
    ? `已在 ${shown} 末尾加了一组同义词`
    : `已创建 ${shown}${caseNumber ? `（案例编号 ${caseNumber}）` : ''}`;
  const next = `打开 ${shown}，把每一处 TODO 换成实际内容，然后运行：\n  npm run check ${shown}`;
  if (interactive) {
    prompts.note(next, '下一步');
    prompts.outro(done);
  } else console.log(`${done}\n${next}`);
}

await main();
