/** Token F1 of extracted text against a reference: how much of the article came out, and nothing else. */
export function tokenF1(actual: string, expected: string): number {
  const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const t of tokens(expected)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const got = tokens(actual);
  const expectedTotal = [...counts.values()].reduce((a, b) => a + b, 0);
  let shared = 0;
  for (const t of got) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(t, left - 1);
    }
  }
  if (shared === 0) return 0;
  const precision = shared / got.length;
  const recall = shared / expectedTotal;
  return (2 * precision * recall) / (precision + recall);
}
