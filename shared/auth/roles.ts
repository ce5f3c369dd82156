/**
 * Roles, ranked: a route that needs `citizen` admits analysts and admins too. `service` is for
 * Workers calling each other and ranks apart: only routes that ask for it admit it.
 */
export const ROLES = ["citizen", "analyst", "admin", "service"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Exclude<Role, "service">, number> = { citizen: 1, analyst: 2, admin: 3 };

/** Whether a caller holding `roles` may use a route that needs `required`. */
export function hasRole(roles: readonly Role[], required: Role): boolean {
  if (required === "service") return roles.includes("service");
  const needed = RANK[required];
  return roles.some((r) => r !== "service" && RANK[r] >= needed);
}
