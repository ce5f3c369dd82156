/** Names for the operations codes the admin pages show (run, health and key statuses, services, roles), in both languages. */
import type { Role } from "../../api/types";
import { h, statusIcon } from "../../dom";
import { defineMessages } from "../../i18n";
import type { HealthStatus, RunStatus, RunTrigger } from "./types";

const m = defineMessages(
  {
    "run.running": "Running",
    "run.succeeded": "Succeeded",
    "run.partial": "Partly failed",
    "run.failed": "Failed",
    "trigger.cron": "Scheduled",
    "trigger.manual": "Started by an admin",
    "trigger.dependency": "After its dependency",
    "doc.queued": "Queued",
    "doc.succeeded": "Loaded",
    "doc.failed": "Failed",
    "quality.pass": "Pass",
    "quality.warn": "Warning",
    "quality.fail": "Fail",
    "health.ok": "Operational",
    "health.degraded": "Degraded",
    "health.down": "Down",
    "health.unknown": "Unknown",
    "role.citizen": "Citizen",
    "role.analyst": "Analyst",
    "role.admin": "Administrator",
    "role.service": "Service",
    "key.active": "Active",
    "key.revoked": "Revoked",
    "key.expired": "Expired",
    "tier.free": "Free",
    "tier.partner": "Partner",
  },
  {
    "run.running": "En cours",
    "run.succeeded": "Réussie",
    "run.partial": "Échec partiel",
    "run.failed": "Échouée",
    "trigger.cron": "Planifiée",
    "trigger.manual": "Lancée par un administrateur",
    "trigger.dependency": "Après sa dépendance",
    "doc.queued": "En attente",
    "doc.succeeded": "Chargé",
    "doc.failed": "Échec",
    "quality.pass": "Réussi",
    "quality.warn": "Avertissement",
    "quality.fail": "Échec",
    "health.ok": "Opérationnel",
    "health.degraded": "Dégradé",
    "health.down": "En panne",
    "health.unknown": "Inconnu",
    "role.citizen": "Citoyen",
    "role.analyst": "Analyste",
    "role.admin": "Administrateur",
    "role.service": "Service",
    "key.active": "Active",
    "key.revoked": "Révoquée",
    "key.expired": "Expirée",
    "tier.free": "Gratuit",
    "tier.partner": "Partenaire",
  },
);

/** Services are named as the status page names them. */
export { serviceLabel } from "../../status/view";

export const runStatusLabel = (status: RunStatus): string => m(`run.${status}`);
export const triggerLabel = (trigger: RunTrigger): string => m(`trigger.${trigger}`);
export const documentStatusLabel = (status: "queued" | "succeeded" | "failed"): string => m(`doc.${status}`);
export const qualityLabel = (status: "pass" | "warn" | "fail"): string => m(`quality.${status}`);
export const healthLabel = (status: HealthStatus | "unknown"): string => m(`health.${status}`);
export const roleLabel = (role: Role): string => m(`role.${role}`);
export const keyStatusLabel = (status: "active" | "revoked" | "expired"): string => m(`key.${status}`);
/** Tiers added later still show, under their API name. */
export const tierLabel = (tier: string): string => (tier === "free" || tier === "partner" ? m(`tier.${tier}`) : tier);

const RUN_TAG: Record<RunStatus, string> = { running: "tag-current", succeeded: "tag-passed", partial: "tag-tie", failed: "tag-failed" };
const QUALITY_TAG = { pass: "tag-passed", warn: "tag-tie", fail: "tag-failed" } as const;

export function runStatusTag(status: RunStatus): HTMLElement {
  return h("span", { class: `tag ${RUN_TAG[status] ?? ""}` }, runStatusLabel(status));
}

export function qualityTag(status: "pass" | "warn" | "fail"): HTMLElement {
  return h("span", { class: `tag ${QUALITY_TAG[status] ?? ""}` }, qualityLabel(status));
}

/** A health status as the status page shows it: a shape and a word, never colour alone. */
export function healthBadge(status: HealthStatus | "unknown"): HTMLElement {
  return h("span", { class: `badge badge-${status}` }, statusIcon(status), healthLabel(status));
}
