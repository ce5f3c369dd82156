/** One ETL run: its counts, each document it loaded, the records it rejected and why, and its quality checks. */
import { get } from "../../api/client";
import { h } from "../../dom";
import { defineMessages, formatNumber } from "../../i18n";
import type { PageContext, PageView } from "../../router";
import { announce } from "../../ui/live";
import { facts, section } from "../../ui/page";
import { emptyState, errorState } from "../../ui/states";
import { dataTable, row, type Column } from "../../ui/table";
import { durationBetween, englishText, timeOf } from "./format";
import { checkName, documentStatusLabel, qualityTag, runStatusLabel, runStatusTag, triggerLabel } from "./labels";
import { adminHeader } from "./layout";
import { followRun } from "./runs";
import type { EtlRunDetail, EtlSource } from "./types";

const m = defineMessages(
  {
    title: "Run of {source}",
    intro: "Run {id}.",
    etl: "ETL runs",
    summary: "Summary",
    status: "Status",
    source: "Source",
    trigger: "Trigger",
    started: "Started",
    finished: "Finished",
    notFinished: "Still running",
    duration: "Duration",
    documents: "Documents",
    "documents.value": "{done} of {total} done",
    "documents.failed": "{n} failed",
    read: "Records read",
    inserted: "Inserted",
    updated: "Updated",
    unchanged: "Unchanged",
    rejected: "Rejected",
    error: "Error",
    live: "This run is still going; this page follows it every few seconds.",
    "live.failed": "The run’s progress could not be read any more; reload the page to see where it is.",
    finishedNow: "The run finished: {status}.",
    docs: "Documents",
    "docs.caption": "Documents of this run, with what loading each one did",
    "docs.empty": "This run has no documents.",
    "col.document": "Document",
    "col.status": "Status",
    "col.read": "Read",
    "col.inserted": "Inserted",
    "col.updated": "Updated",
    "col.unchanged": "Unchanged",
    "col.rejected": "Rejected",
    "col.finished": "Finished",
    "col.error": "Error",
    rejects: "Rejected records",
    "rejects.empty": "No record was rejected.",
    "rejects.shown": "The first {shown} of {total} rejected records are listed.",
    "reasons.caption": "Rejected records by reason, most frequent first",
    "col.reason": "Reason",
    "col.count": "Records",
    "rejects.caption": "Each rejected record",
    "rejects.list": "Show each rejected record ({n})",
    "col.record": "Record",
    "col.sourceId": "Source id",
    quality: "Quality checks",
    "quality.caption": "Data-quality checks run after this load",
    "quality.empty": "No quality check has run for this run yet; they run once every document is loaded.",
    "col.check": "Check",
    "col.detail": "Detail",
    "col.measured": "Measured",
  },
  {
    title: "Exécution\u00a0: {source}",
    intro: "Exécution {id}.",
    etl: "Exécutions ETL",
    summary: "Sommaire",
    status: "État",
    source: "Source",
    trigger: "Déclenchement",
    started: "Début",
    finished: "Fin",
    notFinished: "Toujours en cours",
    duration: "Durée",
    documents: "Documents",
    "documents.value": "{done} traités sur {total}",
    "documents.failed": "{n} en échec",
    read: "Enregistrements lus",
    inserted: "Insérés",
    updated: "Mis à jour",
    unchanged: "Inchangés",
    rejected: "Rejetés",
    error: "Erreur",
    live: "Cette exécution est toujours en cours\u00a0; cette page la suit à quelques secondes d’intervalle.",
    "live.failed": "L’avancement de l’exécution ne peut plus être lu\u00a0; rechargez la page pour voir où elle en est.",
    finishedNow: "L’exécution est terminée\u00a0: {status}.",
    docs: "Documents",
    "docs.caption": "Documents de cette exécution, avec ce que le chargement de chacun a fait",
    "docs.empty": "Cette exécution n’a aucun document.",
    "col.document": "Document",
    "col.status": "État",
    "col.read": "Lus",
    "col.inserted": "Insérés",
    "col.updated": "Mis à jour",
    "col.unchanged": "Inchangés",
    "col.rejected": "Rejetés",
    "col.finished": "Fin",
    "col.error": "Erreur",
    rejects: "Enregistrements rejetés",
    "rejects.empty": "Aucun enregistrement n’a été rejeté.",
    "rejects.shown": "Les {shown} premiers des {total} enregistrements rejetés sont listés.",
    "reasons.caption": "Enregistrements rejetés par motif, du plus fréquent au moins fréquent",
    "col.reason": "Motif",
    "col.count": "Enregistrements",
    "rejects.caption": "Chaque enregistrement rejeté",
    "rejects.list": "Afficher chaque enregistrement rejeté ({n})",
    "col.record": "Enregistrement",
    "col.sourceId": "Identifiant à la source",
    quality: "Contrôles de qualité",
    "quality.caption": "Contrôles de la qualité des données exécutés après ce chargement",
    "quality.empty": "Aucun contrôle de qualité n’a encore été exécuté pour cette exécution\u00a0; ils s’exécutent une fois chaque document chargé.",
    "col.check": "Contrôle",
    "col.detail": "Détail",
    "col.measured": "Mesure",
  },
);

