// The WPS 加载项 as files: the folder WPS loads (online, served from an intranet address, or
// copied into jsaddons) and the offline package, a .7z of that folder as `wpsjs build` makes it
// (wpsjs copies the add-in into wps-addon-build/<name>_<version>/ and packs that folder into
// <name>.7z with 7-Zip). We pack with 7z-wasm (7-Zip compiled to WebAssembly): no native binary,
// so the build is the same on Windows, Linux and in CI.
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import SevenZip from "7z-wasm";

/** The add-in's name and version: the folder is name_version, as wpsjs names it. */
export const WPS_ADDIN = { name: "zsyz", version: "1.0.0" } as const;
/** "zsyz_1.0.0". */
export const WPS_FOLDER = `${WPS_ADDIN.name}_${WPS_ADDIN.version}`;

/** Where the pieces come from and where the add-in goes. */
export interface WpsPackageOptions {
  /** apps/excel-addin/ */
  app: string;
  /** The production build (vite build): wps.html and assets/. */
  dist: string;
  /** The output folder (dist-wps/): replaced as a whole. */
  out: string;
}

/** What was written. */
export interface WpsPackage {
  folder: string;
  archive: string;
  examples: string;
}

/**
 * Assembles dist-wps/: zsyz_1.0.0/ (ribbon.xml, main.js, index.html, images/, the pane in
 * taskpane/), zsyz.7z holding that folder, the install scripts that copy both into a user's
 * jsaddons folder and register them (install-windows.cmd/.ps1, install-linux.sh), and examples/
 * (publish.xml, jsplugins.xml, oem.ini).
 */
export async function buildWpsPackage(options: WpsPackageOptions): Promise<WpsPackage> {
  const { app, dist, out } = options;
  if (!existsSync(resolve(dist, "wps.html")))
    throw new Error(
      `没有找到 ${resolve(dist, "wps.html")}：请先运行 vite build（npm run build:wps 会先构建）。`,
    );
  rmSync(out, { recursive: true, force: true });
  const folder = resolve(out, WPS_FOLDER);
  mkdirSync(resolve(folder, "images"), { recursive: true });
  for (const file of ["ribbon.xml", "main.js", "index.html"])
    cpSync(resolve(app, "wps-addin", file), resolve(folder, file));
  cpSync(resolve(app, "public/assets/icon-32.png"), resolve(folder, "images/zsyz.png"));
  // The pane: wps.html and the bundle it shares with the Excel pane.
  mkdirSync(resolve(folder, "taskpane"), { recursive: true });
  cpSync(resolve(dist, "wps.html"), resolve(folder, "taskpane/wps.html"));
  cpSync(resolve(dist, "assets"), resolve(folder, "taskpane/assets"), { recursive: true });
  const examples = resolve(out, "examples");
  cpSync(resolve(app, "wps-addin/examples"), examples, { recursive: true });
  // The install scripts sit beside zsyz.7z and the folder they copy into jsaddons.
  cpSync(resolve(app, "wps-addin/install"), out, { recursive: true });
  const archive = resolve(out, `${WPS_ADDIN.name}.7z`);
  await pack7z(folder, archive);
  return { folder, archive, examples };
}

/** Runs 7-Zip (WASM) with the real folder `root` mounted as its working directory; returns its output. */
async function run7z(root: string, args: string[]): Promise<string> {
  const lines: string[] = [];
  const errors: string[] = [];
  const sevenZip = await SevenZip({
    print: (line: string) => void lines.push(line),
    printErr: (line: string) => void errors.push(line),
  });
  const mount = "/work";
  sevenZip.FS.mkdir(mount);
  sevenZip.FS.mount(sevenZip.NODEFS, { root }, mount);
  sevenZip.FS.chdir(mount);
  try {
    sevenZip.callMain(args);
  } catch (e) {
    // Emscripten reports a nonzero exit by throwing ExitStatus; 7-Zip's message is on stderr.
    throw new Error(`7-Zip ${args[0]} failed: ${errors.join("\n") || String(e)}`, { cause: e });
  }
  if (errors.some((l) => /ERROR/i.test(l)))
    throw new Error(`7-Zip ${args[0]}: ${errors.join("\n")}`);
  return lines.join("\n");
}

/** Packs `folder` into `archive` (.7z) with the folder itself as the archive's top entry. */
export async function pack7z(folder: string, archive: string): Promise<void> {
  const root = dirname(folder);
  if (dirname(archive) !== root) throw new Error("the archive goes beside the folder it packs");
  rmSync(archive, { force: true });
  await run7z(root, ["a", "-t7z", "-mx=9", basename(archive), basename(folder)]);
  // 7-Zip leaves nothing behind on success; make sure something was written.
  if (!existsSync(archive)) throw new Error(`7-Zip wrote no ${archive}`);
}

/** The file paths inside a .7z ("zsyz_1.0.0/ribbon.xml"), folders left out. */
export async function list7z(archive: string): Promise<string[]> {
  const out = await run7z(dirname(archive), ["l", "-slt", basename(archive)]);
  const files: string[] = [];
  let path: string | null = null;
  for (const line of out.split("\n")) {
    if (line.startsWith("Path = ")) path = line.slice(7).replace(/\\/g, "/");
    else if (line.startsWith("Attributes = ") && path !== null) {
      if (!line.includes("D")) files.push(path);
      path = null;
    }
  }
  // The first "Path = " block describes the archive itself; it has no Attributes line.
  return files.filter((f) => f !== basename(archive));
}

/** Extracts a .7z into a folder of that name beside it (for tests that read the packed files); returns its path. */
export async function extract7z(archive: string, folderName: string): Promise<string> {
  if (!/^[\w.-]+$/.test(folderName)) throw new Error(`not a plain folder name: ${folderName}`);
  await run7z(dirname(archive), ["x", "-y", basename(archive), `-o${folderName}`]);
  return resolve(dirname(archive), folderName);
}
