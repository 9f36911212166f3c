import { describe, expect, it } from "vitest";
import { parseExpression } from "../math.js";
import { exprToFormula, type FormulaRef } from "./exprToFormula.js";

const refs: Record<string, FormulaRef> = {
  amt_signed: { ref: "K5", nullable: false },
  target_amt_signed: { ref: "B5", nullable: true },
  rate_signed: { ref: "U5", nullable: true },
  time_progress: { ref: "$D$2", nullable: false },
  n_signed: { ref: "J5", nullable: false },
};
const formula = (text: string): string => {
  const p = parseExpression(text);
  if (!p.ok) throw new Error(text);
  return exprToFormula(p.expr, (name) => refs[name]!);
};

describe("exprToFormula()", () => {
  it('writes a rate as IFERROR(x/y,"") without a guard on the divisor', () => {
    expect(formula("amt_signed / target_amt_signed")).toBe('IFERROR(K5/B5,"")');
  });

  it("guards a possibly empty operand outside a division", () => {
    expect(formula("amt_signed - target_amt_signed")).toBe('IF(B5="","",K5-B5)');
  });

  it("writes 超/欠进度 over the time-progress cell", () => {
    expect(formula("(rate_signed - time_progress) * 100")).toBe('IF(U5="","",(U5-$D$2)*100)');
  });

  it("parenthesises so Excel's precedence cannot change the meaning (-x^2)", () => {
    expect(formula("-amt_signed ^ 2")).toBe('IFERROR((-(K5^2)),"")');
  });

  it("maps comparisons, logic, conditionals and functions to Excel names", () => {
    expect(
      formula(
        "n_signed == 0 or (amt_signed != 1 and not (n_signed > 2)) ? max(amt_signed, 1) : round(amt_signed, 2)",
      ),
    ).toBe("IF(OR((J5=0),AND((K5<>1),NOT((J5>2)))),MAX(K5,1),ROUND(K5,2))");
  });
});