export default async function etlRun(ctx: PageContext): Promise<PageView> {
  const id = ctx.params.id!;
  const [run, sources] = await Promise.all([
    get("/api/v1/etl/runs/{id}", { path: { id }, signal: ctx.signal, cache: false }),
    // Only for the source's title: the page stands without it.
    get("/api/v1/etl/sources", { signal: ctx.signal }).then(
      (r) => r.data,
      () => [] as EtlSource[],
    ),
  ]);
  const sourceTitle = sources.find((s) => s.name === run.source)?.title ?? run.source;
  const title = m("title", { source: sourceTitle });

  const body = h("div", {});
  const live = h("div", {});
  body.replaceChildren(...render(run));
  if (run.status === "running") {
    live.replaceChildren(h("p", { class: "notice", role: "status" }, m("live")));
    void followRun(
      id,
      ctx.signal,
      (current) => {
        replaceKeepingPlace(body, render(current));
        if (current.status !== "running") {
          live.replaceChildren();
          announce(m("finishedNow", { status: runStatusLabel(current.status) }));
        }
      },
      (err) => live.replaceChildren(errorState(err, undefined, { title: m("live.failed"), alert: false })),
    );
  }

  const node = h("div", { class: "page admin-page" }, ...adminHeader(title, m("intro", { id: run.id }), [[m("etl"), "/admin/etl"]]), live, body);
  return { title, node };
}

/**
 * Redraws the run while it is followed without losing the reader's place: disclosures stay as
 * they were opened and focus returns to the equivalent control.
 */
function replaceKeepingPlace(container: HTMLElement, nodes: HTMLElement[]): void {
  const controls = () => [...container.querySelectorAll<HTMLElement>("summary, [tabindex], a[href], button")];
  const open = [...container.querySelectorAll("details")].map((d) => d.open);
  const focused = controls().indexOf(document.activeElement as HTMLElement);
  container.replaceChildren(...nodes);
  for (const [i, d] of [...container.querySelectorAll("details")].entries()) d.open = open[i] ?? d.open;
  if (focused >= 0) controls()[focused]?.focus();
}

function render(run: EtlRunDetail): HTMLElement[] {
  return [summary(run), documents(run), rejects(run), quality(run)];
}

function summary(run: EtlRunDetail): HTMLElement {
  return section(
    m("summary"),
    facts([
      [m("status"), runStatusTag(run.status)],
      [m("source"), h("code", {}, run.source)],
      [m("trigger"), triggerLabel(run.trigger)],
      [m("started"), timeOf(run.started_at)],
      [m("finished"), run.finished_at ? timeOf(run.finished_at) : m("notFinished")],
      [m("duration"), durationBetween(run.started_at, run.finished_at)],
      [
        m("documents"),
        [
          m("documents.value", { done: formatNumber(run.documents_done + run.documents_failed), total: formatNumber(run.documents_total) }),
          run.documents_failed > 0 ? h("span", { class: "cell-note" }, m("documents.failed", { n: formatNumber(run.documents_failed) })) : "",
        ],
      ],
      [m("read"), formatNumber(run.read)],
      [m("inserted"), formatNumber(run.inserted)],
      [m("updated"), formatNumber(run.updated)],
      [m("unchanged"), formatNumber(run.unchanged)],
      [m("rejected"), formatNumber(run.rejected)],
      [m("error"), run.error ? englishText(run.error) : null],
    ]),
  );
}

