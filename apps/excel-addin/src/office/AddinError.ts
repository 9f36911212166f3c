/**
 * What went wrong, in the words the pane shows: a short title and what the user can do about it.
 * "{程序}" stands for the spreadsheet program the pane runs in ("Excel", "WPS 表格").
 */
const ADDIN_ERRORS = {
  sheet_protected: {
    title: "工作表受保护，无法修改",
    action: "请在「审阅」选项卡中点击「撤消工作表保护」（如有密码请向制表人索取）后再试。",
  },
  edit_mode: {
    title: "{程序}正在编辑单元格",
    action: "请按 Enter 或 Esc 结束单元格编辑，然后再点一次按钮。",
  },
  api_not_supported: {
    title: "当前 Excel 版本不支持这项功能",
    action: "请升级到 Microsoft 365 或 Excel 2021 及以上版本；也可以用命令行工具 zsyz 校验台账。",
  },
  not_in_wps: {
    title: "WPS 版暂不支持这项功能",
    action: "请在 Excel 中使用这项功能，或用离线网页版「招商台账助手.html」。",
  },
  workbook_protected: {
    title: "工作簿受保护，不能添加工作表",
    action:
      "请在「审阅」选项卡中点击「保护工作簿」取消保护（如有密码请向制表人索取）后再试；这次没有写入任何内容。",
  },
  item_not_found: {
    title: "找不到要操作的工作表或单元格",
    action: "工作表可能已被删除或改名。请点击「刷新」更新工作表列表后重试。",
  },
  workbook_switched: {
    title: "当前工作簿已切换",
    action:
      "窗格里的工作表、设置和结果属于原来的工作簿，这次没有改动任何工作簿。请切换回原来的工作簿，或点下面的按钮改为处理当前工作簿。",
  },
  workbook_gone: {
    title: "原来的工作簿已关闭或已另存",
    action:
      "这次没有改动任何工作簿。请点下面的按钮改为处理当前工作簿；标记、设置和汇总表随文件保存，另存后的文件里都还在，校验结果需要重新校验。",
  },
  no_workbook: {
    title: "没有打开的工作簿",
    action: "请先打开台账所在的工作簿，或新建一个工作簿，再点一次按钮。",
  },
  no_cell_selected: {
    title: "没有选中可写入的单元格",
    action:
      "请在工作表中只点一下要写入的那个单元格（不要选中多块区域、图表或图片），再点一次按钮。",
  },
  item_exists: {
    title: "同名的工作表或表格已存在",
    action: "请换一个名称，或先删除、改名原有的工作表后重试。",
  },
  invalid_operation: {
    title: "{程序}拒绝了这项操作",
    action: "请关闭{程序}中打开的对话框，取消筛选，检查是否与合并单元格或其他表格重叠，然后重试。",
  },
  invalid_argument: {
    title: "{程序}不接受写入的内容",
    action: "这通常是加载项的问题。请把下面的错误详情发给技术人员。",
  },
  payload_too_large: {
    title: "数据量超过 Excel 单次传输上限",
    action: "请把台账拆成几个较小的工作表（例如按乡镇分表）后再试，或使用命令行工具 zsyz。",
  },
  busy: {
    title: "{程序}正忙或文件正被他人编辑",
    action: "请稍等几秒后重试；如果文件在共享编辑中，请等待同步完成。",
  },
  clipboard_blocked: {
    title: "无法复制到剪贴板",
    action: "{程序}不允许窗格写入剪贴板。请在窗格中选中这段文字，按 Ctrl+C 复制。",
  },
  internal: {
    title: "加载项内部错误",
    action: "请把下面的错误详情发给技术人员，并注明当时点击的按钮。",
  },
  unknown: {
    title: "{程序}返回了未知错误",
    action: "请重试；如果仍然出错，请把下面的错误详情发给技术人员。",
  },
} as const satisfies Record<string, { title: string; action: string }>;

/** Stable code of an error the pane shows. */
export type AddinErrorCode = keyof typeof ADDIN_ERRORS;

/** Something the user can do about an error from the error bar: a button's label and its action. */
export interface AddinRemedy {
  label: string;
  run(): void;
}

