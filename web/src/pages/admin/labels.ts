/** Names for the operations codes the admin pages show (run, health and key statuses, services, roles), in both languages. */
import type { Schema } from "../../api/client";
import { h, statusIcon, type Child } from "../../dom";
import { defineMessages } from "../../i18n";
import { RUN_STATUSES, type HealthStatus, type RunStatus, type RunTrigger } from "./types";

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
    "check.ballot_members_exist": "Every ballot’s member exists",
    "check.division_totals_match_ballots": "Division totals match the ballots",
    "check.statements_linked_to_members": "Statements linked to members",
    "check.bilingual_fields_filled": "Both languages filled",
    "check.freshness": "Freshness",
    "check.ballots_without_party": "Ballots without a party",
    "check.ambiguous_identities": "Ambiguous identities",
    "check.members_known_by_surname_only": "Members known by surname only",
    "check.terms_without_riding": "Terms without a riding",
    "check.terms_without_party": "Terms without a party",
    "check.terms_with_inferred_end": "Terms whose end no roster states",
    "check.statements_without_member": "Statements without a member",
    "check.bills_without_titles": "Bills without titles",
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
    "check.ballot_members_exist": "Le député de chaque vote existe",
    "check.division_totals_match_ballots": "Les totaux des votes correspondent aux votes individuels",
    "check.statements_linked_to_members": "Interventions liées aux députés",
    "check.bilingual_fields_filled": "Champs remplis dans les deux langues",
    "check.freshness": "Fraîcheur",
    "check.ballots_without_party": "Votes individuels sans parti",
    "check.ambiguous_identities": "Identités ambiguës",
    "check.members_known_by_surname_only": "Députés connus par leur seul nom de famille",
    "check.terms_without_riding": "Mandats sans circonscription",
    "check.terms_without_party": "Mandats sans parti",
    "check.terms_with_inferred_end": "Mandats dont aucune liste n’indique la fin",
    "check.statements_without_member": "Interventions sans député",
    "check.bills_without_titles": "Projets de loi sans titre",
  },
);

/** Services are named as the status page names them. */
export { serviceLabel } from "../../status/view";

const isRunStatus = (status: string): status is RunStatus => (RUN_STATUSES as string[]).includes(status);

/** Run statuses; the document types a source's last run's status as any string, shown as it is when unknown. */
export const runStatusLabel = (status: string): string => (isRunStatus(status) ? m(`run.${status}`) : status);
export const triggerLabel = (trigger: RunTrigger): string => m(`trigger.${trigger}`);
/** A run's document's status (the document types it as any string), shown as it is when unknown. */
export const documentStatusLabel = (status: string): string =>
  status === "queued" || status === "succeeded" || status === "failed" ? m(`doc.${status}`) : status;
export const qualityLabel = (status: "pass" | "warn" | "fail"): string => m(`quality.${status}`);
export const healthLabel = (status: HealthStatus | "unknown"): string => m(`health.${status}`);
export const roleLabel = (role: Schema<"Role">): string => m(`role.${role}`);
export const keyStatusLabel = (status: "active" | "revoked" | "expired"): string => m(`key.${status}`);
/** Tiers added later still show, under their API name. */
export const tierLabel = (tier: string): string => (tier === "free" || tier === "partner" ? m(`tier.${tier}`) : tier);

/**
 * The data-quality checks a run stores (workers/etl/src/quality.ts), the completeness report's
 * lists among them (workers/etl/src/completeness.ts).
 */
const QUALITY_CHECKS = [
  "ballot_members_exist",
  "division_totals_match_ballots",
  "statements_linked_to_members",
  "bilingual_fields_filled",
  "freshness",
  "ballots_without_party",
  "ambiguous_identities",
  "members_known_by_surname_only",
  "terms_without_riding",
  "terms_without_party",
  "terms_with_inferred_end",
  "statements_without_member",
  "bills_without_titles",
] as const;
type QualityCheck = (typeof QUALITY_CHECKS)[number];
const isQualityCheck = (check: string): check is QualityCheck => (QUALITY_CHECKS as readonly string[]).includes(check);

/** Checks added later still show, under their name in the API. */
export const checkLabel = (check: string): string => (isQualityCheck(check) ? m(`check.${check}`) : check);

/** A check as a table cell shows it: its name in words, and the name the API gives it under that. */
export function checkName(check: string): Child[] {
  return isQualityCheck(check) ? [h("span", { class: "cell-title" }, checkLabel(check)), h("code", { class: "cell-code" }, check)] : [h("code", {}, check)];
}

const RUN_TAG: Record<string, string> = { running: "tag-current", succeeded: "tag-passed", partial: "tag-tie", failed: "tag-failed" };
const QUALITY_TAG = { pass: "tag-passed", warn: "tag-tie", fail: "tag-failed" } as const;

export function runStatusTag(status: string): HTMLElement {
  return h("span", { class: `tag ${RUN_TAG[status] ?? ""}` }, runStatusLabel(status));
}

export function qualityTag(status: "pass" | "warn" | "fail"): HTMLElement {
  return h("span", { class: `tag ${QUALITY_TAG[status] ?? ""}` }, qualityLabel(status));
}

/** A health status as the status page shows it: a shape and a word, never colour alone. */
export function healthBadge(status: HealthStatus | "unknown"): HTMLElement {
  return h("span", { class: `badge badge-${status}` }, statusIcon(status), healthLabel(status));
}
