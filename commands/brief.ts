import { type BriefView, type CommandDefinition, errorReply } from './types.js';

/** The views of a brief, as option choices (`/farewell` adds the full article). */
export const briefViewChoices = [
  { name: 'Brief: summary, quotes and sourcing', value: 'brief' },
  { name: 'Summary only', value: 'summary' },
  { name: 'Quotes with their speakers', value: 'quotes' },
] as const;
const VIEWS: readonly string[] = briefViewChoices.map((c) => c.value);

/** `/brief url:<link> [view] [private]`: the brief of any article a member shares. */
export const brief: CommandDefinition = {
  name: 'brief',
  description: 'Brief any news article: summary, quotes with speakers, sourcing',
  options: [
    { name: 'url', description: 'Link to the article (http or https)', type: 'string', required: true },
    { name: 'view', description: 'What to show (default: the brief)', type: 'string', choices: briefViewChoices },
    { name: 'private', description: 'Only you see the answer (default: posted to the channel)', type: 'boolean' },
  ],
  async run(ctx) {
    const url = typeof ctx.options.url === 'string' ? ctx.options.url.trim() : '';
    if (!/^https?:\/\/\S+$/iu.test(url)) return errorReply('Give a link that starts with http:// or https://.');
    const view = ctx.options.view ?? 'brief';
    if (typeof view !== 'string' || !VIEWS.includes(view)) {
      return errorReply(`Unknown view "${String(view)}". Choose one of: ${VIEWS.join(', ')}.`);
    }
    if (!ctx.services.briefUrl) return errorReply('Briefing links is not available on this bot right now.');
    const result = await ctx.services.briefUrl(url);
    if ('problem' in result) return errorReply(result.problem);
    return { kind: 'brief', item: result, view: view as BriefView, private: ctx.options.private === true };
  },
};
