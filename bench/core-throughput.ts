/**
 * `npm run bench:core`: briefs per second over 250 real CNN/DailyMail articles, on one thread,
 * and the process's peak resident memory. Target: at least 300 articles/s.
 */
import { makeBrief } from '../src/core/index.js';
import { readEvalSet } from './eval-data.js';

const items = readEvalSet<{ id: string; article: string }>('summarization/cnndm_frank.jsonl');
if (items) {
  for (const item of items.slice(0, 25)) makeBrief({ text: item.article }); // warm-up: JIT and model load

  const passes = 4;
  const perArticle: number[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) {
    for (const item of items) {
      const t0 = performance.now();
      makeBrief({ text: item.article });
      perArticle.push(performance.now() - t0);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  perArticle.sort((a, b) => a - b);
  const pct = (p: number) => perArticle[Math.min(perArticle.length - 1, Math.floor(p * perArticle.length))]!.toFixed(2);
  const words = items.reduce((n, i) => n + i.article.split(/\s+/u).length, 0) / items.length;

  console.log(`core brief throughput: ${items.length} CNN/DailyMail articles x ${passes} passes, one thread (mean ${words.toFixed(0)} words/article)`);
  console.log(`  articles/s       ${(perArticle.length / seconds).toFixed(0)}   (target >= 300)`);
  // On a shared machine the wall clock counts other processes' turns too; CPU time is this thread's own work.
  console.log(`  articles/s CPU   ${(perArticle.length / cpuSeconds).toFixed(0)}   (per second of this process's CPU time)`);
  console.log(`  ms/article       p50 ${pct(0.5)}   p99 ${pct(0.99)}   max ${perArticle[perArticle.length - 1]!.toFixed(2)}`);
  console.log(`  peak RSS         ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
