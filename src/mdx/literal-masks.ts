/**
 * Masked numbers shown as written. Contributors anonymise with asterisks (`138****5678`, `110105********002X`,
 * `w***@qq.com`, `****4321`), and Markdown reads a run of asterisks inside a word as emphasis: two masks in one
 * paragraph pair up and the page shows `138<strong><strong>5678，备用 139</strong></strong>1234`, the asterisks
 * gone. This pass puts them back wherever the parser took a mask's asterisks for emphasis (`isMaskRun`); the
 * personal-data check reads the text the same way (src/lib/text/visible-text.ts).
 * Not restored: two asterisks at a number's edge (`尾号**28 … 11**`), which are written exactly like bold digits
 * (`共**3**次`, `**10 分钟内回拨 95588**`): no rule tells the two apart, so docs/checks.md asks for three asterisks.
 */
import type { Emphasis, Strong } from 'mdast';
import { defineMdastPlugin, type MdastContent, type MdastVisitorContext } from 'satteri';
import { maskMarkers } from '../lib/text/masked-values.ts';

const isEmphasis = (node: unknown): node is Emphasis | Strong =>
  typeof node === 'object' && node !== null && 'type' in node && (node.type === 'emphasis' || node.type === 'strong');

/** The node as written when it is a mask's emphasis, nested ones included (`****` pairs as two `strong`). */
function asWritten(node: MdastContent, source: string): MdastContent[] {
  const markers = isEmphasis(node) ? maskMarkers(node, source) : undefined;
  if (!markers || !isEmphasis(node)) return [node];
  return [
    { type: 'text', value: markers[0] },
    ...node.children.flatMap((child) => asWritten(child, source)),
    { type: 'text', value: markers[1] },
  ];
}

/** Rewrites the outermost emphasis made of a mask's asterisks, with the ones inside it. */
function restore(node: Readonly<Emphasis | Strong>, context: MdastVisitorContext): void {
  const parent = context.parent(node);
  if (parent && isEmphasis(parent) && maskMarkers(parent, context.source)) return;
  if (maskMarkers(node, context.source)) context.replaceNode(node, asWritten(node, context.source));
}

/** Sätteri mdast plugin: emphasis made of a mask's asterisks becomes the asterisks and the text between them. */
export const literalMasks = defineMdastPlugin({
  name: 'casebook-literal-masks',
  options: { position: true },
  emphasis: restore,
  strong: restore,
});
