/**
 * The data loads: every source with its freshness and a way to start a run of it, runs per day
 * by outcome, every run, newest first, filterable by source and status, and how complete each
 * dataset is (what is still unknown, with why).
 */
import { get, isAbort, post, type Page, type Schema } from "../../api/client";
import { h, uid } from "../../dom";
import { defineMessages, formatNumber, getLang, locale } from "../../i18n";
import type { PageContext, PageView } from "../../router";
import { busy, selectField } from "../../ui/forms";
import { filtersOf } from "../../ui/listpage";
import { announce } from "../../ui/live";
import { facts, link, section } from "../../ui/page";
import { emptyState, errorState, loadInto } from "../../ui/states";
import { row, type Column } from "../../ui/table";
import { localChart, STATUS_COLOURS } from "./chart";
import { durationBetween, formatDuration, timeAgo, timeOf } from "./format";
import { completenessSection } from "./etl-completeness";
import { runStatusLabel, runStatusTag, triggerLabel } from "./labels";
import { adminHeader } from "./layout";
import { adminList } from "./list";
import { followRun, runPath } from "./runs";
import { RUN_STATUSES, type EtlRun, type EtlSource, type RunStatus, type StartedRun } from "./types";

const m = defineMessages(
  {
    title: "ETL runs",
    intro: "Every public source the platform loads, how fresh its data is, and each run that loaded it: what it read, inserted, updated and rejected.",
    sources: "Sources",
    "sources.caption": "Data sources, with their freshness and last run",
    "sources.empty": "No source is configured.",
    "col.records": "Records",
    "col.loaded": "Last loaded",
    "col.freshness": "Freshness",
    "col.lastRun": "Last run",
    never: "Never",
    fresh: "Fresh",
    stale: "Stale",
    refresh: "Refreshed every {interval}",
    "col.dependsOn": "Loaded after",
    viewRun: "View the run",
    "viewRun.of": "of {source}",
    start: "Start a run",
    "start.of": "of {source}",
    starting: "Starting…",
    "start.confirm":
      "Start a run of “{source}” now? It reloads every document of the source from its publisher; the cron would otherwise load it when it is next due.",
    "start.started": "A run of {source} started: {documents} queued.",
    "start.already": "A run of {source} was already in progress ({documents}); it is the one shown.",
    "documents.one": "1 document",
    "documents.many": "{n} documents",
    "start.failed": "The run of {source} was not started",
    "start.follow": "Follow the run",
    "follow.progress": "Run of {source}: {done} of {total} documents done.",
    "follow.failed": "The run’s progress could not be read; open the run to see where it is.",
    "follow.finished": "The run of {source} finished: {status}. {inserted} inserted, {updated} updated, {rejected} rejected.",
    chart: "Runs per day",
    "chart.text": "Runs started each day over the last 14 days, by outcome.",
    "chart.summary": "{total} runs in the last 14 days: {succeeded} succeeded, {partial} partly failed, {failed} failed, {running} running.",
    "chart.caption": "Runs per day, by outcome",
    "chart.day": "Day",
    "chart.runs": "Runs",
    "chart.empty": "No run started in the last 14 days.",
    "chart.capped": "Counted from the newest {n} runs.",
    runs: "Runs",
    filters: "Filter runs",
    "filter.source": "Source",
    "filter.status": "Status",
    "filter.apply": "Show runs",
    any: "Any",
    "runs.caption": "ETL runs, newest first",
    "runs.empty": "No run matches these filters.",
    "runs.count": "{n} runs",
    "runs.one": "1 run",
    "col.run": "Run (source, start)",
    "col.status": "Status",
    "col.trigger": "Trigger",
    "col.documents": "Documents",
    "col.inserted": "Inserted",
    "col.updated": "Updated",
    "col.unchanged": "Unchanged",
    "col.rejected": "Rejected",
    "col.duration": "Duration",
    documents: "{done} of {total}",
    "documents.failed": "{n} failed",
  },
  {
    title: "Exécutions ETL",
    intro:
      "Chaque source publique que la plateforme charge, la fraîcheur de ses données et chaque exécution qui l’a chargée\u00a0: ce qu’elle a lu, inséré, mis à jour et rejeté.",
    sources: "Sources",
    "sources.caption": "Sources de données, avec leur fraîcheur et leur dernière exécution",
    "sources.empty": "Aucune source n’est configurée.",
    "col.records": "Enregistrements",
    "col.loaded": "Dernier chargement",
    "col.freshness": "Fraîcheur",
    "col.lastRun": "Dernière exécution",
    never: "Jamais",
    fresh: "À jour",
    stale: "Périmée",
    refresh: "Actualisée toutes les {interval}",
    "col.dependsOn": "Chargée après",
    viewRun: "Voir l’exécution",
    "viewRun.of": "de {source}",
    start: "Lancer une exécution",
    "start.of": "de {source}",
    starting: "Lancement…",
    "start.confirm":
      "Lancer maintenant une exécution de «\u00a0{source}\u00a0»\u00a0? Elle recharge chaque document de la source auprès de son éditeur\u00a0; sinon, la tâche planifiée la chargera à sa prochaine échéance.",
    "start.started": "Une exécution de {source} a commencé\u00a0: {documents} en file d’attente.",
    "start.already": "Une exécution de {source} était déjà en cours ({documents})\u00a0; c’est celle qui est affichée.",
    "documents.one": "1 document",
    "documents.many": "{n} documents",
    "start.failed": "L’exécution de {source} n’a pas été lancée",
    "start.follow": "Suivre l’exécution",
    "follow.progress": "Exécution de {source}\u00a0: {done} documents traités sur {total}.",
    "follow.failed": "L’avancement de l’exécution n’a pas pu être lu ; ouvrez l’exécution pour voir où elle en est.",
    "follow.finished": "L’exécution de {source} est terminée\u00a0: {status}. {inserted} insérés, {updated} mis à jour, {rejected} rejetés.",
    chart: "Exécutions par jour",
    "chart.text": "Exécutions lancées chaque jour au cours des 14 derniers jours, selon leur résultat.",
    "chart.summary":
      "{total} exécutions au cours des 14 derniers jours\u00a0: {succeeded} réussies, {partial} en échec partiel, {failed} échouées, {running} en cours.",
    "chart.caption": "Exécutions par jour, selon le résultat",
    "chart.day": "Jour",
    "chart.runs": "Exécutions",
    "chart.empty": "Aucune exécution lancée au cours des 14 derniers jours.",
    "chart.capped": "Compté sur les {n} exécutions les plus récentes.",
    runs: "Exécutions",
    filters: "Filtrer les exécutions",
    "filter.source": "Source",
    "filter.status": "État",
    "filter.apply": "Afficher les exécutions",
    any: "Toutes",
    "runs.caption": "Exécutions ETL, de la plus récente à la plus ancienne",
    "runs.empty": "Aucune exécution ne correspond à ces filtres.",
    "runs.count": "{n} exécutions",
    "runs.one": "1 exécution",
    "col.run": "Exécution (source, début)",
    "col.status": "État",
    "col.trigger": "Déclenchement",
    "col.documents": "Documents",
    "col.inserted": "Insérés",
    "col.updated": "Mis à jour",
    "col.unchanged": "Inchangés",
    "col.rejected": "Rejetés",
    "col.duration": "Durée",
    documents: "{done} sur {total}",
    "documents.failed": "{n} en échec",
  },
);

