import { useCallback, useState } from "react";
import type { AddinError } from "../office/AddinError.js";
import { toAddinError } from "../office/AddinError.js";

/** The one action running (its Chinese label), the last error, and a runner that catches into them. */
export interface Task {
  busy: string | null;
  error: AddinError | null;
  run<T>(label: string, action: () => Promise<T>): Promise<T | undefined>;
  dismissError(): void;
}

/** Runs pane actions one at a time; every failure is shown to the user and logged, never dropped. */
export function useTask(): Task {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AddinError | null>(null);
  const run = useCallback(
    async <T>(label: string, action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(label);
      setError(null);
      try {
        return await action();
      } catch (e) {
        const failure = toAddinError(e);
        // Shown in the pane; the console keeps the original with its stack for whoever debugs it.
        console.error(failure, failure.cause);
        setError(failure);
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [],
  );
  const dismissError = useCallback(() => setError(null), []);
  return { busy, error, run, dismissError };
}
