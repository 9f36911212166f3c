import type { XlRequestContext } from "../../src/office/excelApi.js";
import { PAYLOAD_LIMIT_BYTES, jsonBytes } from "../../src/office/payload.js";
import { FakeOfficeError } from "./FakeOfficeError.js";
import type { FakeWorkbookState } from "./fakeState.js";
import { FakeWorkbook } from "./fakeWorkbook.js";

/** What one `context.sync()` sent and received. */
export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  /** Whether the batch asked Excel to suspend calculation until this sync. */
  calculationSuspended: boolean;
}

/** The Excel a fake pretends to be. */
export type FakePlatform = "web" | "windows" | "mac";

/** What the context needs from the host that created it. */
export interface FakeHostLink {
  readonly state: FakeWorkbookState;
  /** Highest ExcelApi 1.x minor version this fake Excel implements. */
  readonly apiMinor: number;
  /** When true, every sync fails as Excel on the web does while a cell is being edited. */
  readonly editMode: boolean;
  /** Which Excel this pretends to be: the web answers an oversize request differently. */
  readonly platform: FakePlatform;
  /** A sync number (1-based, as in the log) that fails before it runs; null for none. */
  readonly failSyncNumber: number | null;
  /** How many syncs were logged so far. */
  readonly syncCount: number;
  recordSync(record: SyncRecord): void;
}

/** One queued operation: what goes over the wire, and what it does when the batch runs. */
interface QueuedOp {
  wire: unknown;
  /** ExcelApi minor version the operation needs. */
  api: number;
  /** Class.member, reported as `debugInfo.errorLocation` when the operation fails. */
  location: string;
  /** Runs against the workbook at sync time; what it returns travels back in the response. */
  apply(): unknown;
  /** Receives what `apply` returned once the whole sync succeeded. */
  commit?(result: unknown): void;
  suspendsCalculation?: boolean;
  /** `application.calculate`: brings formulas up to date again. */
  calculates?: boolean;
}

/**
 * The fake RequestContext: proxies queue operations here, `sync()` runs them in order against
 * the workbook state, then hands loaded values back to the proxies. Nothing runs before sync.
 */
export class FakeRequestContext implements XlRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: QueuedOp[] = [];
  private nextId = 0;

  constructor(readonly host: FakeHostLink) {
    this.workbook = new FakeWorkbook(this);
  }

  /** A fresh object id for the wire description. */
  newId(): string {
    this.nextId += 1;
    return `o${this.nextId}`;
  }

  /** Queues an operation for the next sync. */
  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  /** Whether operations are waiting for a sync. */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    const requestBytes = jsonBytes(ops.map((op) => op.wire));
    const record: SyncRecord = {
      operations: ops.length,
      requestBytes,
      responseBytes: 0,
      calculationSuspended: ops.some((op) => op.suspendsCalculation === true),
    };
    if (this.host.failSyncNumber === this.host.syncCount + 1) {
      this.host.recordSync(record);
      throw new FakeOfficeError(
        "GeneralException",
        "There was an internal error while processing the request.",
      );
    }
    if (this.host.editMode) {
      this.host.recordSync(record);
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.host.recordSync(record);
      // Excel on the web can answer an oversize request with a bare GeneralException instead
      // of the payload code (Office add-in resource limits; OfficeDev/office-js issue reports),
      // so the adapter must not rely on the code alone.
      if (this.host.platform === "web")
        throw new FakeOfficeError(
          "GeneralException",
          "There was an internal error while processing the request.",
        );
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    const results: unknown[] = [];
    try {
      for (const op of ops) {
        if (op.api > this.host.apiMinor) {
          throw new FakeOfficeError(
            "ApiNotFound",
            "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
            op.location,
          );
        }
        results.push(op.apply());
      }
    } catch (e) {
      this.host.recordSync(record);
      if (e instanceof FakeOfficeError && e.debugInfo.errorLocation === undefined) {
        throw new FakeOfficeError(e.code, e.message, failedLocation(ops, results.length));
      }
      throw e;
    }
    record.responseBytes = jsonBytes(results.filter((r) => r !== undefined));
    this.host.recordSync(record);
    // Writes made while calculation was suspended leave formulas stale until a later
    // application.calculate; a calculate queued in the suspended batch itself does not count.
    const state = this.host.state;
    if (record.calculationSuspended && ops.some((op) => !isLoad(op))) state.calculationStale = true;
    else if (ops.some((op) => op.calculates === true)) state.calculationStale = false;
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    ops.forEach((op, i) => op.commit?.(results[i]));
  }

  /** Flushes what the batch left queued, as Excel.run does when the batch's promise settles. */
  async finish(): Promise<void> {
    if (this.pending) await this.sync();
  }
}

function isLoad(op: QueuedOp): boolean {
  return typeof op.wire === "object" && op.wire !== null && "load" in op.wire;
}

function failedLocation(ops: readonly QueuedOp[], index: number): string {
  return ops[index]?.location ?? "";
}