const CHART_DAYS = 14;
const DAY_MS = 86_400_000;
/** How long the API lets the sources list be cached (its `Cache-Control: max-age`), plus a second. */
const SOURCES_CACHE_MS = 31_000;
/** Pages of runs read for the chart at most (200 each), so a runaway cron cannot make the page crawl. */
const CHART_PAGES = 5;

export default async function etl(ctx: PageContext): Promise<PageView> {
  let sources = (await get("/api/v1/etl/sources", { signal: ctx.signal, cache: false })).data;
  const titleOf = (name: string) => sources.find((s) => s.name === name)?.title ?? name;

  // Sources, and the outcome of a run started from here.
  const result = h("div", { class: "form-status" });
  const sourcesSlot = h("div", {});
  let follow: AbortController | null = null;

  // One card per source rather than a table: each carries its own action, which a wide table
  // would push off a phone's screen.
  function renderSources(): HTMLElement {
    if (sources.length === 0) return emptyState(m("sources.empty"));
    return h(
      "ul",
      { class: "card-grid source-cards", "aria-label": m("sources.caption") },
      ...sources.map((s) => {
        const headingId = uid("source");
        const card = h(
          "li",
          { class: `card source-card ${s.stale ? "source-stale" : ""}`, "aria-labelledby": headingId, "data-source": s.name },
          // Source titles are the publishers' own names, in English.
          h("h3", { class: "card-title", id: headingId, lang: getLang() === "en" ? undefined : "en" }, s.title),
          h("code", { class: "cell-code" }, s.name),
          h(
            "p",
            { class: "source-freshness" },
            h("span", { class: `tag ${s.stale ? "tag-tie" : "tag-passed"}` }, s.stale ? m("stale") : m("fresh")),
            " ",
            m("refresh", { interval: formatDuration(s.refresh_hours * 3_600_000) }),
          ),
          facts([
            [m("col.records"), formatNumber(s.record_count)],
            [m("col.loaded"), timeAgo(s.last_success_at, m("never"))],
            [
              m("col.lastRun"),
              s.last_run
                ? [
                    runStatusTag(s.last_run.status),
                    " ",
                    link(runPath(s.last_run.id), [m("viewRun"), h("span", { class: "visually-hidden" }, ` ${m("viewRun.of", { source: s.title })}`)]),
                  ]
                : m("never"),
            ],
            [m("col.dependsOn"), s.depends_on.length > 0 ? s.depends_on.join(", ") : null],
          ]),
          startButton(s),
        );
        card.querySelector(".facts")?.classList.add("facts-compact");
        return card;
      }),
    );
  }

  function startButton(source: EtlSource): HTMLElement {
    return h(
      "button",
      {
        type: "button",
        class: "button button-small",
        onClick: (event: Event) => {
          if (!window.confirm(m("start.confirm", { source: source.title }))) return;
          const button = event.currentTarget as HTMLButtonElement;
          void busy(button, m("starting"), async () => {
            const previous = source.last_run;
            try {
              // A name the sources list gave (the document types it as any string there).
              const run = await post("/api/v1/etl/runs", { source: source.name as Schema<"EtlRunRequest">["source"] }, { signal: ctx.signal });
              // The service answers the run already in progress rather than starting a second one.
              const already = previous?.id === run.id && previous.status === "running";
              const documents = run.documents_total === 1 ? m("documents.one") : m("documents.many", { n: formatNumber(run.documents_total) });
              const text = m(already ? "start.already" : "start.started", { source: source.title, documents });
              const progress = h("div", { class: "run-progress" });
              result.replaceChildren(h("div", { class: "notice run-result" }, h("p", {}, text, " ", link(runPath(run.id), m("start.follow"))), progress));
              announce(text);
              noteRun({ ...run, status: "running", started_at: already ? previous.started_at : new Date().toISOString(), finished_at: null });
              void reloadRuns();
              loadChart();
              followProgress(run, progress);
            } catch (err) {
              if (isAbort(err)) return;
              result.replaceChildren(errorState(err, undefined, { title: m("start.failed", { source: source.title }) }));
            }
          });
        },
      },
      m("start"),
      h("span", { class: "visually-hidden" }, ` ${m("start.of", { source: source.title })}`),
    );
  }

  /** Keeps the operator told how the run they started is going, and what it did once it ends. */
  function followProgress(run: StartedRun, progress: HTMLElement): void {
    follow?.abort();
    follow = new AbortController();
    const signal = AbortSignal.any([ctx.signal, follow.signal]);
    const source = titleOf(run.source);
    void followRun(
      run.id,
      signal,
      (current) => {
        if (current.status === "running") {
          progress.textContent = m("follow.progress", { source, done: current.documents_done + current.documents_failed, total: current.documents_total });
          return;
        }
        const text = m("follow.finished", {
          source,
          status: runStatusLabel(current.status),
          inserted: formatNumber(current.inserted),
          updated: formatNumber(current.updated),
          rejected: formatNumber(current.rejected),
        });
        progress.textContent = text;
        announce(text);
        noteRun(current);
        void reloadRuns();
        loadChart();
      },
      (err) => progress.replaceChildren(errorState(err, undefined, { title: m("follow.failed"), alert: false })),
    );
  }

  /**
   * Shows what a run just told us about its source at once: the sources list is cached for 30
   * seconds along the way, so it is read again only once that has passed (for the new record count).
   */
  function noteRun(run: { id: string; source: string; status: RunStatus; started_at: string; finished_at: string | null }): void {
    sources = sources.map((s) =>
      s.name !== run.source
        ? s
        : {
            ...s,
            last_run: { id: run.id, status: run.status, started_at: run.started_at, finished_at: run.finished_at, next_retry_at: null },
            ...(run.finished_at && run.status !== "failed" ? { last_success_at: run.finished_at, stale: false, staleness_hours: 0 } : {}),
          },
    );
    void redrawSources(() => renderSources());
    if (run.finished_at) {
      const timer = setTimeout(() => void refreshSources(), SOURCES_CACHE_MS);
      ctx.signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
    }
  }

  async function refreshSources(): Promise<void> {
    await redrawSources(() =>
      loadInto(
        sourcesSlot,
        async () => (await get("/api/v1/etl/sources", { signal: ctx.signal, cache: false })).data,
        (fresh) => {
          sources = fresh;
          return renderSources();
        },
      ),
    );
  }

  /** Keeps keyboard focus on the same source's button when the cards are redrawn under it. */
  async function redrawSources(draw: () => HTMLElement | Promise<void>): Promise<void> {
    const focused = sourcesSlot.contains(document.activeElement) ? document.activeElement?.closest<HTMLElement>("[data-source]")?.dataset.source : undefined;
    const drawn = await draw();
    if (drawn instanceof HTMLElement) sourcesSlot.replaceChildren(drawn);
    if (focused) sourcesSlot.querySelector<HTMLElement>(`[data-source="${CSS.escape(focused)}"] button`)?.focus();
  }
  sourcesSlot.replaceChildren(renderSources());

  // Runs: filters in the query string, so a filtered list is a link to share.
  let query = ctx.query;
  const filter = (q: URLSearchParams) => filtersOf(q, "source", "status");
  const columns: Column[] = [
    { label: m("col.run") },
    { label: m("col.status") },
    { label: m("col.trigger"), secondary: true },
    { label: m("col.documents") },
    { label: m("col.inserted"), numeric: true },
    { label: m("col.updated"), numeric: true, secondary: true },
    { label: m("col.unchanged"), numeric: true, secondary: true },
    { label: m("col.rejected"), numeric: true },
    { label: m("col.duration"), secondary: true },
  ];
  const runs = adminList<EtlRun>({
    ctx,
    filterLabel: m("filters"),
    applyLabel: m("filter.apply"),
    fields: (q) => [
      selectField({
        label: m("filter.source"),
        name: "source",
        value: q.get("source"),
        choices: [["", m("any")], ...sources.map((s): [string, string] => [s.name, s.title])],
      }),
      selectField({
        label: m("filter.status"),
        name: "status",
        value: q.get("status"),
        choices: [["", m("any")], ...RUN_STATUSES.map((s): [string, string] => [s, runStatusLabel(s)])],
      }),
    ],
    load: (q, cursor, signal) => get("/api/v1/etl/runs", { query: { ...filter(q), limit: 100, cursor }, signal, cache: false }),
    caption: m("runs.caption"),
    columns,
    row: (run) =>
      row(
        [
          [link(runPath(run.id), h("code", {}, run.source)), h("span", { class: "cell-note" }, timeOf(run.started_at))],
          runStatusTag(run.status),
          triggerLabel(run.trigger),
          [
            m("documents", { done: formatNumber(run.documents_done + run.documents_failed), total: formatNumber(run.documents_total) }),
            run.documents_failed > 0 && h("span", { class: "cell-note" }, m("documents.failed", { n: formatNumber(run.documents_failed) })),
          ],
          formatNumber(run.inserted),
          formatNumber(run.updated),
          formatNumber(run.unchanged),
          formatNumber(run.rejected),
          durationBetween(run.started_at, run.finished_at),
        ],
        columns,
      ),
    emptyText: m("runs.empty"),
    countText,
  });
  const reloadRuns = () => runs.reload();

  const chartSlot = h("div", {});
  let chartController: AbortController | null = null;
  function loadChart(): void {
    chartController?.abort();
    chartController = new AbortController();
    const signal = AbortSignal.any([ctx.signal, chartController.signal]);
    void loadInto(
      chartSlot,
      () => runsSince(filter(query), Date.now() - CHART_DAYS * DAY_MS, signal),
      (loaded) => runsChart(loaded, signal),
    );
  }

  void runs.show(query, false);
  loadChart();

  const title = m("title");
  const node = h(
    "div",
    { class: "page admin-page" },
    ...adminHeader(title, m("intro")),
    section(m("sources"), result, sourcesSlot),
    chartSlot,
    section(m("runs"), runs.form, runs.results),
    completenessSection(ctx.signal),
  );
  return {
    title,
    node,
    update(next) {
      query = next.query;
      loadChart();
      void runs.show(next.query, true);
    },
  };
}

