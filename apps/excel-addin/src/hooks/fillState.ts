import { describeCompletionFill, type FillError } from "@zsyz/indicators";
import type { FillOutcome, FillUndo } from "../office/fillCompletion.js";

/** 「填充完成率公式」 as the pane shows it: the last fill that wrote cells, and the last refusal. */
export interface FillState {
  /** The last fill that wrote cells: its sheet, what it filled (lines), its undo until used. */
  readonly done: { sheet: string; lines: string[]; undo: FillUndo | null } | null;
  /** Why the last press filled nothing. The fill before it keeps its undo. */
  readonly refused: FillError | null;
}

/** Nothing filled yet. */
export const NO_FILL: FillState = { done: null, refused: null };

/**
 * After a press of 「填充完成率公式」: a fill that wrote cells takes over (its undo is the one
 * offered); a refusal (another sheet with no 完成率 columns, say) is shown beside the earlier
 * fill, whose 「撤销本次填充」 stays — a wrong pick must not take away the undo of a right one.
 */
export function afterFill(state: FillState, sheet: string, outcome: FillOutcome): FillState {
  if (!outcome.ok) return { ...state, refused: outcome.error };
  return {
    done: { sheet, lines: describeCompletionFill(outcome.plan), undo: outcome.undo },
    refused: null,
  };
}

/** After 「撤销本次填充」 went through: the fill is undone, nothing left to undo. */
export function afterUndo(state: FillState): FillState {
  return state.done ? { done: { ...state.done, lines: [], undo: null }, refused: null } : state;
}
