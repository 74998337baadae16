// Where a page's main thread spent its time, from a Chromium trace (Playwright's browser.startTracing):
// self time per trace event name (ParseHTML, EvaluateScript, FunctionCall, Layout…) on the renderer's
// main thread between navigation start and a user-timing mark, largest first, and the longest tasks.

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: {
    name?: string;
    data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number; type?: string };
  };
};

export type TimeSpent = { name: string; ms: number };

/** `markAt`: the mark's time after navigation start (performance.mark(…).startTime), which dates the start. */
export function mainThreadTime(
  traceJson: string,
  untilMark: string,
  markAt: number,
  /** Tasks at least this long are listed (with when they started and what most of them was). */
  longTaskMs = 50,
): { total: number; busy: number; parts: TimeSpent[]; longTasks: Array<{ at: number; ms: number; top: string }> } {
  const { traceEvents } = JSON.parse(traceJson) as { traceEvents: TraceEvent[] };
  const mark = traceEvents.find((e) => e.name === untilMark && e.cat?.includes("user_timing"));
  if (!mark) throw new Error(`No "${untilMark}" mark in the trace.`);
  // The mark was made on the page's main thread; its navigation start is the last one before it.
  const main = { pid: mark.pid, tid: mark.tid };
  const start = mark.ts - markAt * 1000;
  const complete = traceEvents
    .filter((e) => e.ph === "X" && e.pid === main.pid && e.tid === main.tid && e.ts >= start && e.ts < mark.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time: an event's duration less that of the events nested directly inside it.
  const self = new Map<string, number>();
  const longTasks: Array<{ at: number; ms: number; top: string }> = [];
  const taskSelf = new Map<string, number>();
  const stack: Array<{ name: string; end: number; children: number; dur: number }> = [];
  // What started each task: its first function call (script, line, column) or event.
  let taskStart = "";
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const done = stack.pop()!;
      self.set(done.name, (self.get(done.name) ?? 0) + done.dur - done.children);
      taskSelf.set(done.name, (taskSelf.get(done.name) ?? 0) + done.dur - done.children);
      if (!stack.length) {
        // A task: when it started, how long it ran and what most of it was.
        const top = [...taskSelf.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? done.name;
        if (done.dur >= longTaskMs * 1000)
          longTasks.push({ at: (done.end - done.dur - start) / 1000, ms: done.dur / 1000, top: `${top}${taskStart}` });
        taskSelf.clear();
        taskStart = "";
      }
      if (stack.length) stack[stack.length - 1].children += done.dur;
    }
  };
  for (const e of complete) {
    close(e.ts);
    const dur = Math.min(e.dur ?? 0, mark.ts - e.ts);
    const data = e.args?.data;
    if (!taskStart && (e.name === "FunctionCall" || e.name === "EventDispatch") && data)
      taskStart = ` (${data.type ?? `${data.functionName || "anonymous"} ${data.url?.split("/").pop() ?? ""}:${data.lineNumber ?? ""}:${data.columnNumber ?? ""}`})`;
    stack.push({ name: e.name, end: e.ts + dur, children: 0, dur });
  }
  close(Infinity);
  const busy = [...self.values()].reduce((sum, us) => sum + us, 0) / 1000;
  const parts = [...self.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .filter((p) => p.ms >= 1)
    .sort((a, b) => b.ms - a.ms);
  return { total: (mark.ts - start) / 1000, busy, parts, longTasks };
}

type CpuProfile = {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }>;
  samples?: number[];
  timeDeltas?: number[];
};

/** Self time per JavaScript function in a V8 CPU profile (CDP Profiler.stop), largest first. */
export function functionTime(profile: CpuProfile): TimeSpent[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split("/").pop() || "(native)";
    const name = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0));
  });
  return [...self.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .filter((p) => p.ms >= 5)
    .sort((a, b) => b.ms - a.ms);
}
