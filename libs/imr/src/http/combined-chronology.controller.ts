import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { ChronologyCheck } from '../persistence/chronology-check.repository';
import { CombinedEntry } from '../application/chronology-items';
import { CombinedChronologyService, DuplicateCandidate } from '../application/combined-chronology.service';
import {
  ChronologyCheckResponse,
  ChronologyExportQuery,
  ChronologyLinkRequest,
  ChronologyLinkResponse,
  CombinedChronologyQuery,
  CombinedChronologyResponse,
  CombinedEntryResponse,
  DuplicateEntrySummary,
  LatestChronologyCheckResponse,
} from './dto/combined-chronology.dto';

const ORDER = `Entries come in this order; each rule only breaks ties left by the ones before it:
1. The first day the date can mean, ascending ("spring 2007" starts 2007-03-01). So "2013" comes before "summer 2013": it may be earlier, and a reader should meet it before anything it could precede.
2. The last day it can mean, ascending: when dates start together the narrower comes first, so "1 June 2013" < "early June 2013" < "June 2013" < "summer 2013", and "1 January 2013" < "January 2013" < "early 2013" < "2013". A range sorts by its whole span, from the start of \`from\` to the end of \`to\`.
3. Time of day, for entries of the same single day: untimed first (the day as a whole, then what happened in it), then timed ones by "HH:MM".
4. Exact before approximate ("1985" before "c. 1985"): the firmer statement anchors the hedged one.
5. Agency name, case-insensitively, then exactly; then agency id (two agencies may share a name).
6. When the entry was recorded, earlier first, so one agency's entries of the same date keep the order the author wrote them in.
7. Entry id, so the order is total: the same entries always come out in the same order.
Text comparisons are by UTF-16 code unit, not locale, so the order does not depend on the machine.`;

const FILTERS =
  'Filters: agencyId (one agency), subject (a pseudonym), from/to (YYYY-MM-DD: entries whose possible days ' +
  'overlap the period, so "August 2013" is in a period that holds any day of August 2013).';

/** A review's combined chronology: all agencies' entries in one documented order, its duplicate check and exports. */
@ApiTags('imr')
@Controller('api/v1/reviews/:reviewId/chronology')
export class CombinedChronologyController {
  constructor(private readonly chronology: CombinedChronologyService) {}

  @Get()
  @Allow('imr.read')
  @ApiOperation({
    summary: 'The combined chronology of a review',
    description: `${ORDER}\n\n${FILTERS}\n\nFor those who may view the review (IMR authors see their own agency's chronology through their IMR request). Readers who do not work on the review see the entries of IMRs that have reached the chair.`,
  })
  @ApiOkResponse({ type: CombinedChronologyResponse })
  async combinedChronology(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Query() query: CombinedChronologyQuery,
  ): Promise<CombinedChronologyResponse> {
    const chronology = await this.chronology.list(inPartnership(actor), reviewId, query);
    return {
      reviewId: chronology.reviewId,
      reference: chronology.reference,
      items: chronology.entries.map(toCombinedEntryResponse),
    };
  }

  @Get('export')
  @Allow('imr.read')
  @ApiOperation({
    summary: 'The combined chronology as CSV, XLSX or a DOCX table',
    description: `Columns: Date, Agency, Source record, Subjects, Event, Action/outcome, Analysis; in the order of the combined chronology, with the same filters. Subjects appear by pseudonym only.\n\n${FILTERS}`,
  })
  @ApiProduces(
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiOkResponse({ description: 'The file, as an attachment', schema: { type: 'string', format: 'binary' } })
  async exportChronology(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Query() query: ChronologyExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { format, ...filter } = query;
    const file = await this.chronology.export(inPartnership(actor), reviewId, filter, format);
    await reply
      .header('content-type', file.contentType)
      .header('content-length', file.content.length)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file.content);
  }

  @Post('duplicate-checks')
  @Allow('imr.read')
  @ApiOperation({
    summary: 'Check the combined chronology for likely duplicates across agencies',
    description: 'The chair or coordinator. Runs as a job: follow it with GET duplicate-checks/latest.',
  })
  @ApiCreatedResponse({ type: ChronologyCheckResponse })
  async requestDuplicateCheck(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<ChronologyCheckResponse> {
    return toCheckResponse(await this.chronology.requestCheck(inPartnership(actor), reviewId));
  }

  @Get('duplicate-checks/latest')
  @Allow('imr.read')
  @ApiOperation({
    summary: 'The latest duplicate check: its progress, and the pairs found with the chair’s decisions',
  })
  @ApiOkResponse({ type: LatestChronologyCheckResponse })
  async latestDuplicateCheck(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<LatestChronologyCheckResponse> {
    const { check, candidates } = await this.chronology.latestCheck(inPartnership(actor), reviewId);
    return { ...toCheckResponse(check), candidates: candidates.map(toCandidateResponse) };
  }

  @Post('links')
  @Allow('imr.read')
  @ApiOperation({
    summary: 'The chair’s decision on two entries: the same event (linked) or not (dismissed)',
    description: 'A later decision on the same pair replaces the earlier one; each is audited.',
  })
  @ApiCreatedResponse({ type: ChronologyLinkResponse })
  async decideChronologyLink(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: ChronologyLinkRequest,
  ): Promise<ChronologyLinkResponse> {
    const link = await this.chronology.decideLink(inPartnership(actor), reviewId, body);
    return {
      id: link.id,
      entryA: link.entryA,
      entryB: link.entryB,
      decision: link.decision,
      decidedBy: link.decidedBy,
    };
  }
}

function toCombinedEntryResponse({
  entry,
  agencyName,
  linkedEntryIds,
}: CombinedEntry): CombinedEntryResponse {
  return {
    id: entry.id,
    requestId: entry.requestId,
    agencyId: entry.agencyId,
    agencyName,
    date: entry.dateText,
    earliestOn: entry.earliestOn,
    latestOn: entry.latestOn,
    precision: entry.occurred.from.precision,
    approximate: entry.occurred.approximate,
    time: entry.occurred.time,
    sourceReference: entry.sourceReference,
    subjects: entry.subjects,
    event: entry.event,
    actionOutcome: entry.actionOutcome,
    analysis: entry.analysis,
    linkedEntryIds,
  };
}

function toCheckResponse(check: ChronologyCheck): ChronologyCheckResponse {
  return {
    id: check.id,
    status: check.status,
    progress: check.progress,
    entriesChecked: check.entriesChecked,
    pairsFound: check.pairsFound,
    requestedBy: check.requestedBy,
    requestedAt: check.createdAt.toISOString(),
    finishedAt: check.finishedAt?.toISOString() ?? null,
  };
}

function summaryOf({ entry, agencyName }: CombinedEntry): DuplicateEntrySummary {
  return { id: entry.id, agencyId: entry.agencyId, agencyName, date: entry.dateText, event: entry.event };
}

function toCandidateResponse(candidate: DuplicateCandidate) {
  return {
    entryA: summaryOf(candidate.a),
    entryB: summaryOf(candidate.b),
    score: candidate.pair.score,
    reasons: candidate.pair.reasons,
    decision: candidate.decision,
  };
}
