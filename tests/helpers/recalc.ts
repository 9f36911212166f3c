import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

// A throwaway LibreOffice profile that recalculates every formula on load
// (OOXMLRecalcMode 0 = always), so cached values in the file are never trusted.
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recalculates an .xlsx in headless LibreOffice (an independent spreadsheet engine)
 * and returns the path of the recalculated copy; the input is left untouched.
 */
export async function recalcWithLibreOffice(path: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "zsyz-lo-"));
  await mkdir(join(dir, "profile/user"), { recursive: true });
  await writeFile(join(dir, "profile/user/registrymodifications.xcu"), REGISTRY);
  const out = join(dir, "out");
  await run(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      path,
    ],
    { timeout: 180_000 },
  );
  const produced = (await readdir(out)).find((f) => f === basename(path) || f.endsWith(".xlsx"));
  if (!produced) throw new Error(`LibreOffice produced no output for ${path}`);
  return join(out, produced);
}
