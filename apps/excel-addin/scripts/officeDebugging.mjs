// Sideloads the add-in with office-addin-debugging (start desktop|web, stop). The tool is not a
// dependency of this repo (it does not install offline), so it runs through npx and needs network
// at dev time. Its usage-data reporting is switched off first, in its own settings file, so
// nothing is sent even by older releases that still report by default.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const [command = "start", target = "desktop"] = process.argv.slice(2);

// office-addin-usage-data keeps its opt-in/opt-out per tool group in this file.
const settingsFile = join(homedir(), "office-addin-usage-data.json");
const settings = existsSync(settingsFile)
  ? JSON.parse(readFileSync(settingsFile, "utf8") || "{}")
  : {};
settings.usageDataInstances ??= {};
for (const group of [
  "office-addin-usage-data",
  "office-addin-debugging",
  "office-addin-dev-certs",
  "office-addin-manifest",
]) {
  settings.usageDataInstances[group] = {
    ...settings.usageDataInstances[group],
    usageDataLevel: "off",
  };
}
writeFileSync(settingsFile, JSON.stringify(settings, null, 2));

const args = ["--yes", "office-addin-debugging@6", command, "manifest.xml"];
if (command === "start") {
  args.push(
    target,
    "--app",
    "excel",
    "--dev-server",
    "npm run dev",
    "--dev-server-port",
    "3000",
    "--no-debug",
  );
  // Excel on the web sideloads into a workbook you name: a OneDrive/SharePoint document URL.
  if (target === "web") {
    const documentUrl = process.env.ZSYZ_WEB_DOCUMENT;
    if (!documentUrl) {
      console.error(
        "请设置 ZSYZ_WEB_DOCUMENT 为 OneDrive/SharePoint 上一个 Excel 工作簿的网址后再运行 start:web。",
      );
      process.exit(1);
    }
    args.push("--document", documentUrl);
  }
}
const result = spawnSync("npx", args, { stdio: "inherit", shell: process.platform === "win32" });
process.exit(result.status ?? 1);
