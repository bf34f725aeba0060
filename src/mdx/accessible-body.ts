/**
 * Sätteri hast plugin: gives the markup GFM generates in entry bodies what assistive technology needs.
 * A task-list checkbox has no label of its own, so it is named by its item's text; a table scrolls
 * sideways on phones (`display: block` in global.css), so it takes keyboard focus to be scrolled.
 */
import { defineHastPlugin } from 'satteri';

export const accessibleBody = defineHastPlugin({
  name: 'casebook-accessible-body',
  element: {
    filter: ['input', 'table'],
    visit(node, context) {
      if (node.tagName === 'table') context.setProperty(node, 'tabIndex', 0);
      else if (node.properties.type === 'checkbox')
        context.setProperty(node, 'ariaLabel', context.textContent(context.parent(node)).trim());
    },
  },
});
