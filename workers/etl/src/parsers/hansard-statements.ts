import { sittingOpenedAt, timestampOf } from "./hansard-clock";
import { QuestionTracker } from "./hansard-divisions";
import { NO_SPEAKER, type Speaker, readPersonSpeaking, samePrintedSpeaker, speakerFromLabel } from "./hansard-speaker";
import { type InlineLabel, addBill, countWords, headingCase, readParagraph } from "./hansard-text";
import type { BillMention, HansardDivision, HansardStatement } from "./hansard-types";
import { type XmlElement, childElements, firstChild, textOf } from "./hansard-xml";

/** The intervention (or written question) being read: who holds the floor when no one else is named. */
interface Floor {
  id: string | null;
  type: string | null;
  main: Speaker;
  current: Speaker;
  idUsed: boolean;
}

interface Draft {
  floor: Floor | null;
  speaker: Speaker;
  procedural: boolean;
  heading: string | null;
  subheading: string | null;
  firstPartId: string | null;
  time: string | null;
  floorLanguage: "en" | "fr" | null;
  paragraphs: string[];
  bills: BillMention[];
  /** Named by an inline label that no earlier speaker with an id matched yet. */
  unresolvedLabel: boolean;
}

/**
 * Reads `<HansardBody>` in document order into statements and divisions. A statement is one
 * person speaking without interruption: an Intervention, split where the Hansard names another
 * speaker inline (`<B>Some hon. members:</B> Agreed.`) or records procedure in parentheses
 * ("(Motion agreed to)"), which becomes a procedural statement of its own. Paragraphs outside any
 * Intervention ("The House met at 10 a.m.", "(The House divided on the motion…)") are procedural.
 */
export class SittingReader {
  readonly statements: HansardStatement[] = [];
  readonly divisions: HansardDivision[] = [];
  private heading: string | null = null;
  private subjectTitle: string | null = null;
  private qualifier: string | null = null;
  private time: string | null = null;
  private floorLanguage: "en" | "fr" | null = null;
  private draft: Draft | null = null;
  private readonly questions = new QuestionTracker();
  private readonly speakersWithIds: Speaker[] = [];
  private readonly unresolved: { statement: HansardStatement; speaker: Speaker }[] = [];

  constructor(private readonly language: "en" | "fr") {}

  read(body: XmlElement): this {
    this.walk(body);
    this.close();
    // A label can name someone whose first intervention with an id comes later in the sitting.
    for (const { statement, speaker } of this.unresolved) {
      const known = this.speakersWithIds.find((s) => samePrintedSpeaker(speaker, s));
      if (known) {
        statement.speakerDbId = known.dbId;
        statement.speakerAffiliationType = known.affiliationType;
        statement.speakerDbIdFrom = "printed-name";
      }
    }
    // Within one sitting a bill number is one bill: a prose mention borrows the id of a linked one.
    const linked = new Map<string, number>();
    for (const bill of this.statements.flatMap((s) => s.billMentions)) {
      if (bill.legisinfoId !== null) linked.set(bill.number, bill.legisinfoId);
    }
    for (const bill of this.statements.flatMap((s) => s.billMentions)) bill.legisinfoId ??= linked.get(bill.number) ?? null;
    return this;
  }

  private walk(el: XmlElement): void {
    for (const child of childElements(el)) this.visit(child);
  }

