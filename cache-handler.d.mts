export function withCachedPagePolicy<T>(value: T): T;
export function invalidatedSince(tags: string[], since: number): boolean;
export default class ClaimdeskCacheHandler {}
