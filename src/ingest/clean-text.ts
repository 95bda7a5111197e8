import { compile, type HtmlToTextOptions } from 'html-to-text';

const SKIPPED = ['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'svg', 'form', 'button', 'img', 'figcaption'];

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  decodeEntities: true,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable' },
    ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
  ],
};
// Compiled once: building the converter costs more than most conversions.
const convert = compile(OPTIONS);

/** HTML (or plain text with entities) to clean text: one paragraph a line, blank lines between. */
export function htmlToCleanText(html: string): string {
  const text = /[<&]/u.test(html) ? convert(html) : html;
  return neutralizeMentions(
    text
      .replace(/\r\n?/gu, '\n')
      .replace(/[ \t\u00a0]+\n/gu, '\n')
      .replace(/\n{3,}/gu, '\n\n')
      .trim(),
  );
}

/** A title or name on one line: markup dropped, entities decoded, spaces collapsed. */
export function htmlToLine(html: string): string {
  return htmlToCleanText(html).replace(/\s+/gu, ' ').trim();
}

/**
 * Article text comes from strangers: break every mass or personal mention (`@everyone`, `@here`,
 * Slack's `<!channel>`, Discord's `<@id>`) with a zero-width space so no platform pings on it.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here|channel)\b/giu, '@\u200b$1').replace(/<([@#]|!(?:channel|here|everyone|subteam))/giu, '<\u200b$1');
}
