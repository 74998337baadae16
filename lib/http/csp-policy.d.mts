export function pagePolicy(options: { scriptSources: string[]; frameable: boolean }): string;
export function cachedPagePolicy(hashes: string[], options?: { frameable?: boolean }): string;
