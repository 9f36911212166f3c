/**
 * What a failed read means to a user, from Node's error code: never the code itself. Worded
 * as a ledger's read errors are, without the closing "。" (the caller's sentence goes on).
 * @example describeReadError("ENOENT") === "文件不存在（可能已被移动或删除）。请检查路径"
 */
export function describeReadError(code: string | undefined): string {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "文件不存在（可能已被移动或删除）。请检查路径";
    case "EACCES":
    case "EPERM":
      return "没有读取该文件的权限。请检查文件权限";
    case "EBUSY":
      return "文件正被其他程序占用（可能正在写入，或在 Excel/WPS 中打开）。请等它保存完毕或关闭后再试";
    case "EISDIR":
      return "这是一个文件夹，不是文件。请给出文件本身";
    case "ENAMETOOLONG":
      return "文件名或路径太长。请把文件移到较短的路径下再试";
    default:
      // An I/O error of the disk or a network share: the code would mean nothing to staff.
      return "无法读取文件（磁盘或网络盘出错）。请把文件复制到本机后再试";
  }
}
