import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { InvalidInputError, NotFoundError } from '@dhr/platform-domain';
import { Outbox } from '@dhr/platform-queue';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { mergeChronology } from '../domain/combined-chronology';
import { LikelyDuplicate } from '../domain/duplicates';
import { ChronologyEntry } from '../domain/imr-content';
import { RequestStatus } from '../domain/imr-request';
import { CHECK_CHRONOLOGY_DUPLICATES } from '../jobs/imr.jobs';
import { ChronologyCheck, ChronologyCheckRepository } from '../persistence/chronology-check.repository';
import {
  ChronologyLink,
  ChronologyLinkRepository,
  LinkDecision,
} from '../persistence/chronology-link.repository';
import {
  CombinedChronologyFilter,
  CombinedChronologyRepository,
} from '../persistence/combined-chronology.repository';
import { ExportedFile, ExportFormat, exportChronology } from './chronology-export';
import { AgencyNames, chronologyItemOf, CombinedEntry } from './chronology-items';
import { ImrAccess } from './imr-access';

/** As ImrAccess: readers who do not work on the review (panel, CSP chair) see what has reached the chair. */
const REACHED_CHAIR: readonly RequestStatus[] = ['submitted', 'returned', 'accepted'];

export type ChronologyFilter = Omit<CombinedChronologyFilter, 'requestStatuses'>;

export interface CombinedChronology {
  reviewId: string;
  reference: string;
  entries: CombinedEntry[];
}

/** A candidate pair of the latest check, both entries in hand, with the chair's decision if any. */
export interface DuplicateCandidate {
  pair: LikelyDuplicate;
  a: CombinedEntry;
  b: CombinedEntry;
  decision: LinkDecision | null;
}

export interface LinkDecisionInput {
  entryA: string;
  entryB: string;
  decision: LinkDecision;
}

/**
 * The review's combined chronology: every agency's entries in the documented order (mergeChronology), the
 * duplicate check the chair runs on it, the chair's decisions on likely duplicates, and its exports.
 */
@Injectable()
export class CombinedChronologyService {
  constructor(
    private readonly db: Db,
    private readonly access: ImrAccess,
    private readonly reviews: ReviewDirectory,
    private readonly entries: CombinedChronologyRepository,
    private readonly checks: ChronologyCheckRepository,
    private readonly links: ChronologyLinkRepository,
    private readonly agencyNames: AgencyNames,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  /** For anyone who may view the review; those who do not work on it see only entries that reached the chair. */
  async list(
    actor: PartnershipActor,
    reviewId: string,
    filter: ChronologyFilter,
  ): Promise<CombinedChronology> {
    await this.access.requireReview(actor, reviewId, false);
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new InvalidInputError([{ field: 'to', message: 'to must be on or after from' }]);
    }
    const capabilities = await this.reviews.capabilitiesOn(actor, reviewId as ReviewId);
    const requestStatuses = capabilities.has('work') ? undefined : REACHED_CHAIR;
    const entries = await this.entries.listForReview(actor.partnershipId, reviewId, {
      ...filter,
      requestStatuses,
    });
    const filtered = Boolean(filter.agencyId || filter.subject || filter.from || filter.to);
    const visible =
      requestStatuses && filtered
        ? await this.entries.listForReview(actor.partnershipId, reviewId, { requestStatuses })
        : undefined;
    const linked = await this.linkedEntries(
      actor,
      reviewId,
      requestStatuses ? new Set((visible ?? entries).map((entry) => entry.id)) : undefined,
    );
    return {
      reviewId,
      reference: await this.referenceOf(actor, reviewId),
      entries: await this.combine(actor, entries, linked),
    };
  }

