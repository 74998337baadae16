export const ORGANIZATION_NAME_DEFAULT = "Claimdesk";
