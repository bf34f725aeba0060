/**
 * <copy-line>: a script line with a copy button; the button stays disabled until this script runs. It follows the
 * client convention (../custom-element.ts) with two exceptions, both because it is on every case page: a page
 * lists many lines, so each button carries its few words itself (`data-done`, `data-failed`) rather than a JSON
 * block repeated per line; and it looks up its two parts itself rather than load the helpers' chunk for that.
 */

/** Fallback for browsers that refuse the async clipboard (plain http on an intranet). */
function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  // The copy command is deprecated, yet the only one left where navigator.clipboard is missing.
  const ok = (document as { execCommand(command: 'copy'): boolean }).execCommand('copy');
  area.remove();
  return ok;
}

class CopyLine extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button.copy');
    const status = this.querySelector<HTMLElement>('.status');
    if (!button || !status) throw new Error('<copy-line> has no button.copy or .status');
    button.disabled = false;
    button.addEventListener('click', () => void this.#copy(button, status));
  }

  async #copy(button: HTMLButtonElement, status: HTMLElement): Promise<void> {
    const text = this.dataset.text ?? '';
    const copied = await navigator.clipboard.writeText(text).then(
      () => true,
      () => copyWithSelection(text),
    );
    const message = copied ? button.dataset.done! : button.dataset.failed!;
    button.textContent = message;
    status.textContent = message;
    window.setTimeout(() => {
      button.textContent = button.dataset.label!;
      status.textContent = '';
    }, 2000);
  }
}

customElements.define('copy-line', CopyLine);
