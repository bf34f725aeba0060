/**
 * How entry bodies are rendered: the options of Astro's Markdown processor (Sätteri, GFM built in), set in
 * astro.config.mjs and read by the tests that compare its output with MDX's. The footnote section is labelled in
 * Chinese, the contributors' allowlisted tags (<PiiOk>) are unwrapped so they render their content on every page,
 * HTML, script links and images from other sites are shown as text, masked numbers keep their asterisks, and task-list
 * checkboxes and wide tables are made usable without a mouse or a screen.
 */
import { accessibleBody } from './accessible-body.ts';
import { inertBody, unwrapAuthorMarkup } from './author-markup.ts';
import { literalMasks } from './literal-masks.ts';

export const bodyFeatures = { gfm: { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处引用' } } };

export const bodyProcessorOptions = {
  features: bodyFeatures,
  mdastPlugins: [unwrapAuthorMarkup, literalMasks],
  hastPlugins: [inertBody, accessibleBody],
};
