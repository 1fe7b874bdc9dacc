import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor, CurrentActor, inPartnership, SignedIn } from '@dhr/platform-auth';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { DEFAULT_PAGE_SIZE } from '@dhr/platform-database';
import { DocumentQueries } from '../application/document.queries';
import { DocumentService } from '../application/document.service';
import { DocumentId, DocumentMetadata, DocumentOwner } from '../domain/document';
import { contentDisposition } from './content-disposition';
import {
  DocumentOwnerQuery,
  DocumentPage,
  DocumentResponse,
  DocumentUploadRequest,
  ListDocumentsQuery,
} from './dto/document.dto';
import { receiveUpload } from './uploaded-file';

/**
 * Files attached to records. Any signed-in user reaches these routes; whether they may see or change a
 * record's documents is the record owner's decision, taken in the service (404 when they may not see it).
 */
@ApiTags('documents')
@Controller('api/v1/documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentService,
    private readonly queries: DocumentQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @SignedIn()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: DocumentUploadRequest })
  @ApiCreatedResponse({ type: DocumentResponse })
  async uploadDocument(
    @CurrentActor() actor: Actor,
    @Query() query: DocumentOwnerQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DocumentResponse> {
    const upload = await receiveUpload(request, this.config.documents.maxBytes);
    let document: DocumentMetadata;
    try {
      document = await this.documents.upload(inPartnership(actor), ownerOf(query), upload.file);
    } catch (error) {
      upload.discardRest();
      throw error;
    }
    void reply.header('location', `/api/v1/documents/${document.id}`);
    return toResponse(document);
  }

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: DocumentPage })
  async listDocuments(@CurrentActor() actor: Actor, @Query() query: ListDocumentsQuery): Promise<DocumentPage> {
    const page = await this.queries.list(
      inPartnership(actor),
      ownerOf(query),
      query.limit ?? DEFAULT_PAGE_SIZE,
      query.cursor,
    );
    return { ...page, items: page.items.map(toResponse) };
  }

  @Get(':documentId')
  @SignedIn()
  @ApiOkResponse({ type: DocumentResponse })
  async getDocument(
    @CurrentActor() actor: Actor,
    @Param('documentId', ParseUUIDPipe) id: string,
  ): Promise<DocumentResponse> {
    return toResponse(await this.queries.get(inPartnership(actor), id as DocumentId));
  }

  @Get(':documentId/content')
  @SignedIn()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as uploaded', schema: { type: 'string', format: 'binary' } })
  async downloadDocument(
    @CurrentActor() actor: Actor,
    @Param('documentId', ParseUUIDPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { document, content } = await this.queries.download(inPartnership(actor), id as DocumentId);
    await reply
      .header('content-type', document.contentType)
      .header('content-length', document.sizeBytes)
      .header('content-disposition', contentDisposition(document.filename))
      // the declared type was checked against the content; browsers must not second-guess it
      .header('x-content-type-options', 'nosniff')
      .header('etag', `"${document.sha256}"`)
      .header('cache-control', 'private, no-store')
      .send(content);
  }

  @Delete(':documentId')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed, with its content' })
  async deleteDocument(
    @CurrentActor() actor: Actor,
    @Param('documentId', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.documents.remove(inPartnership(actor), id as DocumentId);
  }
}

function ownerOf(query: DocumentOwnerQuery): DocumentOwner {
  return { type: query.ownerType, id: query.ownerId };
}

function toResponse(document: DocumentMetadata): DocumentResponse {
  return {
    id: document.id,
    ownerType: document.ownerType,
    ownerId: document.ownerId,
    filename: document.filename,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    uploadedBy: document.uploadedBy,
    createdAt: document.createdAt.toISOString(),
  };
}
