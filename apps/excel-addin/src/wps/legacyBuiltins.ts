// Built-ins newer than the ES2020 syntax the pane is compiled to. The expression parser of
// @zsyz/indicators (math.ts) calls Object.hasOwn; Array/String at and findLast are the other
// post-2020 built-ins code commonly reaches for, here so that a dependency update using them does
// not blank the pane. The Chromium inside WPS can be older than Excel's evergreen WebView2
// (Chromium 80 is the floor the syntax sets; Object.hasOwn needs 93, at 92, findLast 97), so the
// WPS entry adds the missing ones before it mounts the pane (the bundle only calls them from
// functions, not while its modules load). Each is added only when absent, non-enumerable like
// the native.

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  return i < 0 || i >= this.length ? undefined : this[i];
}

/** Adds Object.hasOwn, Array/String/typed-array at, Array findLast/findLastIndex where missing. */
export function installLegacyBuiltins(): void {
  define(Object, "hasOwn", (o: object, key: PropertyKey) =>
    Object.prototype.hasOwnProperty.call(o, key),
  );
  define(Array.prototype, "at", at);
  define(String.prototype, "at", at);
  define(Object.getPrototypeOf(Int8Array.prototype) as object, "at", at);
  define(Array.prototype, "findLastIndex", function <
    T,
  >(this: T[], test: (value: T, index: number, array: T[]) => unknown, thisArg?: unknown): number {
    for (let i = this.length - 1; i >= 0; i--) if (test.call(thisArg, this[i]!, i, this)) return i;
    return -1;
  });
  define(Array.prototype, "findLast", function <
    T,
  >(this: T[], test: (value: T, index: number, array: T[]) => unknown, thisArg?: unknown):
    T | undefined {
    for (let i = this.length - 1; i >= 0; i--)
      if (test.call(thisArg, this[i]!, i, this)) return this[i];
    return undefined;
  });
}

installLegacyBuiltins();
