export function withCachedPagePolicy<T>(value: T): T;
export default class ClaimdeskCacheHandler {}
