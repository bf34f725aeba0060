/**
 * The only markup contributors may use in an MDX body besides plain Markdown. The validator refuses
 * every other tag (`src/validation/rules.ts`); the site renders these tags as their content on every page
 * and feed that shows an entry body, without any page having to pass components.
 *
 * A tag is found by the MDX parser, as a JSX element with its attributes, never by a pattern over the source:
 * `<PiiOk reason="a>b">` is one tag whose reason is `a>b`, whatever the reason contains.
 */
import type { Root, RootContent } from 'mdast';
import { defineHastPlugin, defineMdastPlugin, mdxToMdast } from 'satteri';
import { config } from '../config.ts';
import { isAllowedImage, isSafeLink } from '../lib/site/safe-urls.ts';

export interface AuthorTag {
  /** Attributes the tag takes; each must be a plain, non-empty "quoted" text. */
  attributes: readonly string[];
  /** How it is written, for messages and the docs. */
  usage: string;
}

/** Tag that waives the personal-data check for its content, e.g. a public company landline. */
export const PII_WAIVER_TAG = 'PiiOk';

export const authorTags: Readonly<Record<string, AuthorTag>> = {
  [PII_WAIVER_TAG]: { attributes: ['reason'], usage: '<PiiOk reason="理由">内容</PiiOk>' },
};

const isAuthorTag = (name: string | null | undefined) => typeof name === 'string' && Object.hasOwn(authorTags, name);

function collectTagRanges(node: Root | RootContent, ranges: [number, number][]): void {
  if (!('children' in node)) return;
  for (const child of node.children as RootContent[]) {
    if (
      (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') &&
      isAuthorTag(child.name) &&
      child.position
    ) {
      const start = child.position.start.offset!;
      const end = child.position.end.offset!;
      const first = child.children[0]?.position?.start.offset;
      const last = child.children.at(-1)?.position?.end.offset;
      if (first === undefined || last === undefined) ranges.push([start, end]);
      else ranges.push([start, first], [last, end]);
    }
    collectTagRanges(child, ranges);
  }
}

/**
 * The body as the Markdown processor should read it: every allowlisted tag the MDX parser finds is cut out of
 * the source and its content kept, which is what MDX renders. A body MDX cannot parse (the validator refuses it
 * before any build) is returned as written, and its tags are then shown as text by `unwrapAuthorMarkup`.
 */
export function withoutAuthorTags(body: string): string {
  // No `<`, no tag: most bodies skip the MDX parse, which cost seconds of content sync at 10,000 entries.
  if (!body.includes('<')) return body;
  let tree: Root;
  try {
    tree = mdxToMdast(body) as Root;
  } catch {
    return body;
  }
  const ranges: [number, number][] = [];
  collectTagRanges(tree, ranges);
  if (ranges.length === 0) return body;
  ranges.sort((a, b) => a[0] - b[0]);
  let kept = '';
  let from = 0;
  for (const [start, end] of ranges) {
    kept += body.slice(from, start);
    from = Math.max(from, end);
  }
  return kept + body.slice(from);
}

const isFence = (source: string) => /^\s*(```|~~~)/.test(source);
const sourceOf = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }, source: string) =>
  node.position ? source.slice(node.position.start.offset, node.position.end.offset) : '';

/**
 * Sätteri mdast plugin, the renderer's half of the gate (with `inertBody`): whatever the validator would refuse
 * comes out as inert text, so a body that reached the renderer some other way still cannot run script or call
 * another server.
 *
 * Entry bodies are MDX files, checked by the validator as MDX, and rendered by the Markdown processor at content
 * sync (src/data/rendered-bodies.ts) from `withoutAuthorTags(body)`. Markdown reads an indented line as code, which
 * MDX does not have (it is a paragraph): this plugin gives it MDX's meaning. In an MDX compile (an entry left to
 * render as a module) the allowlisted tags are unwrapped here, and every other tag or expression is shown as text.
 */
export const unwrapAuthorMarkup = defineMdastPlugin({
  name: 'casebook-unwrap-author-markup',
  options: { position: true },
  mdxJsxTextElement(node, context) {
    if (isAuthorTag(node.name)) context.replaceNode(node, node.children);
    else context.replaceNode(node, { type: 'text', value: sourceOf(node, context.source) });
  },
  mdxJsxFlowElement(node, context) {
    if (isAuthorTag(node.name)) context.replaceNode(node, node.children);
    else
      context.replaceNode(node, {
        type: 'paragraph',
        children: [{ type: 'text', value: sourceOf(node, context.source) }],
      });
  },
  mdxTextExpression(node, context) {
    context.replaceNode(node, { type: 'text', value: sourceOf(node, context.source) });
  },
  mdxFlowExpression(node, context) {
    context.replaceNode(node, {
      type: 'paragraph',
      children: [{ type: 'text', value: sourceOf(node, context.source) }],
    });
  },
  mdxjsEsm(node, context) {
    context.replaceNode(node, {
      type: 'paragraph',
      children: [{ type: 'text', value: sourceOf(node, context.source) }],
    });
  },
  // Raw HTML is never passed through: the allowlisted tags were cut out by the MDX parser before this runs.
  html(node, context) {
    context.replaceNode(node, { type: 'text', value: node.value });
  },
  code(node, context) {
    if (context.sourceFormat !== 'markdown' || !node.position) return;
    const written = context.source.slice(node.position.start.offset, node.position.end.offset);
    if (!isFence(written)) context.replaceNode(node, { raw: node.value, mdxExpressions: false });
  },
});

/**
 * Sätteri hast plugin, the last gate, on the HTML about to be written: raw HTML is shown as text, a link to
 * anything but a web, mail or phone address loses its address, an image from anywhere but the site (or a listed
 * host) is replaced by its description. It sees what any earlier step produced, including a block Markdown read
 * again after the mdast plugins ran (an indented line given MDX's meaning).
 */
export const inertBody = defineHastPlugin({
  name: 'casebook-inert-body',
  raw(node, context) {
    context.replaceNode(node, { type: 'text', value: node.value });
  },
  element: {
    filter: ['a', 'img'],
    visit(node, context) {
      const address = node.properties[node.tagName === 'a' ? 'href' : 'src'];
      if (typeof address !== 'string') return;
      if (node.tagName === 'a' && !isSafeLink(address)) context.setProperty(node, 'href', null);
      if (node.tagName === 'img' && !isAllowedImage(address, config.allowedImageHosts)) {
        context.replaceNode(node, {
          type: 'text',
          value: typeof node.properties.alt === 'string' ? node.properties.alt : '',
        });
      }
    },
  },
});
