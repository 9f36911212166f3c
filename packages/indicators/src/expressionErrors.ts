/** Every reason a custom indicator is refused; stable codes for the add-in and the CLI. */
export const EXPRESSION_ERROR_CODES = [
  "indicator_key_invalid",
  "indicator_key_taken",
  "indicator_name_empty",
  "expression_empty",
  "expression_too_long",
  "expression_syntax",
  "expression_forbidden_node",
  "expression_forbidden_function",
  "expression_forbidden_operator",
  "expression_bad_constant",
  "expression_bad_exponent",
  "expression_bad_arguments",
  "expression_unknown_symbol",
] as const;

/** Code of a refused custom indicator. */
export type ExpressionErrorCode = (typeof EXPRESSION_ERROR_CODES)[number];

/** A refused custom indicator: code, what was wrong in it, and a Chinese message saying what to do. */
export interface ExpressionError {
  code: ExpressionErrorCode;
  /** The offending part ("import", "amt_signd", "AssignmentNode"), or "" . */
  detail: string;
  message: string;
}

const q = (s: string): string => `“${s}”`;
const ALLOWED =
  "只能使用数字、指标名称、+ - * / ^、比较（< > <= >= == !=）、and/or/not、条件（条件 ? 值1 : 值2）和 abs、min、max、round 函数";

const NODE_NAMES: Record<string, string> = {
  AssignmentNode: "赋值（“=”）；判断相等请写“==”",
  FunctionAssignmentNode: "定义函数",
  AccessorNode: "取属性或下标（“.”“[ ]”）",
  IndexNode: "取下标（“[ ]”）",
  ArrayNode: "数组（“[ ]”）",
  ObjectNode: "对象（“{ }”）",
  RangeNode: "区间（“:”）",
  BlockNode: "多条语句（“;”或换行）",
  StringConstant: "文字（引号中的内容）",
  RelationalNode: "连续比较（如 a < b < c）",
};

/**
 * The Chinese message of every code, given the offending part. Staff write expressions over
 * the indicators' Chinese names, so the examples are names, never keys.
 */
export const EXPRESSION_MESSAGES: Record<ExpressionErrorCode, (detail: string) => string> = {
  indicator_key_invalid: (d) =>
    `指标代码${q(d)}不合规：只能由小写英文字母、数字和下划线组成，以字母开头，最长40个字符（如 arrival_rate_all）。`,
  indicator_key_taken: (d) => `指标代码${q(d)}已被占用（已有同名指标或汇总量）。请换一个代码。`,
  indicator_name_empty: () => `请填写指标的中文名称（如“综合到位率”）。`,
  expression_empty: () => `表达式为空。请填写计算公式，如“新签约项目到位资金 / 签约资金”。`,
  expression_too_long: () => `表达式过长。请简化公式（不超过500个字符）。`,
  expression_syntax: (d) =>
    `表达式写法有误${d ? `（第${d}个字符附近）` : ""}。请检查括号是否成对、运算符前后是否都有数值。`,
  expression_forbidden_node: (d) => `表达式中不允许使用${NODE_NAMES[d] ?? q(d)}。${ALLOWED}。`,
  expression_forbidden_function: (d) => `不允许调用函数${q(d)}。${ALLOWED}。`,
  expression_forbidden_operator: (d) => `不支持运算符${q(d)}。${ALLOWED}。`,
  expression_bad_constant: (d) =>
    `数值${q(d)}超出允许范围（绝对值须小于10的15次方）。请改用合理的数值，文字请不要写进公式。`,
  expression_bad_exponent: () => `乘方（^）的指数只能是 -10 到 10 之间的整数常数。`,
  expression_bad_arguments: (d) =>
    `函数${q(d)}的参数不对：abs 只能有1个参数；round 为 round(值) 或 round(值, 0到10的小数位数)；min、max 需1到30个参数。`,
  expression_unknown_symbol: (d) =>
    `${q(d)}不是已知的指标。请写指标的中文名称，如“签约项目数”“签约资金”“新签约项目到位资金”“年度签约资金任务”“签约资金完成率”“时序进度”。`,
};

/** Builds the error value of a code. */
export function makeExpressionError(code: ExpressionErrorCode, detail = ""): ExpressionError {
  return { code, detail, message: EXPRESSION_MESSAGES[code](detail) };
}
