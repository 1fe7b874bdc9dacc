import type { PlanImportRow } from './plan-import';
import { ImportColumn } from './plan-import-columns';
import { parsePlanDate } from './plan-import-dates';
import { RagGreens, readRag } from './plan-import-rag';
import { RecommendationScope } from './recommendation';

/** What each cell of an action row says about the row's fields, and what is wrong with it. */

const NEW_MARKER = /^new$/iu;
/** "6 months", "Within 3 months", "12 weeks from publication": a time from a start the sheet does not give. */
const DURATION =
  /^(?:within\s+|in\s+)?(?:\d{1,2}|one|two|three|four|six|nine|twelve)\s*(?:weeks?|months?|years?)\b/iu;
const REJECTED = /^(?:reject(?:ed)?|not accepted|declined|not agreed)\b/iu;
const DEFERRED = /^(?:defer(?:red)?|postponed|on hold)\b/iu;

function describeDay(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The target: a date, or to be agreed with a warning, or an error a person must fix. */
export function checkTarget(fields: PlanImportRow, field: (column: ImportColumn) => string): void {
  const target = fields.target;
  const text = fields.targetText;
  if (target.kind === 'invalid' && (text.split(/\s+/u).length >= 4 || DURATION.test(text))) {
    // prose ("Managers by April 2014 and for all staff by July 2014") or a time from some start ("6 months"):
    // kept as a milestone for a person to date
    fields.warnings.push({
      field: field('targetDate'),
      message: `The target "${text}" is prose, not one date: recorded as to be agreed, the text kept as a milestone`,
    });
    fields.milestones = [...fields.milestones, `Target as written: ${text}`];
    fields.target = { kind: 'to_be_agreed' };
  } else if (target.kind === 'invalid') {
    fields.errors.push({ field: field('targetDate'), message: target.problem });
  } else if (target.kind === 'empty') {
    fields.warnings.push({ field: field('targetDate'), message: 'No target date: recorded as to be agreed' });
  } else if (target.kind === 'date' && target.note) {
    fields.warnings.push({
      field: field('targetDate'),
      message: `${target.note}: ${describeDay(target.date)}`,
    });
  } else if (target.kind === 'completed') {
    fields.warnings.push({
      field: field('targetDate'),
      message: `Marked completed${target.on ? ` (${describeDay(target.on)})` : ''} in the sheet: completion needs sign-off here, so the action is imported open, its target to be agreed`,
    });
  } else if (target.kind !== 'date' && target.kind !== 'to_be_agreed') {
    fields.warnings.push({
      field: field('targetDate'),
      message: `The target "${text}" is not a date: recorded as to be agreed`,
    });
  }
}

/** The RAG rating, from the cell's text, else its fill colour. */
export function checkRag(
  fields: PlanImportRow,
  text: string,
  fill: string | null | undefined,
  greens: RagGreens,
  field: (column: ImportColumn) => string,
): void {
  const rag = readRag(text, fill, greens);
  fields.rag = rag.rating;
  if (rag.error) fields.errors.push({ field: field('rag'), message: rag.error });
  if (rag.warning) fields.warnings.push({ field: field('rag'), message: rag.warning });
}

/** The date of the row's update, or the sheet's ("Last updated 31 March 2015" above the header). */
export function checkUpdated(
  fields: PlanImportRow,
  text: string,
  sheetUpdated: { date: string; text: string } | null,
  field: (column: ImportColumn) => string,
): void {
  const updated = parsePlanDate(text);
  if (updated.kind === 'date') {
    fields.updatedOn = updated.date;
  } else if (updated.kind === 'completed') {
    fields.updatedOn = updated.on ?? null;
    fields.warnings.push({
      field: field('updatedOn'),
      message:
        'Marked completed in the sheet: completion needs sign-off here, so the action is imported open',
    });
  } else if (updated.kind !== 'empty' && updated.kind !== 'not_applicable' && !NEW_MARKER.test(text)) {
    fields.errors.push({
      field: field('updatedOn'),
      message:
        updated.kind === 'invalid'
          ? updated.problem.replace('target date', 'date of update')
          : `"${text}" is not a date of update`,
    });
  }
  if (fields.progress === '') return;
  if (fields.rag === null) {
    // a lead officer rates each update they give (domain.md); what a sheet gave without one is kept unrated
    fields.warnings.push({
      field: field('rag'),
      message: 'Progress has no RAG rating: it is recorded as an update without one',
    });
  }
  if (fields.updatedOn !== null) return;
  if (sheetUpdated) {
    fields.updatedOn = sheetUpdated.date;
    fields.warnings.push({
      field: field('updatedOn'),
      message: `The row has no date of update: the sheet's "${sheetUpdated.text}" is used`,
    });
  } else {
    fields.warnings.push({
      field: field('updatedOn'),
      message: 'Progress has no date of update: it is recorded as of the day of import',
    });
  }
}

/** A recommendation that was rejected or deferred (seed 001's cabinet decision) is imported, with a warning. */
export function checkDecision(fields: PlanImportRow, field: (column: ImportColumn) => string): void {
  const decision = fields.decision ?? '';
  const rejected = REJECTED.test(decision);
  if (!rejected && !DEFERRED.test(decision)) return;
  fields.warnings.push({
    field: field('decision'),
    message: `The recommendation was ${rejected ? 'rejected' : 'deferred'} ("${decision.replace(/\s+/gu, ' ')}"): it is imported as an action all the same; close it, or leave the row out, if nothing will be done`,
  });
}

/** The date of update a title row above the header gives the whole sheet, if any. */
export function sheetUpdatedOn(titles: string[]): { date: string; text: string } | null {
  for (const title of titles) {
    const match =
      /\b(?:last\s+)?updated?(?:\s+(?:on|at))?\s*[:\-–]?\s*(.+)$|\bas at\s*[:\-–]?\s*(.+)$|\bposition (?:at|as at)\s*[:\-–]?\s*(.+)$/iu.exec(
        title,
      );
    const when = match ? parsePlanDate((match[1] ?? match[2] ?? match[3] ?? '').trim()) : null;
    if (when?.kind === 'date') return { date: when.date, text: title.replace(/\s+/gu, ' ').trim() };
  }
  return null;
}

const SCOPE = /^\s*(local|regional|national)\b\s*(?:[-–:(,]\s*)?(.*?)\)?\s*$/iu;

/**
 * The scope of the row's recommendation ("Local", "Regional", "National: Home Office"); an empty cell says
 * nothing of it.
 * A national one must name the body it goes to (domain.md), so "National" alone is an error saying how to
 * write it; anything else is an error naming the words it accepts.
 */
export function checkScope(
  fields: PlanImportRow,
  text: string,
  field: (column: ImportColumn) => string,
): void {
  if (text === '') return; // the recommendation's scope as it is (local, when it is new)
  const match = SCOPE.exec(text.replace(/\s+/gu, ' '));
  const scope = match?.[1]?.toLowerCase() as RecommendationScope | undefined;
  const rest = (match?.[2] ?? '').trim();
  if (!scope) {
    fields.errors.push({
      field: field('scope'),
      message: `"${text}" is not a scope: write Local, Regional or National`,
    });
    return;
  }
  if (scope === 'national' && rest === '') {
    fields.errors.push({
      field: field('scope'),
      message: 'A national recommendation names who it goes to: write it as "National: Home Office", say',
    });
    return;
  }
  fields.scope = scope;
  fields.nationalRecipient = scope === 'national' ? rest.slice(0, 200) : null;
  if (scope !== 'national' && rest !== '') {
    fields.warnings.push({ field: field('scope'), message: `Taken as ${scope}; "${rest}" is left out` });
  }
}
