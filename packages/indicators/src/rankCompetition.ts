/**
 * Competition ranking (1, 2, 2, 4) by value, highest first; null values are unranked.
 * @example rankCompetition([0.9, 1.1, 0.9, null, 0.5]) → [2, 1, 2, null, 4]
 */
export function rankCompetition(values: readonly (number | null)[]): (number | null)[] {
  const ranked = values.filter((v): v is number => v !== null);
  return values.map((v) => (v === null ? null : 1 + ranked.filter((o) => o > v).length));
}