function documents(run: EtlRunDetail): HTMLElement {
  if (run.documents.length === 0) return section(m("docs"), emptyState(m("docs.empty")));
  const anyError = run.documents.some((d) => d.error);
  const columns: Column[] = [
    { label: m("col.document") },
    { label: m("col.status") },
    { label: m("col.read"), numeric: true, secondary: true },
    { label: m("col.inserted"), numeric: true },
    { label: m("col.updated"), numeric: true },
    { label: m("col.unchanged"), numeric: true, secondary: true },
    { label: m("col.rejected"), numeric: true },
    { label: m("col.finished"), secondary: true },
    ...(anyError ? [{ label: m("col.error") }] : []),
  ];
  const tag: Record<string, string> = { queued: "tag-current", succeeded: "tag-passed", failed: "tag-failed" };
  return section(
    m("docs"),
    dataTable({
      caption: m("docs.caption"),
      captionHidden: true,
      columns,
      rows: run.documents.map((d) =>
        row(
          [
            h("code", {}, d.document),
            h("span", { class: `tag ${tag[d.status] ?? ""}` }, documentStatusLabel(d.status)),
            formatNumber(d.read),
            formatNumber(d.inserted),
            formatNumber(d.updated),
            formatNumber(d.unchanged),
            formatNumber(d.rejected),
            timeOf(d.finished_at),
            ...(anyError ? [d.error ? englishText(d.error, "cell-error") : "—"] : []),
          ],
          columns,
        ),
      ),
    }).frame,
  );
}

function rejects(run: EtlRunDetail): HTMLElement {
  if (run.rejects.length === 0) return section(m("rejects"), emptyState(m("rejects.empty")));
  const byReason = new Map<string, number>();
  for (const r of run.rejects) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  const reasons = [...byReason].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const reasonColumns: Column[] = [{ label: m("col.reason") }, { label: m("col.count"), numeric: true }];
  const listColumns: Column[] = [
    { label: m("col.document") },
    { label: m("col.record"), numeric: true },
    { label: m("col.sourceId") },
    { label: m("col.reason") },
  ];
  return section(
    m("rejects"),
    run.rejected > run.rejects.length &&
      h("p", { class: "muted" }, m("rejects.shown", { shown: formatNumber(run.rejects.length), total: formatNumber(run.rejected) })),
    dataTable({
      caption: m("reasons.caption"),
      columns: reasonColumns,
      rows: reasons.map(([reason, n]) => row([englishText(reason), formatNumber(n)], reasonColumns)),
    }).frame,
    h(
      "details",
      { class: "disclosure" },
      h("summary", {}, m("rejects.list", { n: formatNumber(run.rejects.length) })),
      dataTable({
        caption: m("rejects.caption"),
        columns: listColumns,
        rows: run.rejects.map((r) =>
          row(
            [
              h("code", {}, r.document),
              r.record_index === null ? "—" : formatNumber(r.record_index),
              r.source_id ? h("code", {}, r.source_id) : "—",
              englishText(r.reason),
            ],
            listColumns,
          ),
        ),
      }).frame,
    ),
  );
}

function quality(run: EtlRunDetail): HTMLElement {
  if (run.quality.length === 0) return section(m("quality"), emptyState(m("quality.empty")));
  const columns: Column[] = [{ label: m("col.check") }, { label: m("col.status") }, { label: m("col.detail") }, { label: m("col.measured"), secondary: true }];
  return section(
    m("quality"),
    dataTable({
      caption: m("quality.caption"),
      captionHidden: true,
      columns,
      rows: run.quality.map((q) =>
        row(
          [
            checkName(q.check),
            qualityTag(q.status),
            englishText(q.detail),
            q.measured === null || q.measured === undefined ? "—" : h("code", { class: "measured" }, JSON.stringify(measuredSummary(q.measured))),
          ],
          columns,
        ),
      ),
    }).frame,
  );
}

/**
 * What a check measured, without the records a list of unknowns carries (the detail names the
 * first of them, and the ETL page's completeness section lists them all).
 */
function measuredSummary(measured: unknown): unknown {
  if (typeof measured !== "object" || measured === null || !Array.isArray((measured as { items?: unknown }).items)) return measured;
  const { items, ...rest } = measured as { items: unknown[] };
  return { ...rest, listed: items.length };
}
