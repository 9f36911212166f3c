import { FakeOfficeError, propertyNotLoaded } from "./FakeOfficeError.js";
import type { FakeRequestContext } from "./FakeRequestContext.js";

/**
 * Base of every fake API object: keeps the values a sync loaded and throws PropertyNotLoaded,
 * as Office.js does, for anything read before load() and sync().
 */
export abstract class FakeClientObject {
  /** This proxy's id in the wire description of a request (not Excel's own ids). */
  readonly wireId: string;
  /** Class name as Office.js reports it in `debugInfo.errorLocation` ("Range"). */
  protected abstract readonly kind: string;
  private readonly loadedValues = new Map<string, unknown>();

  constructor(readonly ctx: FakeRequestContext) {
    this.wireId = ctx.newId();
  }

  /** The value a sync loaded for `property`, or PropertyNotLoaded. */
  protected loadedValue<T>(property: string): T {
    if (!this.loadedValues.has(property)) throw propertyNotLoaded(property);
    return this.loadedValues.get(property) as T;
  }

  /** Stores a value that a sync brought back. */
  acceptLoaded(property: string, value: unknown): void {
    this.loadedValues.set(property, value);
  }

  /** Current value of a loadable property, computed from the workbook at sync time. */
  protected abstract readProperty(property: string): unknown;

  /** Child object for the first segment of a load path ("format" in "format/fill/color"). */
  protected child(segment: string): FakeClientObject | undefined {
    void segment;
    return undefined;
  }

  /** Whether this is a null object (an *OrNullObject call that found nothing). */
  protected isNull(): boolean {
    return false;
  }

  /** ExcelApi minor version needed to read `property`. */
  protected propertyApi(property: string): number {
    void property;
    return 1;
  }

  /** Queues a load of plain properties and child paths, as `load(["a", "child/b"])` does. */
  protected queueLoad(names: readonly string[]): void {
    const className = this.kind;
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const name of names) {
      const slash = name.indexOf("/");
      if (slash < 0) own.push(name);
      else {
        const head = name.slice(0, slash);
        const list = nested.get(head) ?? [];
        list.push(name.slice(slash + 1));
        nested.set(head, list);
      }
    }
    if (own.length > 0) {
      this.ctx.enqueue({
        wire: { load: this.wireId, select: own },
        api: Math.max(...own.map((p) => this.propertyApi(p))),
        location: `${className}.load`,
        // Loading a null object is allowed in Office.js; it simply brings nothing back.
        apply: () =>
          this.isNull() ? undefined : Object.fromEntries(own.map((p) => [p, this.readProperty(p)])),
        commit: (result) => {
          if (result === undefined) return;
          for (const [k, v] of Object.entries(result as Record<string, unknown>))
            this.acceptLoaded(k, v);
        },
      });
    }
    for (const [head, rest] of nested) {
      const child = this.child(head);
      if (!child)
        throw new FakeOfficeError(
          "InvalidArgument",
          `Cannot load '${head}' on ${className}.`,
          `${className}.load`,
        );
      child.loadPaths(rest);
    }
  }

  /** Loads paths relative to this object; overridden by collections for "items/…". */
  loadPaths(names: readonly string[]): void {
    this.queueLoad(names);
  }
}
