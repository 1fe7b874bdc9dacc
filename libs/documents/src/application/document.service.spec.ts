import { Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { AuditChange, AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { AppConfig } from '@dhr/platform-config';
import { Db, Page } from '@dhr/platform-database';
import { DomainError, PartnershipId, UserId } from '@dhr/platform-domain';
import { DocumentId, DocumentOwner, StoredDocument } from '../domain/document';
import { DocumentRepository, NewDocument } from '../persistence/document.repository';
import { FileStorage } from '../storage/file-storage';
import { DocumentAccess } from './document-access';
import { DocumentOwnerPolicy } from './document-owner-policy';
import { DocumentOwners } from './document-owners';
import { DocumentService, IncomingFile } from './document.service';

const PARTNERSHIP = '0190a000-0000-7000-8000-000000000001' as PartnershipId;
const AGENCY = '0190a000-0000-7000-8000-0000000000a1';
const HIDDEN_AGENCY = '0190a000-0000-7000-8000-0000000000a2';
const READ_ONLY_AGENCY = '0190a000-0000-7000-8000-0000000000a3';
const PDF = Buffer.from('%PDF-1.7\nA data sharing agreement\n%%EOF\n');

const actor: PartnershipActor = {
  userId: '0190a000-0000-7000-8000-0000000000c1' as UserId,
  partnershipId: PARTNERSHIP,
  agencyId: null,
  roles: ['partnership_coordinator'],
  sessionId: 'session',
  requestId: 'request',
};

class MemoryStorage implements FileStorage {
  readonly files = new Map<string, Buffer>();
  failDeletes = false;

  async put(key: string, content: AsyncIterable<Uint8Array>): Promise<void> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of content) chunks.push(chunk);
    this.files.set(key, Buffer.concat(chunks));
  }

  async get(): Promise<Readable> {
    throw new Error('not used here');
  }

  async delete(key: string): Promise<void> {
    if (this.failDeletes) throw new Error('storage unavailable');
    this.files.delete(key);
  }
}

class MemoryDocuments implements Pick<DocumentRepository, keyof DocumentRepository> {
  readonly rows = new Map<string, StoredDocument & { partnershipId: string }>();
  failInserts = false;

  async insert(partnershipId: PartnershipId, document: NewDocument): Promise<StoredDocument> {
    if (this.failInserts) throw new Error('the database is unavailable');
    const stored = { ...document, createdAt: new Date('2026-01-05T10:00:00Z') };
    this.rows.set(document.id, { ...stored, partnershipId });
    return stored;
  }

  async find(partnershipId: PartnershipId, id: DocumentId): Promise<StoredDocument | undefined> {
    const row = this.rows.get(id);
    if (!row || row.partnershipId !== partnershipId) return undefined;
    const { partnershipId: _partnershipId, ...document } = row;
    return document;
  }

  async listFor(): Promise<Page<StoredDocument>> {
    throw new Error('not used here');
  }

  async countFor(): Promise<number> {
    throw new Error('not used here');
  }

  async delete(partnershipId: PartnershipId, id: DocumentId): Promise<boolean> {
    return (await this.find(partnershipId, id)) !== undefined && this.rows.delete(id);
  }
}

/** Agencies as a partnership's coordinator sees them: one to change, one only to read, one in another partnership. */
const agencyPolicy: DocumentOwnerPolicy = {
  canRead: async (_actor, id) => id === AGENCY || id === READ_ONLY_AGENCY,
  canWrite: async (_actor, id) => id === AGENCY,
};

function setUp() {
  const storage = new MemoryStorage();
  const documents = new MemoryDocuments();
  const audited: AuditChange[] = [];
  const owners = new DocumentOwners();
  owners.register('agency', agencyPolicy);
  const repository = documents as unknown as DocumentRepository;
  const db = { transaction: <T>(work: () => Promise<T>) => work(), inTransaction: true } as unknown as Db;
  const audit = { record: async (_actor: unknown, change: AuditChange) => void audited.push(change) };
  const service = new DocumentService(
    db,
    repository,
    new DocumentAccess(owners, repository),
    audit as unknown as AuditLog,
    storage,
    { documents: { maxBytes: 1024, filesDir: '/unused' } } as AppConfig,
  );
  return { service, storage, documents, audited };
}

