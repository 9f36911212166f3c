/** The Worker bundle, inlined as text by scripts/build.mjs. */
declare const __ZSYZ_WORKER_SOURCE__: string;

// One Blob URL for the page's lifetime: each run starts a fresh Worker from it (a cancelled run's
// Worker is terminated), and revoking it while a Worker may still be fetching it would race.
let url: string | null = null;

/**
 * Starts the county Worker from a Blob URL: a page opened from file:// may not load a worker
 * script file, but may start one from a Blob it made itself (CSP `worker-src blob:`).
 */
export function startWorker(): Worker {
  url ??= URL.createObjectURL(new Blob([__ZSYZ_WORKER_SOURCE__], { type: "text/javascript" }));
  return new Worker(url);
}
