/**
 * Making untrusted text (article bodies, titles, quotes) safe to show in Slack.
 * Slack has no escape for its mrkdwn markup, so markup characters are swapped for look-alikes
 * that Slack never parses; `&`, `<` and `>` get the entities Slack documents.
 */

/** Slack's limits for the text objects we use (counted in UTF-16 units, which never undercounts). */
export const SLACK_LIMITS = { headerText: 150, sectionText: 3000, contextText: 3000, blocksPerMessage: 50 } as const;

const MARKUP_LOOKALIKES: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ' };

/**
 * A broadcast written out in prose (`@here`, `@channel`, `@everyone`) gets a word joiner after
 * the `@`: invisible, yet no longer the token Slack would turn into a ping if a message were
 * ever sent with `link_names`.
 */
function defuseBroadcastWords(text: string): string {
  return text.replace(/@(here|channel|everyone)\b/giu, '@\u2060$1');
}

/** Escapes `&`, `<`, `>` so `<!channel>` or `<@U123>` show as text instead of pinging. */
export function escapeSlackEntities(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Untrusted text for a `mrkdwn` object: no markup, no links, no mentions. */
export function safeMrkdwn(text: string): string {
  const unmarked = text.replace(/[*_~`]/gu, (c) => MARKUP_LOOKALIKES[c]!);
  return escapeSlackEntities(defuseBroadcastWords(unmarked));
}

/**
 * Untrusted text for a `plain_text` object. Slack shows plain text literally, but a word joiner
 * after `<` keeps `<!channel>` or `<@U123>` from ever reading as a mention, while looking the same.
 */
export function safePlainText(text: string): string {
  return defuseBroadcastWords(text).replace(/<([!@#])/gu, '<\u2060$1');
}

/**
 * Cuts text to `max` characters with an ellipsis, never inside an `&amp;`-style entity or a
 * surrogate pair, so the cut text stays valid for Slack.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  cut = cut.replace(/&[a-z]{0,4}$/u, '').replace(/[\uD800-\uDBFF]$/u, '');
  return `${cut}…`;
}

/** Prefixes every line with `>` so Slack shows it as a block quote. */
export function asBlockQuote(mrkdwn: string): string {
  return mrkdwn
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
