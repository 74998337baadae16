// Progress for long CLI work: count, rate and time remaining, one line per step on stderr so
// stdout stays the command's result.

export type Progress = {
  step: (label?: string) => void;
  /** Sets the count (batches of rows); prints at most once a second, and at the end. */
  at: (done: number, label?: string) => void;
  done: () => void;
};

export function formatProgress(done: number, total: number, elapsedMs: number, label = ""): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const remaining = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const pct = total ? Math.floor((done / total) * 100) : 100;
  const eta = remaining === null ? "" : ` · ${formatSeconds(remaining)} left`;
  return `[${done}/${total}] ${pct}% · ${rate.toFixed(rate < 10 ? 1 : 0)}/s${eta}${label ? ` · ${label}` : ""}`;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m ${seconds % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}

/** Reports each step through `write`; silent for a single item, where a result line says it all. */
export function progress(total: number, write: (line: string) => void, now = () => Date.now()): Progress {
  const started = now();
  let done = 0;
  let printed = -Infinity;
  return {
    step(label) {
      done++;
      if (total > 1) write(formatProgress(done, total, now() - started, label));
    },
    at(count, label) {
      done = count;
      if (total <= 1 || (now() - printed < 1000 && done < total)) return;
      printed = now();
      write(formatProgress(done, total, now() - started, label));
    },
    done() {
      if (total > 1) write(`Done: ${done} of ${total} in ${formatSeconds(Math.round((now() - started) / 1000))}.`);
    },
  };
}