  private visit(el: XmlElement): void {
    switch (el.name) {
      case "OrderOfBusiness":
        this.close();
        this.heading = null;
        this.subjectTitle = null;
        this.questions.startSubject(null);
        this.walk(el);
        this.close();
        return;
      case "OrderOfBusinessTitle":
        this.heading = headingCase(textOf(el), this.language) || null;
        return;
      case "SubjectOfBusiness":
        this.close();
        this.qualifier = null;
        this.walk(el);
        this.close();
        this.qualifier = null;
        return;
      case "SubjectOfBusinessTitle":
        this.subjectTitle = textOf(el) || null;
        this.questions.startSubject(this.subjectTitle);
        return;
      case "SubjectOfBusinessQualifier":
        this.qualifier = textOf(el) || null;
        return;
      case "Intro":
        this.close();
        this.walk(el);
        this.close();
        return;
      // Running heads and the prayer label repeat what the titles already say.
      case "CatchLine":
      case "Prayer":
        return;
      case "Timestamp":
        this.time = timestampOf(el) ?? this.time;
        return;
      case "FloorLanguage":
        this.floorLanguage = languageOf(el.attrs.language);
        return;
      case "ProceduralText":
        this.proceduralText(el, null);
        return;
      case "ParaText":
        this.paragraph(el, null);
        return;
      case "Intervention":
        this.intervention(el);
        return;
      case "WrittenQuestionResponse":
        this.writtenQuestion(el);
        return;
      case "Division":
        this.close();
        this.divisions.push(this.questions.read(el, this.time));
        return;
      default:
        // Containers: SubjectOfBusinessContent, Content, Pause/StartPause/EndPause, and any new wrapper.
        this.walk(el);
    }
  }

  private intervention(el: XmlElement): void {
    this.close();
    const { speaker, spokenText } = readPersonSpeaking(firstChild(el, "PersonSpeaking"), el.attrs.ToCText);
    if (speaker.dbId !== null) this.speakersWithIds.push(speaker);
    const floor: Floor = { id: el.attrs.id?.trim() || null, type: el.attrs.Type?.trim() || null, main: speaker, current: speaker, idUsed: false };
    this.open(floor, speaker, false);
    if (spokenText) this.append(spokenText, null, []);
    this.readContent(firstChild(el, "Content"), floor);
    this.close();
  }

  private writtenQuestion(el: XmlElement): void {
    this.close();
    const questionId = textOf(firstChild(el, "QuestionID") ?? "").replace(/[-—–\s]+$/, "");
    const outerQualifier = this.qualifier;
    this.qualifier = questionId || outerQualifier;
    const parts = [
      { who: "Questioner", content: "QuestionContent", type: "WrittenQuestion" },
      { who: "Responder", content: "ResponseContent", type: "WrittenResponse" },
    ];
    for (const part of parts) {
      const content = firstChild(el, part.content);
      if (!content) continue;
      const who = firstChild(el, part.who);
      const speaker = who ? readPersonSpeaking(who, undefined).speaker : NO_SPEAKER;
      const floor: Floor = { id: null, type: part.type, main: speaker, current: speaker, idUsed: true };
      this.open(floor, speaker, false);
      this.readContent(content, floor);
      this.close();
    }
    this.qualifier = outerQualifier;
  }

  private readContent(content: XmlElement | undefined, floor: Floor): void {
    if (!content) return;
    for (const child of childElements(content)) {
      if (child.name === "ParaText") this.paragraph(child, floor);
      else if (child.name === "ProceduralText") this.proceduralText(child, floor);
      else this.visit(child);
    }
  }

  private paragraph(el: XmlElement, floor: Floor | null): void {
    const paragraph = readParagraph(el);
    if (paragraph.blocks.length === 0) return;
    const partId = el.attrs.id?.trim() ? `p${el.attrs.id.trim()}` : null;
    const text = paragraph.blocks.join("\n\n");
    this.questions.noteParagraph(text);

    if (paragraph.label) {
      const speaker = this.resolveLabel(paragraph.label, floor);
      if (floor) floor.current = speaker;
      this.open(floor, speaker, false);
    } else if (paragraph.procedural || !floor) {
      this.time ??= sittingOpenedAt(text);
      if (!this.draft?.procedural || this.draft.paragraphs.length === 0) this.open(floor, NO_SPEAKER, true);
    } else if (!this.draft || this.draft.procedural || this.draft.floor !== floor) {
      // Back to whoever held the floor before the procedural interruption.
      this.open(floor, floor.current, false);
    }
    this.append(text, partId, paragraph.bills);
  }

