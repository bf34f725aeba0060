/**
 * The only markup contributors may use in an MDX body besides plain Markdown. The validator refuses
 * every other tag (`src/validation/rules.ts`); the site unwraps these tags when it compiles MDX
 * (`unwrapAuthorMarkup`, registered in `astro.config.mjs`), so they render their content unchanged
 * on every page and feed that shows an entry body, without any page having to pass components.
 */
import { defineMdastPlugin } from 'satteri';

export interface AuthorTag {
  /** Attributes the tag takes; each must be a plain, non-empty "quoted" text. */
  attributes: readonly string[];
  /** How it is written, for messages and the README. */
  usage: string;
}

/** Tag that waives the personal-data check for its content, e.g. a public company landline. */
export const PII_WAIVER_TAG = 'PiiOk';

export const authorTags: Readonly<Record<string, AuthorTag>> = {
  [PII_WAIVER_TAG]: { attributes: ['reason'], usage: '<PiiOk reason="理由">内容</PiiOk>' },
};

/** Sätteri mdast plugin: replaces each allowlisted tag by its children. */
export const unwrapAuthorMarkup = defineMdastPlugin({
  name: 'casebook-unwrap-author-markup',
  mdxJsxTextElement(node, context) {
    if (node.name && node.name in authorTags) context.replaceNode(node, node.children);
  },
  mdxJsxFlowElement(node, context) {
    if (node.name && node.name in authorTags) context.replaceNode(node, node.children);
  },
});
