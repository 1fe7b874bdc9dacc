import { createHash } from 'node:crypto';

import type { PlanImportRow } from './plan-import';
import { normaliseHomoglyphs } from './plan-values';

/** The lead agency of an imported row, and the identity of an action the sheet gives no reference for. */

export interface ImportAgency {
  id: string;
  name: string;
  shortName: string | null;
}

export type LeadResolution =
  | { kind: 'agency'; agencyId: string; officer: string | null; warning: string | null }
  | { kind: 'error'; message: string };

function agencyKey(text: string): string {
  return normaliseHomoglyphs(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The partnership agency whose name or short name the text begins with (whole words), longest name first. */
export function agencyAtStart(
  text: string,
  agencies: ImportAgency[],
): { agency: ImportAgency; rest: string } | null {
  const key = agencyKey(text);
  const names = agencies
    .flatMap((agency) =>
      [agency.name, agency.shortName]
        .filter((name): name is string => !!name)
        .map((name) => ({ agency, name: agencyKey(name) })),
    )
    .sort((a, b) => b.name.length - a.name.length);
  for (const { agency, name } of names) {
    if (key === name || (key.startsWith(name) && /^[\s,;/&(-]/u.test(key.slice(name.length)))) {
      const rest = text
        .replace(/\s+/gu, ' ')
        .trim()
        .slice(name.length)
        .replace(/^[\s,;/&(-]+|[\s,;/&)]+$/gu, '')
        .trim();
      return { agency, rest };
    }
  }
  return null;
}

/**
 * The lead agency of an action. The lead-agency cell names it first ("SYP", "SRP / DAPG": SRP leads; "TRFT,
 * Assistant Chief Nurse": TRFT, and the rest is the lead officer), or mentions it as a word ("Cherryl Henry-Leach
 * SRP Domestic Abuse Coordinator": SRP, the cell the lead officer). Else the section heading names it (seed 003's
 * agency headings), and the cell is taken as the lead officer ("Matron for A&E"). Else the one agency whose name
 * holds the cell's first name ("Police" for "Wyvern Police", with a warning). Else, for an empty cell, the
 * agency the lead officer cell names (a "Lead" or "Owner" column holding "SYP", "SYP - DI Smith" or "DI Smith
 * (SYP)"), else the default agency the coordinator chose. Otherwise an error naming the agency: every action needs a lead
 * agency of the partnership.
 */
export function resolveLeadAgency(
  row: Pick<PlanImportRow, 'leadAgency' | 'leadOfficer' | 'section'>,
  agencies: ImportAgency[],
  defaultAgencyId: string | null,
): LeadResolution {
  const cell = row.leadAgency;
  const officer = row.leadOfficer === '' ? null : row.leadOfficer;
  if (cell !== '') {
    const named = agencyAtStart(cell, agencies);
    if (named) {
      const others = named.rest !== '' && officer === null && !/^(?:and|&)?\s*[A-Z]{2,}\b/u.test(named.rest);
      return {
        kind: 'agency',
        agencyId: named.agency.id,
        officer: officer ?? (others ? named.rest : null),
        warning:
          named.rest !== '' && !others
            ? `Several agencies are named: ${named.agency.shortName ?? named.agency.name} is taken as the lead`
            : null,
      };
    }
  }
  if (cell !== '') {
    const mentioned = agencyMentioned(cell, agencies);
    if (mentioned) return { kind: 'agency', agencyId: mentioned.id, officer: officer ?? cell, warning: null };
  }
  const sectionAgency = row.section
    ? (agencyAtStart(row.section.replace(/^the\s+/iu, ''), agencies) ?? agencyAtStart(row.section, agencies))
    : null;
  if (sectionAgency) {
    return {
      kind: 'agency',
      agencyId: sectionAgency.agency.id,
      officer: officer ?? (cell === '' ? null : cell),
      warning: null,
    };
  }
  if (cell !== '') {
    const first = cell.split(/\s*(?:,|\/|;|&|\band\b)\s*/u)[0] ?? cell;
    const holding = agencyContaining(first, agencies);
    if (holding) {
      return {
        kind: 'agency',
        agencyId: holding.id,
        officer,
        warning: `"${first}" is taken as ${holding.name}, the only agency of that name`,
      };
    }
  }
  if (cell === '' && officer) {
    // a "Lead" or "Owner" column naming agencies rather than people ("SYP", "SYP - DI Smith", "DI Smith (SYP)")
    const named = agencyAtStart(officer, agencies);
    if (named) {
      return { kind: 'agency', agencyId: named.agency.id, officer: named.rest || null, warning: null };
    }
    const mentioned = agencyMentioned(officer, agencies);
    if (mentioned) {
      return {
        kind: 'agency',
        agencyId: mentioned.id,
        officer,
        warning: `No lead agency: ${mentioned.shortName ?? mentioned.name}, named in the lead officer cell, is taken as the lead`,
      };
    }
  }
  if (cell === '') {
    if (defaultAgencyId) {
      return {
        kind: 'agency',
        agencyId: defaultAgencyId,
        officer,
        warning: 'No lead agency: the default lead agency is used',
      };
    }
    return {
      kind: 'error',
      message: 'No lead agency: name one, or choose a default lead agency for the import',
    };
  }
  const first = cell.split(/\s*(?:,|\/|;|&|\band\b)\s*/u)[0] ?? cell;
  return {
    kind: 'error',
    message: `"${first}" is not an agency of this partnership: add it, or correct the name`,
  };
}

/** The one agency whose name holds the text as whole words ("Police" in "Wyvern Police"); null if none or several. */
function agencyContaining(text: string, agencies: ImportAgency[]): ImportAgency | null {
  const words = (name: string) =>
    agencyKey(name)
      .replace(/[^a-z0-9&]+/gu, ' ')
      .trim();
  const key = words(text);
  if (key.length < 4) return null;
  const found = agencies.filter((agency) => ` ${words(agency.name)} `.includes(` ${key} `));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The first agency a text names as a whole word ("Cherryl Henry-Leach SRP Domestic Abuse Coordinator": SRP). */
function agencyMentioned(text: string, agencies: ImportAgency[]): ImportAgency | null {
  const key = ` ${agencyKey(text).replace(/[^a-z0-9&]+/gu, ' ')} `;
  let best: { agency: ImportAgency; at: number } | null = null;
  for (const agency of agencies) {
    for (const name of [agency.name, agency.shortName]) {
      if (!name) continue;
      const at = key.indexOf(` ${agencyKey(name).replace(/[^a-z0-9&]+/gu, ' ')} `);
      if (at >= 0 && (!best || at < best.at)) best = { agency, at };
    }
  }
  return best?.agency ?? null;
}

/** The identity of an action without a reference: its plan text and lead agency, case and spacing ignored. */
export function actionFingerprint(description: string, leadAgencyId: string): string {
  const text = normaliseHomoglyphs(description).toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(`${text}\u0000${leadAgencyId}`).digest('hex');
}

/** The reference given to an action the sheet has none for: stable, so a re-import finds the same action. */
export function fingerprintReference(fingerprint: string): string {
  return `#${fingerprint.slice(0, 8)}`;
}

/**
 * The key of a lead-agency name the coordinator has chosen an agency for: the same however its spaces and
 * capitals were typed ("West  Police" and "west police" are one name).
 */
export function aliasKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
