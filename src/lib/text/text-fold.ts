/**
 * A whole-text fold for build-time code (the synonym lexicon's checks, its matching at build time): each
 * character folded as the search index folds it (OpenCC, see search/script-variants.ts), so 帳戶, 帐户 and
 * 账户 all become 账户, and Latin letters in lower case. Loads OpenCC, so it never goes to the browser.
 */
import { hanCharacters } from '../search/script-variants.ts';
import { createCharacterFold } from './script-converters.ts';

export function createTextFold({ learn, fold } = createCharacterFold()): (text: string) => string {
  return (text) => {
    learn(hanCharacters(text));
    return [...text].map(fold).join('').toLowerCase();
  };
}