function file(content: Buffer, filename = 'Agreement.pdf', contentType = 'application/pdf') {
  let read = false;
  const incoming: IncomingFile = {
    filename,
    contentType,
    content: (async function* () {
      read = true;
      yield content;
    })(),
  };
  return { incoming, wasRead: () => read };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    return (error as Error).message;
  }
  return 'no error';
}

const agency = (id: string): DocumentOwner => ({ type: 'agency', id });

describe('attaching and removing documents', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('stores the bytes, records the document with its checksum and audits the upload', async () => {
    const { service, storage, documents, audited } = setUp();
    const document = await service.upload(actor, agency(AGENCY), file(PDF, '../Agreement').incoming);
    expect(document).toMatchObject({
      filename: 'Agreement.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(storage.files.get(document.id)?.equals(PDF)).toBe(true);
    expect(documents.rows.has(document.id)).toBe(true);
    expect(audited).toEqual([
      { action: 'document.uploaded', entityType: 'document', entityId: document.id, after: document },
    ]);
  });

  it('removes the stored file when the record cannot be written: nothing is half-written', async () => {
    const { service, storage, documents, audited } = setUp();
    documents.failInserts = true;
    expect(await codeOf(service.upload(actor, agency(AGENCY), file(PDF).incoming))).toBe(
      'the database is unavailable',
    );
    expect(storage.files.size).toBe(0);
    expect(audited).toEqual([]);
  });

  it.each([
    ['too large', Buffer.concat([PDF, Buffer.alloc(2048, 0x20)]), 'application/pdf', 'too_large'],
    ['of a type not accepted', Buffer.from('MZ'), 'application/x-msdownload', 'unsupported_type'],
    ['not what it claims to be', Buffer.from('MZ\x90\x00'), 'application/pdf', 'unsupported_type'],
  ])('refuses a file %s, and keeps nothing of it', async (_case, content, type, code) => {
    const { service, storage, documents } = setUp();
    expect(await codeOf(service.upload(actor, agency(AGENCY), file(content, 'x.pdf', type).incoming))).toBe(
      code,
    );
    expect(storage.files.size).toBe(0);
    expect(documents.rows.size).toBe(0);
  });

  it('answers "not found" for a record the actor may not see, without reading the upload', async () => {
    const { service } = setUp();
    const upload = file(PDF);
    expect(await codeOf(service.upload(actor, agency(HIDDEN_AGENCY), upload.incoming))).toBe('not_found');
    expect(upload.wasRead()).toBe(false);
  });

  it('answers "forbidden" for a record the actor may see but not change', async () => {
    const { service } = setUp();
    const upload = file(PDF);
    expect(await codeOf(service.upload(actor, agency(READ_ONLY_AGENCY), upload.incoming))).toBe('forbidden');
    expect(upload.wasRead()).toBe(false);
  });

  it('removes the record, audits it with what was removed, then removes the file', async () => {
    const { service, storage, documents, audited } = setUp();
    const document = await service.upload(actor, agency(AGENCY), file(PDF).incoming);
    await service.remove(actor, document.id);
    expect(documents.rows.size).toBe(0);
    expect(storage.files.size).toBe(0);
    expect(audited.map((e) => [e.action, e.before ?? null])).toEqual([
      ['document.uploaded', null],
      ['document.deleted', document],
    ]);
  });

  it('still removes the record when the file cannot be removed (the orphan file is logged)', async () => {
    const { service, storage, documents } = setUp();
    const document = await service.upload(actor, agency(AGENCY), file(PDF).incoming);
    storage.failDeletes = true;
    await service.remove(actor, document.id);
    expect(documents.rows.size).toBe(0);
  });

  it('answers "not found" for a document of another partnership', async () => {
    const { service } = setUp();
    const document = await service.upload(actor, agency(AGENCY), file(PDF).incoming);
    const other = { ...actor, partnershipId: '0190a000-0000-7000-8000-000000000002' as PartnershipId };
    expect(await codeOf(service.remove(other, document.id))).toBe('not_found');
  });
});
