/**
 * `npm run bench:polnear-convert -- <PolNeAR checkout> <split> <out.jsonl> [names.txt]`: converts a split of the
 * public PolNeAR corpus (github.com/networkdynamics/PolNeAR, e.g. `train`) into the JSON Lines format of
 * ../shared/eval/quotes, for a held-out check beyond the shared dev and test sets:
 * `POLNEAR_EXTRA=<out.jsonl> npm run bench:quality-folds`. Where several annotators did an article, the
 * alphabetically first annotation is used, as in the shared sets. The output is evaluation data: keep it out of
 * the project.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quotesFromBrat } from './polnear-brat.js';

const [checkout, split, out, namesFile] = process.argv.slice(2);
if (!checkout || !split || !out) {
  console.error('usage: npm run bench:polnear-convert -- <PolNeAR checkout> <split: train|dev|test> <out.jsonl> [names.txt]');
  process.exit(2);
}

const metadata = readFileSync(join(checkout, 'data', 'metadata.tsv'), 'utf8').trim().split('\n').slice(1);
const wanted = namesFile ? new Set(readFileSync(namesFile, 'utf8').split(/\s+/u).filter(Boolean)) : null;
const lines: string[] = [];
const skipped: string[] = [];
for (const row of metadata) {
  const [compartment, name = '', , annotators = ''] = row.split('\t');
  if (compartment !== split || (wanted && !wanted.has(name))) continue;
  const annotator = annotators.split('|').sort()[0];
  const textPath = join(checkout, 'data', split, 'text', `${name}.txt`);
  const annPath = join(checkout, 'data', split, 'attributions', `${name}_${annotator}.ann`);
  if (!existsSync(textPath) || !existsSync(annPath)) {
    skipped.push(`${name}: missing file`);
    continue;
  }
  const article = readFileSync(textPath, 'utf8');
  try {
    const quotes = quotesFromBrat(article, readFileSync(annPath, 'utf8'));
    lines.push(JSON.stringify({ id: `polnear-${split}-${name}`, article, quotes, source: `PolNeAR data/${split}/text/${name}.txt + attributions/${name}_${annotator}.ann` }));
  } catch (error) {
    skipped.push(`${name}: ${(error as Error).message}`);
  }
}
writeFileSync(out, lines.length ? `${lines.join('\n')}\n` : '');
console.log(`${lines.length} articles written to ${out}; ${skipped.length} skipped${skipped.length ? `:\n  ${skipped.join('\n  ')}` : ''}`);
