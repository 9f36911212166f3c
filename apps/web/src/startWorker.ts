/** The id of the page's core script (core.ts), whose text is the Worker's. */
export const CORE_SCRIPT_ID = "zsyz-core";

// One Blob URL for the page's lifetime: each run starts a fresh Worker from it (a cancelled run's
// Worker is terminated), and revoking it while a Worker may still be fetching it would race.
let url: string | null = null;

/**
 * Starts the county Worker from a Blob URL of the page's core script (core.ts): a page opened
 * from file:// may not load a worker script file, but may start one from a Blob it made itself
 * (CSP `worker-src blob:`).
 */
export function startWorker(): Worker {
  if (url === null) {
    const source = document.getElementById(CORE_SCRIPT_ID)?.textContent;
    if (!source) throw new Error(`the page has no #${CORE_SCRIPT_ID} script`);
    url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  }
  return new Worker(url);
}
