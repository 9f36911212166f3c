import { classifyProject as classifyForIndicators } from "@zsyz/indicators";
import { ENUMS, classifyProject as classifyForChecks, type LedgerFields } from "@zsyz/ledger";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// The ledger's checks (e.g. "arrived > signed on a new project") and the indicator engine
// each classify projects; a drift between them would make the problem list and the
// figures disagree about which projects count.
const date = fc
  .integer({ min: 2022, max: 2025 })
  .chain((y) =>
    fc.tuple(fc.constant(y), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined });

const fields: fc.Arbitrary<LedgerFields> = fc
  .record({
    sign_type: maybe(fc.constantFrom(...ENUMS.sign_type)),
    sign_date: maybe(date),
    status: maybe(fc.constantFrom(...ENUMS.status)),
    is_new: maybe(fc.constantFrom(...ENUMS.is_new)),
  })
  .map(
    (f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as LedgerFields,
  );

describe("which projects count", () => {
  it("is decided the same way by the ledger checks and the indicator engine", () => {
    fc.assert(
      fc.property(fields, date, (f, asOf) => {
        const engine = classifyForIndicators(f, asOf);
        const checks = classifyForChecks(f, asOf);
        expect(checks).toBe(engine.isNew ? "new" : engine.isCarried ? "carried" : "none");
      }),
      { numRuns: 5000 },
    );
  });
});
