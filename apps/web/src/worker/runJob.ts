import {
  buildSummaryJson,
  type CountyRun,
  describeHeadline,
  type PreviousSummaryInput,
  runCounty,
  type WorkbookSource,
} from "@zsyz/county";
import { isTargetTable, TARGET_NAME } from "./findTargetTable.js";
import type { Job, JobInput, RunView } from "./protocol.js";
import { readInput } from "./readInput.js";

/** Progress of a run: `done` of `total` files read, `file` the one being read now. */
export type OnProgress = (done: number, total: number, file: string) => void;

/** A finished run: the pipeline's own result (kept in the Worker to write) and what the page shows. */
export interface JobResult {
  run: CountyRun;
  view: RunView;
}

/**
 * The county job as the page runs it, inside the Worker: finds the 任务分解表 (chosen, or by its
 * headers), reads the ledgers one file at a time (memory holds one grid, as in the CLI) and
 * hands them to `runCounty` with the page's settings. A target table found only among the ledgers (a name that does not
 * say 任务/目标) is held back and the run repeated with it, so it is never counted as a ledger.
 */
export async function runJob(job: Job, onProgress: OnProgress): Promise<JobResult> {
  let targets: { input: JobInput; source: WorkbookSource } | null = null;
  let found: RunView["targetsFound"] = "none";
  if (job.targets.mode === "file") {
    const name = job.targets.name;
    const input = job.inputs.find((i) => i.name === name);
    if (input) {
      targets = { input, source: await readInput(input) };
      found = "chosen";
    }
  } else if (job.targets.mode === "auto") {
    for (const input of job.inputs.filter((i) => TARGET_NAME.test(i.name))) {
      const source = await readInput(input);
      if ("workbook" in source && isTargetTable(source.workbook)) {
        targets = { input, source };
        found = "headers";
        break;
      }
    }
  }
  const searching = job.targets.mode === "auto" && targets === null;
  let late: { input: JobInput; source: WorkbookSource } | null = null;

  const previous = job.previous ? await readPrevious(job.previous) : undefined;
  const run = async (): Promise<CountyRun> => {
    const ledgers = job.inputs.filter((i) => i !== targets?.input);
    async function* sources(): AsyncGenerator<WorkbookSource> {
      for (const [i, input] of ledgers.entries()) {
        onProgress(i, ledgers.length, input.name);
        const source = await readInput(input);
        if (searching && late === null && "workbook" in source && isTargetTable(source.workbook)) {
          late = { input, source };
          continue;
        }
        yield source;
      }
      onProgress(ledgers.length, ledgers.length, "");
    }
    return runCounty({
      ledgers: sources(),
      targets: targets?.source ?? null,
      asOf: job.asOf,
      settings: job.settings,
      lazyDetail: true,
      ...(previous ? { previous } : {}),
    });
  };

  let result = await run();
  if (late !== null) {
    // Rare (a target table named like a ledger): read again with it as the target table.
    targets = late;
    found = "headers";
    result = await run();
  }
  return {
    run: result,
    view: {
      asOf: job.asOf,
      targetsFile: targets?.input.name ?? null,
      targetsFound: found,
      ruleSheets: result.ruleSheets,
      files: result.files,
      rows: result.rows,
      issues: result.issues,
      paragraphs: result.paragraphs,
      sheets: result.plan.sheets.map((s) => s.name),
      headline: describeHeadline(result.results, job.settings),
      previousFile: job.previous?.name ?? null,
      // Text made here, so the page neither clones nor stringifies a county's issues itself.
      summary: new Blob([`${JSON.stringify(buildSummaryJson(result, job.asOf), null, 2)}\n`], {
        type: "application/json",
      }),
    },
  };
}

/**
 * The 上期汇总 file's text for the pipeline, which checks it (our JSON, same county, an
 * earlier date) and says in 问题清单 why it was not used, as for a file the browser cannot
 * read any more; the run goes on without comparison.
 */
async function readPrevious(previous: { name: string; file: Blob }): Promise<PreviousSummaryInput> {
  try {
    return { file: previous.name, text: await previous.file.text() };
  } catch {
    return {
      file: previous.name,
      failure: "浏览器无法再读取该文件（可能已被移动或删除），请重新选择",
    };
  }
}