  /** TCC text is printed procedure ("(Motion agreed to)"); TPC is a table-of-contents label. */
  private proceduralText(el: XmlElement, floor: Floor | null): void {
    const text = textOf(el);
    if (!text) return;
    if (el.attrs.TocType === "TPC") {
      this.questions.noteLabel(text);
      return;
    }
    this.questions.noteParagraph(text);
    if (!this.draft?.procedural || this.draft.paragraphs.length === 0) this.open(floor, NO_SPEAKER, true);
    this.append(text, el.attrs.id?.trim() ? `t${el.attrs.id.trim()}` : null, []);
  }

  /**
   * An inline label carries no id; when it prints the name of someone who spoke with an id in
   * this sitting (usually the intervention's own speaker resuming after an interjection), that
   * id is the same person in the same role. Generic labels ("Some hon. members") stay without.
   */
  private resolveLabel(label: InlineLabel, floor: Floor | null): Speaker {
    const speaker = speakerFromLabel(label.printed, label.dbId, label.affiliationType);
    if (speaker.dbId !== null) return speaker;
    const known =
      (floor && floor.main.dbId !== null && samePrintedSpeaker(speaker, floor.main) ? floor.main : undefined) ??
      this.speakersWithIds.findLast((s) => samePrintedSpeaker(speaker, s));
    return known ? { ...speaker, dbId: known.dbId, affiliationType: known.affiliationType, idFrom: "printed-name" } : speaker;
  }

  private open(floor: Floor | null, speaker: Speaker, procedural: boolean): void {
    this.close();
    this.draft = {
      floor,
      speaker,
      procedural,
      heading: this.heading,
      subheading: [this.subjectTitle, this.qualifier].filter(Boolean).join(" — ") || null,
      firstPartId: null,
      time: null,
      floorLanguage: null,
      paragraphs: [],
      bills: [],
      unresolvedLabel: speaker.dbId === null && speaker.name !== null && speaker !== floor?.main,
    };
  }

  private append(text: string, partId: string | null, bills: BillMention[]): void {
    const draft = this.draft!;
    if (draft.paragraphs.length === 0) {
      // Time and language apply from the first words, which may follow a Timestamp inside Content.
      draft.firstPartId = partId;
      draft.time = this.time;
      draft.floorLanguage = this.floorLanguage;
    }
    draft.paragraphs.push(text);
    for (const bill of bills) addBill(draft.bills, bill);
  }

  private close(): void {
    const draft = this.draft;
    this.draft = null;
    if (!draft || draft.paragraphs.length === 0) return;
    let sourceId = draft.firstPartId;
    if (draft.floor?.id && !draft.floor.idUsed) {
      draft.floor.idUsed = true;
      sourceId = draft.floor.id;
    }
    const text = draft.paragraphs.join("\n\n");
    const statement: HansardStatement = {
      sequence: this.statements.length,
      sourceId,
      interventionId: draft.floor?.id ?? null,
      speakerDbId: draft.speaker.dbId,
      speakerAffiliationType: draft.speaker.affiliationType,
      speakerDbIdFrom: draft.speaker.idFrom,
      speakerName: draft.speaker.name,
      speakerContext: draft.speaker.context,
      heading: draft.heading,
      subheading: draft.subheading,
      time: draft.time,
      interventionType: draft.floor?.type ?? null,
      floorLanguage: draft.floorLanguage,
      text,
      procedural: draft.procedural,
      wordCount: countWords(text),
      billMentions: draft.bills,
    };
    this.statements.push(statement);
    if (draft.unresolvedLabel) this.unresolved.push({ statement, speaker: draft.speaker });
  }
}

function languageOf(value: string | undefined): "en" | "fr" | null {
  const code = value?.trim().toLowerCase();
  // "[Text]" marks written text, which has no floor language.
  return code === "en" || code === "fr" ? code : null;
}
