// Retry schedule for webhook deliveries (Standard Webhooks suggests exponential backoff). Pure.
const DELAYS_SECONDS = [5, 30, 120, 600, 1800, 7200];

/** Total tries, the first one included. */
export const MAX_ATTEMPTS = DELAYS_SECONDS.length + 1;

/** When to try again after `attempts` failed tries, or null to give up. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + DELAYS_SECONDS[attempts - 1] * 1000);
}
