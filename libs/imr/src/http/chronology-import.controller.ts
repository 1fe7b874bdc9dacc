import { Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { DomainError, InvalidInputError } from '@dhr/platform-domain';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { ChronologyImportService, ChronologyUpload } from '../application/chronology-import.service';
import { ChronologyService } from '../application/chronology.service';
import { toEntryResponse } from './chronology.controller';
import {
  ChronologyImportQuery,
  ChronologyImportRequest,
  ChronologyTemplateQuery,
} from './dto/chronology-import.dto';
import { ChronologyResponse } from './dto/chronology.dto';

const FILE_FIELD = 'file';

/** An agency's chronology as a spreadsheet: the template to fill in, and the upload of a filled-in one. */
@ApiTags('imr')
@Controller('api/v1/imr-requests/:requestId')
export class ChronologyImportController {
  constructor(
    private readonly imports: ChronologyImportService,
    private readonly chronology: ChronologyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('chronology-template')
  @Allow('imr.read')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The chronology template', schema: { type: 'string', format: 'binary' } })
  async downloadChronologyTemplate(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Query() query: ChronologyTemplateQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const template = await this.imports.template(inPartnership(actor), requestId, query.format ?? 'xlsx');
    await reply
      .header('content-type', template.contentType)
      .header('content-disposition', `attachment; filename="${template.filename}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(template.content);
  }

  @Post('chronology-import')
  @Allow('imr.read')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ChronologyImportRequest })
  @ApiCreatedResponse({ type: ChronologyResponse })
  async importChronology(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Query() query: ChronologyImportQuery,
    @IfMatch() version: number,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChronologyResponse> {
    const partnershipActor = inPartnership(actor);
    const upload = await receiveSheet(request, this.config.documents.maxBytes);
    const after = await this.imports.import(
      partnershipActor,
      requestId,
      version,
      query.mode ?? 'append',
      upload,
    );
    const entries = await this.chronology.list(partnershipActor, after.id);
    setEtag(reply, after.version);
    return { items: entries.map(toEntryResponse), version: after.version };
  }
}

/** The one file of a multipart/form-data request, in the field named `file`, read whole (at most `maxBytes`). */
async function receiveSheet(request: FastifyRequest, maxBytes: number): Promise<ChronologyUpload> {
  if (!request.isMultipart()) {
    throw new InvalidInputError([{ field: FILE_FIELD, message: 'Send the file as multipart/form-data' }]);
  }
  const part = await request.file();
  if (!part) throw new InvalidInputError([{ field: FILE_FIELD, message: 'Choose a file to upload' }]);
  if (part.fieldname !== FILE_FIELD) {
    part.file.resume();
    throw new InvalidInputError([
      { field: FILE_FIELD, message: `Send the file in the field named ${FILE_FIELD}` },
    ]);
  }
  return { filename: part.filename, content: await untruncated(part, maxBytes) };
}

async function untruncated(part: MultipartFile, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk as Buffer);
  if (part.file.truncated) {
    throw new DomainError(
      'too_large',
      'too_large',
      `The file is larger than ${sizeOf(maxBytes)}, the most that can be uploaded.`,
    );
  }
  return Buffer.concat(chunks);
}

function sizeOf(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${Number((bytes / 1024 ** 2).toFixed(1))} MB`;
  return bytes >= 1024 ? `${Number((bytes / 1024).toFixed(1))} KB` : `${bytes} bytes`;
}
