// The page's own script text, for the Worker: the same script serves runs when it finds no
// document (main.tsx). Kept when the script starts, the only time it is document.currentScript.
let ownSource: string | null = null;

// One Blob URL for the page's lifetime: each run starts a fresh Worker from it (a cancelled run's
// Worker is terminated), and revoking it while a Worker may still be fetching it would race.
let url: string | null = null;

/** Keeps the page's script text (document.currentScript's) to start Workers from. */
export function keepOwnSource(source: string | null): void {
  ownSource = source;
}

/**
 * Starts the county Worker from a Blob URL of the page's own script: a page opened from file://
 * may not load a worker script file, but may start one from a Blob it made itself (CSP
 * `worker-src blob:`).
 */
export function startWorker(): Worker {
  if (ownSource === null) throw new Error("the page's script text was not kept at start");
  url ??= URL.createObjectURL(new Blob([ownSource], { type: "text/javascript" }));
  return new Worker(url);
}
