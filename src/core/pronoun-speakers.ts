import { isNamed, isPlural, isPronoun } from './speakers.js';
import type { Quote } from './types.js';

/** The nearest earlier speaker who fits the pronoun; failing that, the nearest full name before it. */
export function resolvePronoun(pronoun: string, earlier: Quote[], article: string, before: number): string | null {
  const singular = /^(?:he|she|i)$/iu.test(pronoun);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const speaker = earlier[i]!.speaker;
    if (!speaker || isPronoun(speaker)) continue;
    if (singular && isPlural(speaker)) continue;
    // "They" stands for a group, or for two people named together, not for one person named before.
    if (!singular && !isPlural(speaker) && !/\sand\s/u.test(speaker) && /^\p{Lu}/u.test(speaker)) continue;
    return speaker;
  }
  if (!singular) return null;
  const window = article.slice(Math.max(0, before - 600), before);
  const names = [...window.matchAll(/\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)*/gu)];
  for (let i = names.length - 1; i >= 0; i--) {
    const [name] = names[i]!;
    if (isNamed(name, article) && !looksLikeSentenceOpener(name, window.slice(0, names[i]!.index))) return name;
  }
  return null;
}

/** `Typically, …`, `Having recorded …`, `April 2`: one capitalised word opening a sentence, or a date, is no person. */
function looksLikeSentenceOpener(name: string, textBefore: string): boolean {
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u.test(name)) return true;
  return !/\s/u.test(name) && (/(?:ing|ly)$/u.test(name) || /(?:^|[.!?:“”"‘’]\s*|\n\s*)$/u.test(textBefore));
}
