import type { CommandServices } from '../../commands/index.js';
import type { ArticleLibrary } from '../news/article-library.js';

/**
 * What commands may use, built from the loaded parts. Optional services (digests, `/brief`) are
 * passed in `extra`, or set on the returned object before the adapters start taking commands.
 */
export function createCommandServices(library: ArticleLibrary, extra: Omit<Partial<CommandServices>, 'featured'> = {}): CommandServices {
  return { featured: async () => library.featured(), ...extra };
}
