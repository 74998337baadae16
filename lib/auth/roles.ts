// Who may do what. Checked where data is read or written (lib/services), never only in proxy.ts.
import { Role, valuesOf } from "@/lib/enums";

export const ROLES = valuesOf(Role);
export type { Role };

export const PERMISSIONS = {
  "staff:read": ["analyst", "reviewer", "editor", "admin"],
  "source:write": ["analyst", "editor", "admin"],
  "actor:write": ["analyst", "editor", "admin"],
  "actor:merge": ["editor", "admin"],
  "claim:write": ["analyst", "editor", "admin"],
  "evidence:write": ["analyst", "editor", "admin"],
  "statement:write": ["analyst", "editor", "admin"],
  "review:write": ["reviewer", "editor", "admin"],
  "card:publish": ["editor", "admin"],
  "user:manage": ["admin"],
  "settings:manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  analyst: "Analyst",
  reviewer: "Reviewer",
  editor: "Editor",
  admin: "Admin",
};
