import { briefViewChoices } from './brief.js';
import { type BriefView, type CommandDefinition, errorReply } from './types.js';

const VIEWS = ['brief', 'summary', 'quotes', 'article'] as const;

/** `/farewell [view] [private]`: the featured story, Jimmy Page writing his farewell piece. */
export const farewell: CommandDefinition = {
  name: 'farewell',
  description: 'The featured story: Jimmy Page writing his farewell piece',
  options: [
    {
      name: 'view',
      description: 'What to show (default: the brief)',
      type: 'string',
      choices: [...briefViewChoices, { name: 'The full article', value: 'article' }],
    },
    { name: 'private', description: 'Only you see the answer (default: posted to the channel)', type: 'boolean' },
  ],
  async run(ctx) {
    const view = ctx.options.view ?? 'brief';
    if (typeof view !== 'string' || !(VIEWS as readonly string[]).includes(view)) {
      return errorReply(`Unknown view "${String(view)}". Choose one of: ${VIEWS.join(', ')}.`);
    }
    const item = await ctx.services.featured();
    if (!item) return errorReply('No featured story right now: nothing in data/articles is marked `featured: true`.');
    const isPrivate = ctx.options.private === true;
    if (view === 'article') return { kind: 'article', item, private: isPrivate };
    return { kind: 'brief', item, view: view as BriefView, private: isPrivate };
  },
};
