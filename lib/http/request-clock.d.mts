export function runWithRequestClock<T>(serve: () => T): T;
export function requestStartedAt(): number | undefined;
