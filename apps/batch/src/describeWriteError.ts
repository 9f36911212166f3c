/**
 * What a failed write means to a user, from Node's error code: never the code itself
 * (EISDIR, ENOSPC… mean nothing to a county office).
 * @example describeWriteError("EISDIR") === "这是一个已有的文件夹，不能作为输出文件。请换一个文件名。"
 */
export function describeWriteError(code: string | undefined): string {
  switch (code) {
    case "EBUSY":
    case "EPERM":
    case "EACCES":
      return "文件被占用（可能正在 Excel/WPS 中打开）或没有写入权限。请关闭后重试。";
    case "ENOENT":
    case "ENOTDIR":
      return "所在文件夹不存在。请先创建文件夹或换一个路径。";
    case "EISDIR":
      return "这是一个已有的文件夹，不能作为输出文件。请换一个文件名。";
    case "ENOSPC":
    case "EDQUOT":
      return "磁盘空间不足。请清理磁盘或换一个位置保存。";
    case "EROFS":
      return "该位置只读（如光盘或只读共享），无法保存。请换一个位置。";
    case "ENAMETOOLONG":
      return "文件名或路径太长。请换一个较短的路径。";
    default:
      return "保存失败（可能是网络盘断开或磁盘出错）。请换一个位置重试。";
  }
}
