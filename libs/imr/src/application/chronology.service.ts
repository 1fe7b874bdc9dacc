import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { newId } from '@dhr/platform-database';
import { InvalidInputError, NotFoundError } from '@dhr/platform-domain';
import { chronologyBounds, formatChronologyDate, parseChronologyDate } from '../domain/chronology-date';
import { ChronologyEntry } from '../domain/imr-content';
import { ImrRequest } from '../domain/imr-request';
import { assertEditable } from '../domain/imr-rules';
import { ChronologyEntryRepository } from '../persistence/chronology-entry.repository';
import { ImrAccess } from './imr-access';
import { ImrChanger, started } from './imr-changes';

export interface ChronologyEntryInput {
  /** the date as the agency writes it: "12/03/2013 14:30", "mid-August 2013", "spring 2007", "1985" */
  date: string;
  sourceReference?: string | null;
  subjects?: string[];
  event: string;
  actionOutcome?: string | null;
  analysis?: string | null;
}

/** An agency's chronology, entry by entry; each change moves the IMR's version on, like any other part of it. */
@Injectable()
export class ChronologyService {
  constructor(
    private readonly access: ImrAccess,
    private readonly changer: ImrChanger,
    private readonly entries: ChronologyEntryRepository,
  ) {}

  async list(actor: PartnershipActor, requestId: string): Promise<ChronologyEntry[]> {
    const { request } = await this.access.require(actor, requestId, 'read');
    return this.entries.listForRequest(actor.partnershipId, request.id);
  }

  add(actor: PartnershipActor, requestId: string, version: number, input: ChronologyEntryInput) {
    return this.changer.change(
      actor,
      requestId,
      version,
      'author',
      'chronology-entry-added',
      async ({ request }) => {
        assertEditable(request);
        await this.entries.insert({ id: newId(), ...this.columns(request, input) });
        return started(request);
      },
    );
  }

  update(
    actor: PartnershipActor,
    requestId: string,
    entryId: string,
    version: number,
    input: ChronologyEntryInput,
  ) {
    return this.changer.change(
      actor,
      requestId,
      version,
      'author',
      'chronology-entry-changed',
      async ({ request }) => {
        assertEditable(request);
        await this.existing(request, entryId);
        const { id: _id, ...columns } = { id: entryId, ...this.columns(request, input) };
        await this.entries.update(request.partnershipId, request.reviewId, entryId, columns);
        return started(request);
      },
    );
  }

  remove(actor: PartnershipActor, requestId: string, entryId: string, version: number) {
    return this.changer.change(
      actor,
      requestId,
      version,
      'author',
      'chronology-entry-removed',
      async ({ request }) => {
        assertEditable(request);
        await this.existing(request, entryId);
        await this.entries.remove(request.partnershipId, request.reviewId, entryId);
        return started(request);
      },
    );
  }

  /** The row for an entry: its date parsed as the agency wrote it, or a 400 that says what is wrong with it. */
  columns(request: ImrRequest, input: ChronologyEntryInput) {
    const parsed = parseChronologyDate(input.date);
    if (!parsed.ok) throw new InvalidInputError([{ field: 'date', message: parsed.problem }]);
    const bounds = chronologyBounds(parsed.date);
    return {
      partnershipId: request.partnershipId,
      reviewId: request.reviewId,
      requestId: request.id,
      agencyId: request.agencyId,
      occurred: parsed.date,
      dateText: formatChronologyDate(parsed.date),
      earliestOn: bounds.earliest,
      latestOn: bounds.latest,
      sourceReference: input.sourceReference ?? null,
      subjects: input.subjects ?? [],
      event: input.event,
      actionOutcome: input.actionOutcome ?? null,
      analysis: input.analysis ?? null,
    };
  }

  private async existing(request: ImrRequest, entryId: string): Promise<ChronologyEntry> {
    const entry = await this.entries.find(request.partnershipId, request.reviewId, entryId);
    if (!entry || entry.requestId !== request.id) throw new NotFoundError('Chronology entry');
    return entry;
  }
}
