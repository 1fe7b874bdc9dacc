import { createHash } from 'node:crypto';
import { DomainError } from '@dhr/platform-domain';
import { DocumentType, HEAD_BYTES } from '../domain/document-type';
import { ContentInspection } from './content-inspection';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1000, 0x20), Buffer.from('%%EOF\n')]);

async function* chunksOf(content: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < content.length; i += size) yield content.subarray(i, i + size);
}

/** Runs the inspection to its end, as storage would; returns what passed and the inspection. */
async function inspect(type: DocumentType, content: Buffer, maxBytes = 1 << 20, chunkSize = 100) {
  const inspection = new ContentInspection(type, maxBytes);
  const passed: Uint8Array[] = [];
  for await (const chunk of inspection.inspect(chunksOf(content, chunkSize))) passed.push(chunk);
  return { passed: Buffer.concat(passed), inspection };
}

/** The code of the error the inspection fails with, and how many bytes it let through before failing. */
async function refusal(type: DocumentType, content: Buffer, maxBytes = 1 << 20, chunkSize = 100) {
  const passed: Uint8Array[] = [];
  try {
    for await (const chunk of new ContentInspection(type, maxBytes).inspect(chunksOf(content, chunkSize))) {
      passed.push(chunk);
    }
  } catch (error) {
    return { code: (error as DomainError).code, passedBytes: Buffer.concat(passed).length };
  }
  throw new Error('the content was accepted');
}

describe('inspecting content as it streams', () => {
  it.each([1, 7, 100, 4096])('passes every byte through unchanged, in chunks of %d', async (chunkSize) => {
    const { passed, inspection } = await inspect('application/pdf', PDF, 1 << 20, chunkSize);
    expect(passed.equals(PDF)).toBe(true);
    expect(inspection.result()).toEqual({
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
  });

  it('accepts a file shorter than the bytes a type check looks at', async () => {
    const { passed } = await inspect('text/plain', Buffer.from('short note'));
    expect(passed.toString()).toBe('short note');
  });

  describe('the size limit', () => {
    it('accepts a file of exactly the limit', async () => {
      const { inspection } = await inspect('application/pdf', PDF, PDF.length);
      expect(inspection.result().sizeBytes).toBe(PDF.length);
    });

    it('refuses a file one byte over the limit', async () => {
      expect((await refusal('application/pdf', PDF, PDF.length - 1)).code).toBe('too_large');
    });

    it('refuses as soon as the limit is passed, not at the end', async () => {
      const huge = Buffer.concat([PDF, Buffer.alloc(10 * PDF.length, 0x20)]);
      const { code, passedBytes } = await refusal('application/pdf', huge, PDF.length);
      expect(code).toBe('too_large');
      expect(passedBytes).toBeLessThanOrEqual(PDF.length);
    });
  });

  it('passes no byte on until the type is confirmed', async () => {
    const disguised = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(5000, 0x90)]);
    expect(await refusal('application/pdf', disguised, 1 << 20, 10)).toEqual({
      code: 'unsupported_type',
      passedBytes: 0,
    });
  });

  it('refuses a text file with a NUL byte anywhere, not only in its first bytes', async () => {
    const csv = Buffer.concat([Buffer.from('a,b\n'.repeat(HEAD_BYTES)), Buffer.from([0]), Buffer.from('c,d\n')]);
    expect((await refusal('text/csv', csv)).code).toBe('unsupported_type');
  });

  it('refuses an empty file', async () => {
    expect((await refusal('text/plain', Buffer.alloc(0))).code).toBe('empty_file');
  });

  it('has no result before the content has been read to its end', () => {
    expect(() => new ContentInspection('application/pdf', 100).result()).toThrow(/not been inspected/);
  });
});
