import type * as FsPromises from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { findInputs } from "./findInputs.js";
import { UsageError } from "./UsageError.js";

// Tests run as root here, where permissions never deny a read: the denial is simulated.
vi.mock("node:fs/promises", async (original) => ({
  ...(await original<typeof FsPromises>()),
  readdir: () =>
    Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" })),
}));

describe("findInputs() on a folder it may not list", () => {
  it("says which folder, in Chinese, without the raw error code", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-unreadable-"));
    const found = findInputs([dir]);
    await expect(found).rejects.toThrowError(UsageError);
    await expect(found).rejects.toThrowError(`无法读取文件夹 ${dir}：没有读取权限`);
    await expect(found).rejects.not.toThrowError(/EACCES/);
  });
});
