/** QR codes drawn at build time as inline SVG: nothing to fetch when the page is shown offline. */
import QRCode from 'qrcode';

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * An `<svg>` QR code for `text`, black on white with the standard four-module quiet zone (phones
 * read it off a projector screen), scaling to its container, labelled for screen readers.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  return (await symbolFor(text)).replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `);
}

/** Drawn once per text: a case's code appears on its daily entry, the entry's deck and the case's own deck. */
const symbols = new Map<string, Promise<string>>();

function symbolFor(text: string): Promise<string> {
  let symbol = symbols.get(text);
  if (!symbol) {
    symbol = QRCode.toString(text, {
      type: 'svg',
      margin: 4,
      errorCorrectionLevel: 'M',
      color: { dark: '#000000', light: '#ffffff' },
    });
    symbols.set(text, symbol);
  }
  return symbol;
}
