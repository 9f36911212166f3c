/** What one button left out because this WPS build refused it. */
export interface LeftOut {
  /** The button, as the pane names it ("一键计算"). */
  action: string;
  /** One Chinese line per part left out. */
  notes: readonly string[];
}

/**
 * Where the WPS host posts the parts a write left out (partNotes.ts), for the notice
 * under the pane (WpsPartsNotice.tsx): the pane's own result types carry no such notes, and a
 * part left out silently would look like a bug to the user. Each write replaces the last post.
 */
export interface PartsBoard {
  current(): LeftOut | null;
  post(action: string, notes: readonly string[] | undefined): void;
  dismiss(): void;
  subscribe(listener: () => void): () => void;
}

/** An empty board. */
export function createPartsBoard(): PartsBoard {
  let posted: LeftOut | null = null;
  const listeners = new Set<() => void>();
  const set = (next: LeftOut | null) => {
    posted = next;
    for (const listener of listeners) listener();
  };
  return {
    current: () => posted,
    post: (action, notes) => set(notes && notes.length > 0 ? { action, notes } : null),
    dismiss: () => set(null),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
