/**
 * Every page of the site: one line per route. Pages load on first visit (each is its own chunk).
 * `nav` puts the route in the main navigation; `role` limits it (and its nav link) to signed-in
 * holders of that role. See web/README.md.
 */
import type { RouteDef } from "./router";

export const routes: RouteDef[] = [
  { path: "/", page: () => import("./pages/home") },
  { path: "/postcodes", page: () => import("./pages/postcodes"), nav: "nav.postcodes" },
  { path: "/members", page: () => import("./pages/members"), nav: "nav.members" },
  { path: "/members/:id", page: () => import("./pages/member") },
  { path: "/bills", page: () => import("./pages/bills"), nav: "nav.bills" },
  { path: "/bills/:session/:number", page: () => import("./pages/bill") },
  { path: "/votes", page: () => import("./pages/votes"), nav: "nav.votes" },
  { path: "/votes/:session/:number", page: () => import("./pages/vote") },
  { path: "/debates", page: () => import("./pages/debates"), nav: "nav.debates" },
  { path: "/debates/:date", page: () => import("./pages/debate") },
  { path: "/committees", page: () => import("./pages/committees"), nav: "nav.committees" },
  { path: "/committees/:slug", page: () => import("./pages/committee") },
  { path: "/committees/:slug/meetings/:session/:number", page: () => import("./pages/meeting") },
  { path: "/representatives", page: () => import("./pages/representatives"), nav: "nav.representatives" },
  { path: "/representatives/:jurisdiction/:slug", page: () => import("./pages/representative") },
  { path: "/search", page: () => import("./pages/search"), nav: "nav.search" },
  { path: "/signin", page: () => import("./pages/signin") },
  { path: "/signup", page: () => import("./pages/signup") },
  { path: "/verify-email", page: () => import("./pages/verify-email") },
  { path: "/reset-password", page: () => import("./pages/reset-password") },
  { path: "/account", page: () => import("./pages/account"), role: "citizen" },
  { path: "/status", page: () => import("./pages/status") },
  { path: "/admin", page: () => import("./pages/admin/overview"), role: "admin", nav: { en: "Admin", fr: "Administration" } },
  { path: "/admin/health", page: () => import("./pages/admin/health"), role: "admin" },
  { path: "/admin/etl", page: () => import("./pages/admin/etl"), role: "admin" },
  { path: "/admin/etl/runs/:id", page: () => import("./pages/admin/etl-run"), role: "admin" },
  { path: "/admin/search", page: () => import("./pages/admin/search"), role: "admin" },
  { path: "/admin/users", page: () => import("./pages/admin/users"), role: "admin" },
  { path: "/admin/api-keys", page: () => import("./pages/admin/api-keys"), role: "admin" },
];
