import { DataSource } from 'typeorm';
import { dataSourceOptions, Db, decodeCursor, isUuid, migrateDatabase, newId } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { DocumentId, DocumentOwner } from '../domain/document';
import { DocumentEntity } from './document.entity';
import { DocumentRepository, NewDocument } from './document.repository';

/** The repository on the run's real PostgreSQL (see test/support/global-setup.ts), migrated as in production. */
describe('document repository', () => {
  let dataSource: DataSource;
  let documents: DocumentRepository;

  beforeAll(async () => {
    const url = process.env['DATABASE_URL'] ?? '';
    await migrateDatabase(url);
    dataSource = await new DataSource(dataSourceOptions(url, [DocumentEntity])).initialize();
    documents = new DocumentRepository(new Db(dataSource));
  });
  afterAll(() => dataSource.destroy());

  const partnership = () => newId() as PartnershipId;
  const agency = (): DocumentOwner => ({ type: 'agency', id: newId() });
  const aDocument = (owner: DocumentOwner, overrides: Partial<NewDocument> = {}): NewDocument => {
    const id = newId() as DocumentId;
    return {
      id,
      ownerType: owner.type,
      ownerId: owner.id,
      filename: 'Data sharing agreement.pdf',
      contentType: 'application/pdf',
      sizeBytes: 2048,
      sha256: 'a'.repeat(64),
      storageKey: id,
      uploadedBy: newId(),
      ...overrides,
    };
  };

  it('stores a document and finds it again, with the time it was created', async () => {
    const tenant = partnership();
    const document = aDocument(agency(), { sizeBytes: 5 * 1024 ** 3 });
    const inserted = await documents.insert(tenant, document);
    expect(inserted).toEqual({ ...document, createdAt: expect.any(Date) });
    expect(await documents.find(tenant, document.id)).toEqual(inserted);
  });

  it("does not find, list or delete another partnership's document", async () => {
    const owner = agency();
    const tenant = partnership();
    const other = partnership();
    const document = aDocument(owner);
    await documents.insert(tenant, document);
    expect(await documents.find(other, document.id)).toBeUndefined();
    expect((await documents.listFor(other, owner, 10)).items).toEqual([]);
    expect(await documents.delete(other, document.id)).toBe(false);
    expect(await documents.find(tenant, document.id)).toBeDefined();
  });

  it("lists a record's documents in the order they were attached, a page at a time", async () => {
    const tenant = partnership();
    const owner = agency();
    const attached: DocumentId[] = [];
    for (let i = 0; i < 5; i++) attached.push((await documents.insert(tenant, aDocument(owner))).id);
    await documents.insert(tenant, aDocument(agency()));
    await documents.insert(tenant, aDocument({ type: 'review', id: owner.id }));

    const first = await documents.listFor(tenant, owner, 2);
    expect(first.items.map((d) => d.id)).toEqual(attached.slice(0, 2));
    const after = decodeCursor(first.nextCursor ?? '', isUuid) as DocumentId;
    const second = await documents.listFor(tenant, owner, 2, after);
    expect(second.items.map((d) => d.id)).toEqual(attached.slice(2, 4));
    const last = await documents.listFor(tenant, owner, 2, second.items[1]!.id);
    expect(last.items.map((d) => d.id)).toEqual(attached.slice(4));
    expect(last.nextCursor).toBeNull();
  });

  it('deletes a document once', async () => {
    const tenant = partnership();
    const document = aDocument(agency());
    await documents.insert(tenant, document);
    expect(await documents.delete(tenant, document.id)).toBe(true);
    expect(await documents.delete(tenant, document.id)).toBe(false);
    expect(await documents.find(tenant, document.id)).toBeUndefined();
  });
});
