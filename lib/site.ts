/** Public base URL for links in cards and feeds; CLAIMDESK_PUBLIC_URL wins over the request's origin. */
export function siteUrl(requestOrigin?: string): string {
  return (process.env.CLAIMDESK_PUBLIC_URL || requestOrigin || "http://localhost:3000").replace(/\/+$/, "");
}

export const ORGANIZATION_NAME_DEFAULT = "Claimdesk";
