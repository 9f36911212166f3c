/** Every reason `readXlsx` can give for not returning a workbook; part of the reader's contract. */
export const XLSX_ERROR_CODES = [
  "empty_file",
  "encrypted",
  "legacy_format",
  "not_zip",
  "corrupt_zip",
  "missing_workbook",
  "too_large",
  "part_too_large",
  "too_many_cells",
  "unsafe_xml",
  "malformed_xml",
] as const;

/** Stable code of a file `readXlsx` could not read. */
export type XlsxErrorCode = (typeof XLSX_ERROR_CODES)[number];

// Each message says what is wrong and what the user can do: the reader of these is a
// township clerk, not a developer. The first five are the CLI's long-standing wording.
/** The Chinese message of every code. */
export const XLSX_ERROR_MESSAGES: Record<XlsxErrorCode, string> = {
  empty_file: "文件是空的（0 字节），可能没有保存完整。请重新导出或向报送单位重新索取",
  encrypted:
    "文件设置了打开密码，无法读取。请在 Excel/WPS 中用密码打开后，取消密码（文件→信息→保护工作簿）再另存为 .xlsx",
  legacy_format:
    "这是旧版 Excel（.xls）或 WPS（.et）格式的文件。请在 Excel/WPS 中另存为 .xlsx 后再试",
  not_zip:
    "不是 Excel 工作簿（文件内容不是 .xlsx 格式，可能是改了扩展名的其他文件）。请用 Excel/WPS 打开确认后另存为 .xlsx",
  corrupt_zip:
    "文件已损坏，无法按 .xlsx 读取。请在 Excel/WPS 中打开并修复后另存为 .xlsx，或向报送单位重新索取",
  missing_workbook:
    "文件是压缩包，但里面没有 Excel 工作簿（缺少 workbook.xml），可能是改了扩展名的其他压缩文件或已损坏。请用 Excel/WPS 打开确认后另存为 .xlsx",
  too_large:
    "文件解压后的总大小超过上限，可能是异常或恶意构造的文件（“压缩炸弹”），已拒绝读取。请确认文件来源，在 Excel/WPS 中打开并另存为 .xlsx 后再试",
  part_too_large:
    "文件中的某个部件解压后超过大小上限，可能是异常或恶意构造的文件（“压缩炸弹”），已拒绝读取。请确认文件来源，或把数据拆分到多个工作簿后再试",
  too_many_cells:
    "工作表中的单元格数量超过上限，已拒绝读取。请删除无关的数据，或把台账拆分成多个文件后再试",
  unsafe_xml:
    "文件中含有 Excel 不会生成的 XML 声明（DOCTYPE/ENTITY），可能是恶意构造的文件，已拒绝读取。请确认文件来源，在 Excel/WPS 中打开并另存为 .xlsx 后再试",
  malformed_xml:
    "文件内容格式错误，无法按 .xlsx 读取。请在 Excel/WPS 中打开并修复后另存为 .xlsx，或向报送单位重新索取",
};