// Office.js error codes (OfficeExtension.Error.code / Excel.ErrorCodes) and what they mean to staff.
const FROM_OFFICE_CODE: Readonly<Record<string, AddinErrorCode>> = {
  AccessDenied: "sheet_protected",
  InvalidOperationInCellEditMode: "edit_mode",
  ApiNotFound: "api_not_supported",
  NotImplemented: "api_not_supported",
  UnsupportedFeature: "api_not_supported",
  UnsupportedOperation: "api_not_supported",
  ItemNotFound: "item_not_found",
  InvalidReference: "item_not_found",
  ItemAlreadyExists: "item_exists",
  InvalidOperation: "invalid_operation",
  // getSelectedRange() refuses a selection of several areas; only 插入到当前单元格 reads it.
  InvalidSelection: "no_cell_selected",
  MergedRangeConflict: "invalid_operation",
  FilteredRangeConflict: "invalid_operation",
  InsertDeleteConflict: "invalid_operation",
  NonBlankCellOffSheet: "invalid_operation",
  InvalidArgument: "invalid_argument",
  RequestPayloadSizeLimitExceeded: "payload_too_large",
  ResponsePayloadSizeLimitExceeded: "payload_too_large",
  OperationCellsExceedLimit: "payload_too_large",
  RangeExceedsLimit: "payload_too_large",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  RequestAborted: "busy",
  PropertyNotLoaded: "internal",
  ValueNotLoaded: "internal",
  InvalidObjectPath: "internal",
  InvalidRequestContext: "internal",
  RunMustReturnPromise: "internal",
};

/** The one error class of the add-in: a code with a Chinese title and action, keeping the cause. */
export class AddinError extends Error {
  override readonly name = "AddinError";
  readonly code: AddinErrorCode;
  /** Office.js error code when Excel raised it ("AccessDenied"). */
  readonly officeCode: string | undefined;
  /** Where Excel says it failed ("Range.values"), for the details line. */
  readonly location: string | undefined;
  /** The program that raised it, as the messages name it ("Excel" unless said). */
  readonly program: string;
  /** A button the error bar offers, when the pane can put the matter right itself. */
  readonly remedy: AddinRemedy | undefined;

  constructor(
    code: AddinErrorCode,
    options: {
      cause?: unknown;
      officeCode?: string;
      location?: string;
      detail?: string;
      program?: string;
      remedy?: AddinRemedy;
    } = {},
  ) {
    const program = options.program ?? "Excel";
    super(options.detail ?? nameProgram(ADDIN_ERRORS[code].title, program), {
      cause: options.cause,
    });
    this.code = code;
    this.officeCode = options.officeCode;
    this.location = options.location;
    this.program = program;
    this.remedy = options.remedy;
  }

  /** Short Chinese title. */
  get title(): string {
    return nameProgram(ADDIN_ERRORS[this.code].title, this.program);
  }

  /** What the user should do, in Chinese. */
  get action(): string {
    return nameProgram(ADDIN_ERRORS[this.code].action, this.program);
  }
}

/**
 * "{程序}正忙" → "Excel 正忙", "请关闭{程序}中" → "请关闭 WPS 表格中": a space between a Latin
 * word and Chinese, as the pane writes them, none at either end.
 */
function nameProgram(text: string, program: string): string {
  const before = /^[A-Za-z]/.test(program) ? " " : "";
  const after = /[A-Za-z]$/.test(program) ? " " : "";
  return text.replace(/\{程序\}/g, `${before}${program}${after}`).trim();
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Normalises anything thrown by Excel or by us into an AddinError; never drops the original. */
export function toAddinError(thrown: unknown): AddinError {
  if (thrown instanceof AddinError) return thrown;
  const officeCode = field(thrown, "code");
  const debugInfo = field(thrown, "debugInfo");
  const location = field(debugInfo, "errorLocation");
  const message = field(thrown, "message");
  if (typeof officeCode === "string") {
    return new AddinError(FROM_OFFICE_CODE[officeCode] ?? "unknown", {
      cause: thrown,
      officeCode,
      ...(typeof location === "string" && location !== "" ? { location } : {}),
      ...(typeof message === "string" ? { detail: message } : {}),
    });
  }
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return new AddinError(thrown instanceof Error ? "internal" : "unknown", {
    cause: thrown,
    detail,
  });
}
