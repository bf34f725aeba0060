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

/** An allowlisted tag, opening or closing, as Markdown sees it: raw HTML. */
const authorTagPattern = new RegExp(`</?(?:${Object.keys(authorTags).join('|')})(?:\\s[^>]*)?>`, 'g');
const isFence = (source: string) => /^\s*(```|~~~)/.test(source);

/**
 * Sätteri mdast plugin: replaces each allowlisted tag by its children.
 *
 * Entry bodies are MDX files, checked by the validator as MDX, and rendered by the Markdown processor at content
 * sync (src/data/rendered-bodies.ts). Of what the validator admits, Markdown reads two things differently from MDX,
 * and this plugin gives them MDX's meaning: an allowlisted tag is raw HTML (inline, or a block when it stands on
 * its own line), and a line indented by four spaces is indented code, which MDX does not have (it is a paragraph).
 */
export const unwrapAuthorMarkup = defineMdastPlugin({
  name: 'casebook-unwrap-author-markup',
  options: { position: true },
  mdxJsxTextElement(node, context) {
    if (node.name && node.name in authorTags) context.replaceNode(node, node.children);
  },
  mdxJsxFlowElement(node, context) {
    if (node.name && node.name in authorTags) context.replaceNode(node, node.children);
  },
  html(node, context) {
    const unwrapped = node.value.replace(authorTagPattern, '');
    // Any other HTML is shown as text, never passed through: the validator refuses it, this is the second line.
    if (/<[a-zA-Z!/?]/.test(unwrapped)) context.replaceNode(node, { type: 'text', value: node.value });
    // A tag within a sentence goes; a block's content is read again as Markdown, as MDX reads a tag's children.
    else if (unwrapped.trim() === '') context.removeNode(node);
    else context.replaceNode(node, { raw: unwrapped.trim(), mdxExpressions: false });
  },
  code(node, context) {
    if (context.sourceFormat !== 'markdown' || !node.position) return;
    const written = context.source.slice(node.position.start.offset, node.position.end.offset);
    if (!isFence(written)) context.replaceNode(node, { raw: node.value, mdxExpressions: false });
  },
});
