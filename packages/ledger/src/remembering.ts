// Ledger values repeat: a county's 100,000s of cells hold a few hundred dates, a handful of
// spellings per enum column, the same header texts in every file. Pure readers of such values
// remember their results here.

// Results kept per function: past this many, it starts over, so a sheet of unique values (or
// a hostile one) cannot grow it without end.
const MAX_REMEMBERED = 4096;

/**
 * `read` remembering its result per argument (bounded). Results are shared by every caller,
 * so they must not be changed: an object result is frozen.
 * @example const iso = remembering((day: number) => slowIso(day)); iso(45175) === iso(45175)
 */
export function remembering<K, V>(read: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = read(key);
      if (typeof value === "object" && value !== null) Object.freeze(value);
      if (seen.size >= MAX_REMEMBERED) seen.clear();
      seen.set(key, value);
    }
    return value;
  };
}
