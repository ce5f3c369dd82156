import { z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import { BILL_STAGES, bills } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import { barDataset, chartConfig } from "../chart-config";
import { defineKind } from "../kind";
import { bilingual, labelIn, UNKNOWN_COLOR, type Bilingual } from "../labels";
import { SessionParam } from "../params";
import { requireSession, SessionRefSchema, sessionName } from "../subjects";

type Stage = (typeof BILL_STAGES)[number];

const STAGE_LABELS: Record<Stage, Bilingual> = {
  first_reading: bilingual("First reading", "Première lecture"),
  second_reading: bilingual("Second reading", "Deuxième lecture"),
  committee: bilingual("Committee stage", "Étape du comité"),
  report: bilingual("Report stage", "Étape du rapport"),
  third_reading: bilingual("Third reading", "Troisième lecture"),
  senate_amendments: bilingual("Senate amendments", "Amendements du Sénat"),
  royal_assent: bilingual("Royal assent", "Sanction royale"),
  defeated: bilingual("Defeated", "Rejeté"),
  withdrawn: bilingual("Withdrawn", "Retiré"),
  other: bilingual("Other", "Autre"),
};
/** Bills known only from a mention in the Hansard often have no stage recorded at all. */
const NO_STAGE = bilingual("No stage recorded", "Aucune étape connue");

/** From first reading to royal assent, then the ways a bill leaves the order paper early. */
const STAGE_COLORS: Record<Stage, string> = {
  first_reading: "#bbdefb",
  second_reading: "#90caf9",
  committee: "#64b5f6",
  report: "#42a5f5",
  third_reading: "#1e88e5",
  senate_amendments: "#1565c0",
  royal_assent: "#2e7d32",
  defeated: "#c62828",
  withdrawn: "#8d6e63",
  other: "#b0bec5",
};

const StageRowSchema = z
  .object({
    stage: z.enum(BILL_STAGES).nullable().openapi({ description: "The latest stage the bill reached; null when none is recorded." }),
    label_en: z.string().openapi({ example: "Second reading" }),
    label_fr: z.string().openapi({ example: "Deuxième lecture" }),
    bills: z.number().int(),
  })
  .openapi("ChartBillStage");

const DataSchema = z
  .object({
    session: SessionRefSchema,
    rows: z.array(StageRowSchema).openapi({
      description: "Every stage in the order bills pass them, with zero where no bill stands there; then bills with no stage recorded, when there are any.",
    }),
    total: z.number().int().openapi({ description: "The session's bills: the sum of the rows." }),
  })
  .openapi("ChartBillsByStageData");

export const billsByStage = defineKind({
  kind: "bills-by-stage",
  summary: "A session's bills by stage",
  description: "How many of the session's bills stand at each stage (the latest stage each reached), as `/bills?session=&status=` filters them.",
  params: { session: SessionParam },
  dataSchema: DataSchema,
  columns: ["stage", "label_en", "label_fr", "bills"],

  async load(env, { session: code }) {
    const db = civicDb(env.CIVIC);
    const session = await requireSession(db, code);
    const counts = await db.select({ stage: bills.status, n: sql<number>`count(*)` }).from(bills).where(eq(bills.sessionCode, code)).groupBy(bills.status);
    const count = new Map(counts.map((c) => [c.stage, c.n]));
    const rows: z.infer<typeof StageRowSchema>[] = BILL_STAGES.map((stage) => ({
      stage,
      label_en: STAGE_LABELS[stage].en,
      label_fr: STAGE_LABELS[stage].fr,
      bills: count.get(stage) ?? 0,
    }));
    const unstaged = count.get(null) ?? 0;
    if (unstaged > 0) rows.push({ stage: null, label_en: NO_STAGE.en, label_fr: NO_STAGE.fr, bills: unstaged });
    return { session, rows, total: rows.reduce((sum, row) => sum + row.bills, 0) };
  },

  title: ({ session }) => bilingual(`Bills by stage, ${sessionName(session, "en")}`, `Projets de loi par étape, ${sessionName(session, "fr")}`),

  chart(data, lang, title) {
    return chartConfig({
      type: "bar",
      title,
      labels: data.rows.map((row) => labelIn(row, lang)),
      datasets: [
        barDataset(
          lang === "fr" ? "Projets de loi" : "Bills",
          data.rows.map((row) => row.bills),
          data.rows.map((row) => (row.stage === null ? UNKNOWN_COLOR : STAGE_COLORS[row.stage])),
        ),
      ],
      x: { title: lang === "fr" ? "Dernière étape franchie" : "Latest stage reached" },
      y: { title: lang === "fr" ? "Projets de loi" : "Bills", integer: true },
    });
  },

  filename: ({ session }) => `bills-by-stage-${session}`,
});