  /** The chair or coordinator asks for a duplicate check: queued for the worker in the same transaction. */
  requestCheck(actor: PartnershipActor, reviewId: string): Promise<ChronologyCheck> {
    return this.db.transaction(async () => {
      await this.access.requireReview(actor, reviewId, true);
      const check = await this.checks.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reviewId,
        status: 'queued',
        progress: 0,
        entriesChecked: 0,
        pairsFound: 0,
        requestedBy: actor.userId,
        finishedAt: null,
      });
      await this.outbox.enqueue(
        CHECK_CHRONOLOGY_DUPLICATES,
        { partnershipId: actor.partnershipId, checkId: check.id },
        actor.partnershipId,
      );
      await this.audit.record(actor, {
        action: 'chronology-check.requested',
        entityType: 'chronology-check',
        entityId: check.id,
        after: check,
      });
      return check;
    });
  }

  /** The latest check, with its candidate pairs (those whose entries still exist) and the chair's decisions. */
  async latestCheck(
    actor: PartnershipActor,
    reviewId: string,
  ): Promise<{ check: ChronologyCheck; candidates: DuplicateCandidate[] }> {
    await this.access.requireReview(actor, reviewId, true);
    const check = await this.checks.latest(actor.partnershipId, reviewId);
    if (!check) throw new NotFoundError('Duplicate check');
    const pairs = await this.checks.pairsOf(check.id);
    const ids = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
    const entries = await this.entries.findInReview(actor.partnershipId, reviewId, ids);
    const byId = new Map((await this.combine(actor, entries, new Map())).map((e) => [e.id, e]));
    const decisions = new Map(
      (await this.links.listFor(actor.partnershipId, reviewId)).map((link) => [
        `${link.entryA} ${link.entryB}`,
        link.decision,
      ]),
    );
    const candidates: DuplicateCandidate[] = [];
    for (const pair of pairs) {
      const [a, b] = [byId.get(pair.a), byId.get(pair.b)];
      if (a && b) candidates.push({ pair, a, b, decision: decisions.get(`${pair.a} ${pair.b}`) ?? null });
    }
    return { check, candidates };
  }

  /** The chair's decision on a pair: the same event (linked) or not (dismissed). A later decision replaces it. */
  decideLink(actor: PartnershipActor, reviewId: string, input: LinkDecisionInput): Promise<ChronologyLink> {
    return this.db.transaction(async () => {
      await this.access.requireReview(actor, reviewId, true);
      if (input.entryA === input.entryB) {
        throw new InvalidInputError([{ field: 'entryB', message: 'Choose two different entries' }]);
      }
      const [entryA, entryB] = [input.entryA, input.entryB].sort();
      const found = await this.entries.findInReview(actor.partnershipId, reviewId, [entryA, entryB]);
      if (found.length !== 2) throw new NotFoundError('Chronology entry');
      const before = await this.links.findPairForUpdate(actor.partnershipId, entryA, entryB);
      if (before?.decision === input.decision) return before;
      const after = before
        ? await this.links.update(actor.partnershipId, reviewId, before.id, {
            decision: input.decision,
            decidedBy: actor.userId,
          })
        : await this.links.insert({
            id: newId(),
            partnershipId: actor.partnershipId,
            reviewId,
            entryA,
            entryB,
            decision: input.decision,
            decidedBy: actor.userId,
          });
      await this.audit.record(actor, {
        action: before ? 'chronology-link.changed' : 'chronology-link.decided',
        entityType: 'chronology-link',
        entityId: after.id,
        before: before ?? null,
        after,
      });
      return after;
    });
  }

  /** The combined chronology (same filters, same order) as a file; each export is audited. */
  async export(
    actor: PartnershipActor,
    reviewId: string,
    filter: ChronologyFilter,
    format: ExportFormat,
  ): Promise<ExportedFile> {
    const chronology = await this.list(actor, reviewId, filter);
    const file = await exportChronology(chronology.reference, chronology.entries, format);
    await this.db.transaction(() =>
      this.audit.record(actor, {
        action: 'chronology.exported',
        entityType: 'review',
        entityId: reviewId,
        after: { format, filter: { ...filter }, entries: chronology.entries.length, filename: file.filename },
      }),
    );
    return file;
  }

  private async combine(
    actor: PartnershipActor,
    entries: ChronologyEntry[],
    linked: Map<string, string[]>,
  ): Promise<CombinedEntry[]> {
    const names = await this.agencyNames.of(actor.partnershipId, entries);
    return mergeChronology(
      entries.map((entry) => ({
        ...chronologyItemOf(entry, names),
        entry,
        linkedEntryIds: linked.get(entry.id) ?? [],
      })),
    );
  }

  /** Each entry's linked entries, both ways, among those the reader may see (`visible`; all when undefined). */
  private async linkedEntries(
    actor: PartnershipActor,
    reviewId: string,
    visible: Set<string> | undefined,
  ): Promise<Map<string, string[]>> {
    const linked = new Map<string, string[]>();
    const add = (from: string, to: string) => linked.set(from, [...(linked.get(from) ?? []), to]);
    for (const link of await this.links.listFor(actor.partnershipId, reviewId)) {
      if (link.decision !== 'linked') continue;
      if (visible && !(visible.has(link.entryA) && visible.has(link.entryB))) continue;
      add(link.entryA, link.entryB);
      add(link.entryB, link.entryA);
    }
    for (const ids of linked.values()) ids.sort();
    return linked;
  }

  private async referenceOf(actor: PartnershipActor, reviewId: string): Promise<string> {
    return (await this.reviews.review(actor.partnershipId, reviewId as ReviewId))?.reference ?? '';
  }
}
