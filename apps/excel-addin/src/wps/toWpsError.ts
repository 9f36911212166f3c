import { AddinError, type AddinErrorCode } from "../office/AddinError.js";

/** The program as WPS errors name it in the pane. */
export const WPS_PROGRAM = "WPS 表格";

/**
 * VBA run-time error numbers, as WPS raises them to a JS 加载项 (an Error with `number`), and
 * what they mean to staff. 1004 ("application-defined error") covers many refusals; its
 * message says which (below).
 */
const FROM_NUMBER: Readonly<Record<number, AddinErrorCode>> = {
  // 下标越界: Worksheets.Item of a sheet that is not there (deleted or renamed).
  9: "item_not_found",
  // 对象不支持该属性或方法: this WPS build lacks a part of the object model.
  438: "not_in_wps",
  // 无效的过程调用或参数, 类型不匹配.
  5: "invalid_argument",
  13: "invalid_argument",
  // 拒绝的权限: a read-only file or one another program holds (not a protected sheet: its
  // advice would be to unprotect one).
  70: "busy",
  1004: "invalid_operation",
  // RPC_E_CALL_REJECTED: the program refuses calls while a cell is being edited.
  [-2147418111]: "edit_mode",
  // RPC_E_SERVERCALL_RETRYLATER: the program is busy.
  [-2147417846]: "busy",
};

/**
 * Words of the message that say more than the number: WPS and VBA raise a protected sheet, a
 * cell being edited and a busy program under 1004 or with no number at all in some builds.
 * Whether a given WPS build words them so is unconfirmed; an unmatched message keeps the
 * number's meaning.
 */
const FROM_MESSAGE: readonly (readonly [RegExp, AddinErrorCode])[] = [
  [/保护|protected/i, "sheet_protected"],
  [/编辑状态|正在编辑|edit mode|拒绝接收呼叫|call was rejected/i, "edit_mode"],
  [/正忙|忙碌|busy|retry ?later/i, "busy"],
  [/下标越界|subscript out of range/i, "item_not_found"],
  [/不支持该属性或方法|doesn't support this property or method/i, "not_in_wps"],
];

const JS_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError];

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Normalises what the WPS object model threw into the AddinError the Excel adapter would raise
 * for the same trouble (protected sheet, missing sheet, a cell being edited, a part this build
 * lacks…), worded for WPS 表格; the original stays as the cause, its number in the details.
 * Our own AddinErrors pass through; a plain JS error is our bug ("internal").
 * @example toWpsError(Object.assign(new Error("下标越界"), { number: 9 })).code === "item_not_found"
 */
export function toWpsError(thrown: unknown): AddinError {
  if (thrown instanceof AddinError) return thrown;
  const number = field(thrown, "number");
  const message = field(thrown, "message");
  const text = typeof message === "string" ? message : "";
  // JavaScript's own errors are our bugs, whatever words they carry ("reading 'Protected'").
  const ours = JS_ERRORS.some((kind) => thrown instanceof kind);
  const byMessage = ours ? undefined : FROM_MESSAGE.find(([words]) => words.test(text))?.[1];
  const byNumber = typeof number === "number" ? FROM_NUMBER[number] : undefined;
  const fromWps = typeof number === "number";
  const code: AddinErrorCode =
    byMessage ??
    byNumber ??
    (fromWps ? "unknown" : thrown instanceof Error ? "internal" : "unknown");
  return new AddinError(code, {
    cause: thrown,
    program: WPS_PROGRAM,
    ...(fromWps ? { officeCode: `WPS 错误 ${number}` } : {}),
    ...(text !== "" ? { detail: text } : {}),
  });
}
