// Sign-in backoff with rate-limiter-flexible on the app's own database (docs/decisions/0012).
// Failures count per client address AND account, so guessing from one address slows only that
// address; a second, looser limit per address slows spraying across many accounts.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";

export const LOGIN_LIMITS = {
  /** Wrong passwords for one account from one address before that pair waits. */
  perAddressAndAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Wrong passwords from one address across all accounts before that address waits. */
  perAddress: { points: 100, duration: 24 * 60 * 60, blockDuration: 60 * 60 },
} as const;

type Limiters = { pair: RateLimiterPrisma; address: RateLimiterPrisma };
const limitersByDb = new WeakMap<Db, Limiters>();

function limitersFor(db: Db): Limiters {
  let limiters = limitersByDb.get(db);
  if (!limiters) {
    const common = { storeClient: db, tableName: "loginThrottle", clearExpiredByTimeout: true };
    limiters = {
      pair: new RateLimiterPrisma({ ...common, keyPrefix: "login-pair", ...LOGIN_LIMITS.perAddressAndAccount }),
      address: new RateLimiterPrisma({ ...common, keyPrefix: "login-address", ...LOGIN_LIMITS.perAddress }),
    };
    limitersByDb.set(db, limiters);
  }
  return limiters;
}

/** A refusal from the limiter (the store's own errors are real errors and propagate). */
const isLimited = (e: unknown): e is RateLimiterRes => e instanceof RateLimiterRes;

/**
 * Counts one attempt BEFORE the password is checked, in one atomic database increment per key, so
 * parallel guesses are counted exactly like sequential ones. Returns false while backoff applies.
 */
export async function claimLoginAttempt(db: Db, address: string, account: string): Promise<boolean> {
  const { pair, address: byAddress } = limitersFor(db);
  try {
    await pair.consume(`${address}|${account}`);
    await byAddress.consume(address);
    return true;
  } catch (e) {
    if (isLimited(e)) return false;
    throw e;
  }
}

/** A right password clears the pair's failures and gives the address its attempt back. */
export async function recordLoginSuccess(db: Db, address: string, account: string): Promise<void> {
  const { pair, address: byAddress } = limitersFor(db);
  await pair.delete(`${address}|${account}`);
  await byAddress.reward(address);
}
