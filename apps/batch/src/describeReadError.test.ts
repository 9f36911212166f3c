import { describe, expect, it } from "vitest";
import { describeReadError } from "./describeReadError.js";

describe("describeReadError()", () => {
  it.each([
    ["ENOENT", "文件不存在"],
    ["EACCES", "没有读取该文件的权限"],
    ["EPERM", "没有读取该文件的权限"],
    ["EBUSY", "正被其他程序占用"],
    ["EISDIR", "文件夹"],
    ["EIO", "磁盘或网络盘出错"],
    [undefined, "磁盘或网络盘出错"],
  ])("says what %s means in Chinese and what to do, without the code", (code, text) => {
    const message = describeReadError(code);
    expect(message).toContain(text);
    expect(message).toMatch(/。请[^。]+$/);
    expect(message).not.toMatch(/\bE[A-Z]{2,}\b/);
  });
});
