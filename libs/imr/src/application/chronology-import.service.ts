import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { newId } from '@dhr/platform-database';
import { InvalidInputError } from '@dhr/platform-domain';
import { chronologyBounds } from '../domain/chronology-date';
import { readChronologyRows } from '../domain/chronology-rows';
import { ImrRequest } from '../domain/imr-request';
import { assertEditable } from '../domain/imr-rules';
import { ChronologyEntryRepository } from '../persistence/chronology-entry.repository';
import { ChronologyService } from './chronology.service';
import {
  readChronologySheet,
  SheetFormat,
  SHEET_CONTENT_TYPES,
  writeChronologyTemplate,
} from './chronology-sheet';
import { ImrAccess } from './imr-access';
import { ImrChanger, started } from './imr-changes';

/** append: the rows join the chronology; replace: they become the agency's whole chronology for this IMR. */
export type ChronologyImportMode = 'append' | 'replace';

export interface ChronologyUpload {
  filename: string;
  content: Buffer;
}

export interface ChronologyTemplate {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * A chronology uploaded as a spreadsheet: all its rows or none. Every bad row is reported at once, by the
 * sheet's own row number; a good sheet is added in one change to the IMR (one version, one audit event).
 */
@Injectable()
export class ChronologyImportService {
  constructor(
    private readonly access: ImrAccess,
    private readonly changer: ImrChanger,
    private readonly chronology: ChronologyService,
    private readonly entries: ChronologyEntryRepository,
  ) {}

  async template(
    actor: PartnershipActor,
    requestId: string,
    format: SheetFormat,
  ): Promise<ChronologyTemplate> {
    await this.access.require(actor, requestId, 'read');
    return {
      filename: `chronology-template.${format}`,
      contentType: SHEET_CONTENT_TYPES[format],
      content: await writeChronologyTemplate(format),
    };
  }

  async import(
    actor: PartnershipActor,
    requestId: string,
    version: number,
    mode: ChronologyImportMode,
    upload: ChronologyUpload,
  ): Promise<ImrRequest> {
    // who may import, before reading what they sent; checked again under the lock below
    const { request } = await this.access.require(actor, requestId, 'author');
    assertEditable(request);
    const read = readChronologyRows(await readChronologySheet(upload.filename, upload.content));
    if (!read.ok) throw new InvalidInputError(read.problems, 'chronology_rows_invalid');

    return this.changer.change(
      actor,
      requestId,
      version,
      'author',
      'chronology-imported',
      async (inHand) => {
        assertEditable(inHand.request);
        if (mode === 'replace') await this.entries.removeForRequest(actor.partnershipId, inHand.request.id);
        for (const row of read.rows) {
          const columns = this.chronology.columns(inHand.request, {
            date: row.dateText,
            sourceReference: row.sourceReference,
            subjects: row.subjects,
            event: row.event,
            actionOutcome: row.actionOutcome,
            analysis: row.analysis,
          });
          // the date as read from the sheet (a date cell is a day, whatever its text would read back as)
          const bounds = chronologyBounds(row.date);
          await this.entries.insert({
            id: newId(),
            ...columns,
            occurred: row.date,
            dateText: row.dateText,
            earliestOn: bounds.earliest,
            latestOn: bounds.latest,
          });
        }
        return started(inHand.request);
      },
      () => ({ chronologyEntriesImported: read.rows.length, mode }),
    );
  }
}
