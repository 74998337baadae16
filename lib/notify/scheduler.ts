// Background work (e-mail and webhook outboxes) runs after the request that queued it, never inside it:
// a short timer after each enqueue plus a slow poll for retries that come due. Work is claimed from the
// database, so several app processes can run it at once without sending twice.
import "server-only";

type Job = () => Promise<unknown>;
const POLL_MS = 5000;
const state = globalThis as unknown as { claimdeskJobs?: Map<string, { soon?: NodeJS.Timeout; poll: NodeJS.Timeout }> };

/** Unit and data-layer tests drive the outboxes by hand, so nothing runs behind their back. */
const disabled = () => !!process.env.VITEST && process.env.CLAIMDESK_BACKGROUND !== "1";

async function run(name: string, job: Job) {
  try {
    await job();
  } catch (error) {
    console.error(`Background job ${name} failed`, error);
  }
}

export function runSoon(name: string, job: Job, delayMs = 250) {
  if (disabled()) return;
  const jobs = (state.claimdeskJobs ??= new Map());
  let entry = jobs.get(name);
  if (!entry) {
    const poll = setInterval(() => void run(name, job), POLL_MS);
    poll.unref();
    entry = { poll };
    jobs.set(name, entry);
  }
  if (entry.soon) return;
  entry.soon = setTimeout(() => {
    entry.soon = undefined;
    void run(name, job);
  }, delayMs);
  entry.soon.unref();
}
