// CPU time (user + system) used so far by a process and all its descendants, from Linux's /proc: the
// benchmark divides it by the requests served, a figure that moves less with other load on the machine
// than latency does. Null where /proc is not there.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux the project runs on

function stat(pid: number) {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces.
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Milliseconds of CPU used by `root` and its descendants (those still running). */
export function processTreeCpuMs(root: number): number | null {
  if (!stat(root)) return null;
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    const s = Number.isInteger(pid) ? stat(pid) : null;
    if (s) parents.set(pid, s.ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  let ticks = 0;
  for (const pid of parents.keys()) if (inTree(pid)) ticks += stat(pid)?.ticks ?? 0;
  return (ticks * 1000) / TICKS_PER_SECOND;
}
