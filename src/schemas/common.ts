/**
 * Building blocks shared by every collection schema. Free of Astro runtime imports
 * (only `astro/zod`, which is plain zod 4), so the CLI validator uses the very same schemas.
 */
import { z } from 'astro/zod';
import type { FieldDoc } from '../lib/cases/field-catalogue.ts';
import { idsOf, writingScripts, type Vocabulary } from '../lib/cases/taxonomy.ts';
import { isRealIsoDate } from '../lib/daily/dates.ts';

/** Ids of every entry in the library, so that references can be checked inside the schema. */
export interface LibraryIndex {
  cases: ReadonlySet<string>;
  daily: ReadonlySet<string>;
  practices: ReadonlySet<string>;
  scripts: ReadonlySet<string>;
  people: ReadonlySet<string>;
  lexicon: ReadonlySet<string>;
  journeys: ReadonlySet<string>;
}

export type Collection = keyof LibraryIndex;

/** How each collection is named to a contributor, and where its files live (used in reference errors). */
export const collectionTerms: Record<Collection, { zh: string; folder: string; example: string }> = {
  cases: { zh: '案例', folder: 'content/cases/', example: 'ecommerce/presale-refund-delay' },
  daily: { zh: '每日一案例', folder: 'content/daily/', example: '2026-11-28' },
  practices: { zh: '最佳实践', folder: 'content/practices/', example: 'first-contact-ownership' },
  scripts: { zh: '话术', folder: 'content/service-scripts/', example: 'empathy-delay-apology' },
  people: { zh: '人员', folder: 'content/people/', example: 'zhang-min' },
  lexicon: { zh: '同义词表', folder: 'content/lexicon/', example: 'refunds-payments' },
  journeys: { zh: '客户旅程', folder: 'content/journeys/', example: 'ecommerce' },
};

/**
 * A field's entry in the field catalogue (src/schemas/catalogue.ts): its Chinese name, description, example and
 * template text, kept with its rules. Call it on the whole field, after `.optional()` or `.default()`.
 */
export function field<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  return schema.meta({ ...doc });
}

/** A value as the author gave it; a list or a mapping is shown as JSON rather than `[object Object]`. */
const shownValue = (input: unknown) =>
  typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean'
    ? String(input)
    : JSON.stringify(input);

/** A value from a fixed vocabulary; the error lists the allowed ids with their labels. */
export function vocabularyValue<V extends Vocabulary>(vocabulary: V, what: string) {
  const ids = idsOf(vocabulary);
  const choices = ids.map((id) => `${id}（${vocabulary[id]!.zh}）`).join('、');
  return z
    .enum(ids, {
      error: (issue) =>
        issue.input === undefined
          ? `缺少${what} — 请填写其中一个值：${choices}`
          : `「${shownValue(issue.input)}」不是有效的${what} — 可选值：${choices}`,
    })
    .meta({ vocabulary });
}

/** A reference to another entry by id; it must exist in the library. */
export function reference(index: LibraryIndex, collection: Collection) {
  const term = collectionTerms[collection];
  return z
    .string({ error: `应填写${term.zh}的 id（文本） — 例如 ${term.example}` })
    .refine((id) => index[collection].has(id), {
      error: (issue) =>
        `找不到${term.zh}「${String(issue.input)}」` +
        ` — 应写 ${term.folder} 下的文件路径（不含扩展名），例如 ${term.example}；请检查拼写或先添加该${term.zh}`,
    })
    .meta({ reference: { collection, zh: term.zh, folder: term.folder } });
}

/** A calendar date written as YYYY-MM-DD (YAML may already have turned it into a Date). */
export const isoDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? '缺少日期 — 请写成 YYYY-MM-DD，例如 2026-11-03'
            : '日期格式不对 — 请写成 YYYY-MM-DD，例如 2026-11-03',
      })
      .refine(isRealIsoDate, {
        error: (issue) => `「${String(issue.input)}」不是有效日期 — 请写成 YYYY-MM-DD，例如 2026-11-03`,
      }),
  )
  .meta({ shape: 'date' });

/** Non-empty single-line text. */
export function text(what: string, max = 200) {
  // YAML reads `12315` or `5` as numbers; contributors mean text.
  return z.preprocess((value) => (typeof value === 'number' ? String(value) : value), textString(what, max));
}

function textString(what: string, max: number) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `缺少${what} — 请添加这个字段并填写文字`
          : `${what}应为文字 — 请直接写文字；文字里有冒号、井号等符号时，用英文双引号把整段括起来`,
    })
    .trim()
    .min(1, { error: `${what}不能为空 — 请填写内容` })
    .max(max, { error: `${what}超过 ${max} 字 — 请精简到 ${max} 字以内` })
    .refine((value) => !value.includes('\n'), {
      error: `${what}只能写一行 — 请删除换行；要写几点时改成列表，每项一行`,
    });
}

export function list<T extends z.ZodType>(item: T, what: string, { min = 0, max = 50 } = {}) {
  return z
    .array(item, {
      error: (issue) =>
        issue.input === undefined
          ? `缺少${what} — 请写成列表，每项一行，以“- ”开头`
          : `${what}应写成列表 — 每项一行，以“- ”开头`,
    })
    .min(min, { error: `${what}至少 ${min} 项 — 请补充` })
    .max(max, { error: `${what}最多 ${max} 项 — 请删减到 ${max} 项以内` });
}

/**
 * A tag is also the last part of its page's address (`/browse/tag/退款/`): characters that would change the
 * address (`/`, `?`, `#`, `%`, a tag of dots) or hide in it (control and format characters) are refused.
 */
const tag = text('标签', 20).refine(
  (value) => typeof value !== 'string' || (!/[/\\?#%<>"'`\p{Cc}\p{Cf}]/u.test(value) && !/^\.+$/.test(value)),
  {
    error: (issue) =>
      `标签「${String(issue.input).replace(/[\p{Cc}\p{Cf}]/gu, '?')}」含有不能用在网址里的字符` +
      ' — 标签只写文字、数字、空格和连字符，不要用 / ? # % 和引号，也不能只有点',
  },
);

export const tags = field(list(tag, '标签', { max: 12 }).default([]), {
  label: '标签',
  description:
    '最多 12 个，每个 20 字以内；与已有标签只是简繁不同（訂房/订房）或只差一个字时，' +
    '`npm run check` 会提醒并说出已有的那个',
  example: '[大促, 预售, 退款]',
  template: { value: [] },
});

/** Writing script of the entry: decides the `lang` attribute and the accepted section headings. */
export const lang = field(
  z
    .enum(idsOf(writingScripts), {
      error: '语言只能是 zh-CN、zh-TW 或 zh-HK — zh-CN 为简体（默认，可不写），zh-TW、zh-HK 为繁体',
    })
    .meta({ vocabulary: writingScripts })
    .default('zh-CN'),
  {
    label: '书写语言',
    description: '简体写 `zh-CN`（默认，可不写）；繁体写 `zh-TW` 或 `zh-HK`，页面按繁体显示，小节标题也可以写繁体',
    example: 'zh-TW',
  },
);
