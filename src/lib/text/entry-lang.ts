/**
 * The `lang` attribute of an entry's own text. Pages are in the UI's language (zh-CN); a Traditional-script entry
 * marks only its own words (title, summary, body, quotes), so the UI's labels around them keep Simplified glyph
 * forms and punctuation.
 */
export const UI_LANG = 'zh-CN';

export function entryLang(lang: string | undefined): string | undefined {
  return lang && lang !== UI_LANG ? lang : undefined;
}
