import { FakeOfficeError } from "./FakeOfficeError.js";
import type { FakeRequestContext } from "./FakeRequestContext.js";
import { FakeClientObject } from "./FakeClientObject.js";

/** How a proxy finds its target: at sync time through a queued method call, or known already. */
export type Creation<T> =
  | {
      call: string;
      on: string;
      args: unknown[];
      api: number;
      location: string;
      orNull: boolean;
      resolve: () => T | null;
    }
  | { fixed: T };

/**
 * A proxy returned by a method such as getItem() or getRange(): the call is queued like any other
 * operation, and the target is found when the sync reaches it (so ItemNotFound surfaces at sync,
 * and `isNullObject` is known only after it, exactly as in Office.js).
 */
export abstract class FakeResolvable<T> extends FakeClientObject {
  private target: T | null | undefined;

  constructor(ctx: FakeRequestContext, creation: Creation<T>) {
    super(ctx);
    if ("fixed" in creation) {
      this.target = creation.fixed;
      this.acceptLoaded("isNullObject", false);
      return;
    }
    ctx.enqueue({
      wire: { id: this.wireId, call: creation.call, on: creation.on, args: creation.args },
      api: creation.api,
      location: creation.location,
      apply: () => {
        this.target = creation.resolve();
        if (this.target === null && !creation.orNull) {
          throw new FakeOfficeError(
            "ItemNotFound",
            "The requested resource doesn't exist.",
            creation.location,
          );
        }
        return undefined;
      },
      commit: () => this.acceptLoaded("isNullObject", this.target === null),
    });
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }

  protected override isNull(): boolean {
    return this.target === null;
  }

  /** The target at sync time; using a null object fails as it does in Excel. */
  protected resolved(): T {
    if (this.target === undefined)
      throw new Error(`${this.kind} used before the call that creates it ran`);
    if (this.target === null)
      throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return this.target;
  }

  /** Queues a method call or property write on this object; `run` executes at sync time. */
  protected queueAction(
    member: string,
    args: unknown[],
    api: number,
    run: (target: T) => void,
  ): void {
    this.ctx.enqueue({
      wire: { on: this.wireId, member, args },
      api,
      location: `${this.kind}.${member}`,
      apply: () => {
        run(this.resolved());
        return undefined;
      },
    });
  }
}
