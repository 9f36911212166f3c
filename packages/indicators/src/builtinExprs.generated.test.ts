import { describe, expect, it } from "vitest";
import { BUILTIN_EXPRS } from "./builtinExprs.generated.js";
import { INDICATORS } from "./catalogue.js";
import { parseExpression } from "./math.js";

describe("BUILTIN_EXPRS", () => {
  // If this fails after editing catalogue.ts: npm run generate -w packages/indicators
  it("holds, for every built-in expression, exactly what the parser makes of it", () => {
    const expected = Object.fromEntries(
      INDICATORS.flatMap((def) => {
        if (!("expression" in def)) return [];
        const parsed = parseExpression(def.expression);
        return parsed.ok ? [[def.key, { source: def.expression, expr: parsed.expr }]] : [];
      }),
    );
    expect(BUILTIN_EXPRS).toEqual(expected);
  });
});
