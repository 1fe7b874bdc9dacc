import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { PageQuery } from '@dhr/platform-http';
import { OWNER_TYPE_FORMAT } from '../../application/document-owners';

/** The record a document is attached to. */
export class DocumentOwnerQuery {
  @ApiProperty({
    example: 'agency',
    description: 'the kind of record the document is attached to, e.g. agency',
    pattern: OWNER_TYPE_FORMAT.source,
  })
  @Matches(OWNER_TYPE_FORMAT, { message: 'ownerType must be lower-case letters and hyphens, at most 40' })
  ownerType: string;

  @ApiProperty({ format: 'uuid', description: 'the id of that record' })
  @IsUUID()
  ownerId: string;
}

/** The record whose documents to list, and the page. */
export class ListDocumentsQuery extends IntersectionType(DocumentOwnerQuery, PageQuery) {}

export class DocumentUploadRequest {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'PDF, DOCX, XLSX, ODT, ODS, CSV, TXT, PNG or JPEG, no larger than the configured limit',
  })
  file: unknown;
}

export class DocumentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() ownerType: string;
  @ApiProperty({ format: 'uuid' }) ownerId: string;
  @ApiProperty({ description: 'display name; made safe from the name the file was uploaded with' })
  filename: string;
  @ApiProperty() contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the content, lower-case hex' }) sha256: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DocumentPage {
  @ApiProperty({ type: [DocumentResponse] }) items: DocumentResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