function countText(n: number): string {
  return n === 1 ? m("runs.one") : m("runs.count", { n: formatNumber(n) });
}

/** Runs started since `since`, newest first, read page by page up to a bound. */
async function runsSince(filter: Record<string, string | null>, since: number, signal: AbortSignal): Promise<{ runs: EtlRun[]; capped: boolean }> {
  const runs: EtlRun[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < CHART_PAGES; i++) {
    const page: Page<EtlRun> = await get("/api/v1/etl/runs", { query: { ...filter, limit: 200, cursor }, signal, cache: false });
    runs.push(...page.data);
    cursor = page.pagination.next_cursor;
    const oldest = page.data[page.data.length - 1];
    if (!cursor || !oldest || Date.parse(oldest.started_at) < since) return { runs: runs.filter((r) => Date.parse(r.started_at) >= since), capped: false };
  }
  return { runs: runs.filter((r) => Date.parse(r.started_at) >= since), capped: true };
}

function runsChart({ runs, capped }: { runs: EtlRun[]; capped: boolean }, signal: AbortSignal): HTMLElement {
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const days = Array.from({ length: CHART_DAYS }, (_, i) => new Date(today - (CHART_DAYS - 1 - i) * DAY_MS).toISOString().slice(0, 10));
  const index = new Map(days.map((d, i) => [d, i]));
  const counts = Object.fromEntries(RUN_STATUSES.map((s) => [s, days.map(() => 0)])) as Record<RunStatus, number[]>;
  for (const run of runs) {
    const i = index.get(run.started_at.slice(0, 10));
    if (i !== undefined) counts[run.status][i]! += 1;
  }
  const total = (s: RunStatus) => counts[s].reduce((a, b) => a + b, 0);
  const dayLabel = new Intl.DateTimeFormat(locale(), { month: "short", day: "numeric", timeZone: "UTC" });
  const order: RunStatus[] = ["succeeded", "partial", "failed", "running"];
  const panel = localChart({
    heading: m("chart"),
    description: m("chart.text"),
    type: "bar",
    stacked: true,
    labels: days.map((d) => dayLabel.format(new Date(`${d}T00:00:00Z`))),
    series: order.map((s) => ({ label: runStatusLabel(s), values: counts[s], colour: STATUS_COLOURS[s] })),
    yTitle: m("chart.runs"),
    summary: m("chart.summary", {
      total: formatNumber(runs.length),
      succeeded: formatNumber(total("succeeded")),
      partial: formatNumber(total("partial")),
      failed: formatNumber(total("failed")),
      running: formatNumber(total("running")),
    }),
    tableCaption: m("chart.caption"),
    categoryLabel: m("chart.day"),
    emptyText: m("chart.empty"),
    signal,
  });
  if (capped) panel.append(h("p", { class: "muted small" }, m("chart.capped", { n: formatNumber(runs.length) })));
  return panel;
}
