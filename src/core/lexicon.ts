/**
 * Word lists shared by the sentence splitter, the quote finder and the summarizer.
 * They describe how English news is written, not any particular article.
 */

const speechVerbStems = [
  'say', 'said', 'saying', 'tell', 'told', 'add', 'note', 'ask', 'explain', 'write', 'wrote', 'written',
  'tweet', 'recall', 'continue', 'insist', 'argue', 'claim', 'state', 'declare', 'reply', 'replied',
  'respond', 'remark', 'admit', 'warn', 'joke', 'quip', 'shout', 'whisper', 'acknowledge', 'concede',
  'observe', 'announce', 'post', 'exclaim', 'cry', 'cried', 'yell', 'laugh', 'sigh', 'scoff', 'boast',
  'suggest', 'predict', 'recount', 'reveal', 'confirm', 'mutter', 'murmur', 'testify', 'testified',
  'vow', 'urge', 'pledge', 'stress', 'emphasize', 'emphasise', 'maintain', 'contend', 'complain',
  'lament', 'muse', 'counter', 'retort', 'snap', 'plead', 'pleaded', 'beg', 'sing', 'sang', 'sung',
  'describe', 'agree', 'promise', 'wonder', 'caution', 'opine', 'gush', 'rave', 'hint', 'tease',
  'chime', 'interject', 'proclaim', 'assert', 'allege', 'report', 'conclude',
  // Reporting verbs that carry a judgement: news attributes quoted words with them as often as with "said".
  'liken', 'compare', 'condemn', 'brand', 'exhort', 'scold', 'bemoan', 'attack', 'comment', 'praise',
  'criticize', 'criticise', 'slam', 'blast', 'accuse', 'decry', 'denounce', 'mock', 'hail', 'defend',
  'dismiss', 'read', 'demand', 'characterize', 'characterise', 'deride', 'chide', 'tout', 'lambaste', 'welcome', 'thank',
  // Attribution verbs of the wire-service style guides, beyond "said"; words that are as often nouns stay out.
  'reiterate', 'fume', 'brag', 'confess', 'deny', 'elaborate', 'clarify', 'speculate', 'scream', 'advise', 'posit',
  'assure', 'reassure', 'remind', 'grumble', 'gripe', 'bellow', 'snipe', 'implore', 'surmise', 'theorize', 'underscore',
];

function inflect(stem: string): string[] {
  if (/(?:said|told|wrote|written|replied|cried|testified|sang|sung|pleaded|saying)$/.test(stem)) return [stem];
  const base = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  const doubled = /^(?:admit|quip|snap|beg|brag)$/.test(stem) ? stem + stem.slice(-1) : stem;
  const forms = [stem, `${stem}s`, `${base}ed`, `${doubled}ed`, `${doubled}ing`, `${base}ing`];
  if (stem.endsWith('y') && !/[aeiou]y$/.test(stem)) forms.push(`${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`);
  if (/(?:sh|ch|ss|x)$/.test(stem)) forms.push(`${stem}es`);
  return forms;
}

/** Every inflected form of a verb that introduces speech or writing. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  speechVerbStems
    .flatMap(inflect)
    .concat(['says', 'tells', 'adds', 'notes', 'asks', 'writes', 'went on', 'pointed out', 'points out', 'fired back', 'shot back', 'hit back', 'summed up', 'questioned', 'pressed']),
);

/** Alternation of speech verbs for regular expressions, longest first. */
export const SPEECH_VERB_PATTERN = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');

/**
 * Words that, opening a sentence, point back to something said before it:
 * such a sentence cannot open a summary.
 */
export const DANGLING_OPENERS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them', 'we', 'our', 'us',
  'this', 'that', 'these', 'those', 'such', 'both', 'another', 'other', 'others',
  'but', 'and', 'or', 'nor', 'so', 'yet', 'however', 'also', 'still', 'meanwhile', 'instead',
  'moreover', 'furthermore', 'then', 'thus', 'therefore', 'besides', 'nevertheless', 'nonetheless',
  'indeed', 'otherwise', 'likewise', 'similarly', 'hence', 'afterwards', 'afterward', 'because',
  'although', 'though', 'which', 'who', 'whom', 'whose', 'there’s', "there's", 'here',
  'again', 'too', 'plus', 'consequently', 'accordingly', 'additionally', 'even', 'now',
]);

/** Personal pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/**
 * Heads of noun phrases that describe a source without naming it: "a friend", "sources",
 * "his wife". A speaker made only of these (and determiners) is unnamed.
 */
export const UNNAMED_SOURCE_WORDS: ReadonlySet<string> = new Set([
  'friend', 'friends', 'source', 'sources', 'insider', 'insiders', 'official', 'officials', 'aide', 'aides',
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives', 'rep', 'reps',
  'relative', 'relatives', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'fan', 'fans', 'wife',
  'husband', 'partner', 'girlfriend', 'boyfriend', 'son', 'daughter', 'mother', 'father', 'brother',
  'sister', 'family', 'member', 'members', 'associate', 'associates', 'confidant', 'confidants',
  'colleague', 'colleagues', 'person', 'people', 'someone', 'witness', 'witnesses', 'observer',
  'observers', 'critic', 'critics', 'expert', 'experts', 'analyst', 'analysts', 'staffer', 'staffers',
  'employee', 'employees', 'executive', 'executives', 'manager', 'producer', 'bandmate', 'bandmates',
  'musician', 'musicians', 'resident', 'residents', 'user', 'users', 'poster', 'one', 'man', 'woman',
  'men', 'women', 'police', 'authorities', 'investigators', 'prosecutors', 'officer', 'officers',
  'statement', 'report', 'reports', 'letter', 'post', 'tweet', 'campaign', 'crowd', 'audience',
  'close', 'longtime', 'senior', 'former', 'anonymous', 'unnamed', 'longtime', 'old', 'top',
]);

/** Determiners and possessives that may open a speaker phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three', 'some',
  'several', 'many', 'few', 'other', 'another', 'those', 'these', 'this', 'that', 'each', 'every',
  'all', 'both', 'most', 'more', 'of', 'to', 'for', 'close', 'and', 'at', 'in', 'with', 'from',
]);

/** Common past tenses that do not end in -ed: `Clinton spoke out`, `Trump took the stage`. */
export const IRREGULAR_PAST_TENSES = [
  'had', 'did', 'made', 'spoke', 'took', 'gave', 'went', 'came', 'got', 'put', 'held', 'met', 'left', 'saw', 'thought',
  'found', 'kept', 'brought', 'sent', 'felt', 'ran', 'stood', 'set', 'won', 'lost', 'led', 'paid', 'began', 'became',
  'struck', 'shot', 'fought', 'chose', 'drew', 'threw', 'knew', 'heard', 'meant', 'sought', 'taught', 'wore', 'hit', 'cut',
];
