import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { PART_BYTES, S3Storage } from './s3.storage';

const MIN_PART_BYTES = 5 * 1024 * 1024;
const KEY = '0190a000-0000-7000-8000-0000000000d1';

/** An in-memory bucket that keeps S3's rules: every part but the last at least 5 MiB; uploads finish or abort. */
class FakeS3 {
  readonly objects = new Map<string, Buffer>();
  readonly unfinished = new Map<string, Map<number, Buffer>>();
  failPartNumber: number | undefined;

  async send(command: unknown): Promise<unknown> {
    if (command instanceof PutObjectCommand) {
      this.objects.set(command.input.Key ?? '', Buffer.from(command.input.Body as Uint8Array));
      return {};
    }
    if (command instanceof CreateMultipartUploadCommand) {
      const id = `upload-${this.unfinished.size + 1}`;
      this.unfinished.set(id, new Map());
      return { UploadId: id };
    }
    if (command instanceof UploadPartCommand) {
      const { UploadId, PartNumber, Body } = command.input;
      if (PartNumber === this.failPartNumber) throw new Error('connection reset');
      this.unfinished.get(UploadId ?? '')?.set(PartNumber ?? 0, Buffer.from(Body as Uint8Array));
      return { ETag: `"etag-${PartNumber}"` };
    }
    if (command instanceof CompleteMultipartUploadCommand) {
      const { UploadId, Key, MultipartUpload } = command.input;
      const stored = this.unfinished.get(UploadId ?? '') ?? new Map<number, Buffer>();
      const parts = (MultipartUpload?.Parts ?? []).map((p) => stored.get(p.PartNumber ?? 0) ?? Buffer.alloc(0));
      if (parts.slice(0, -1).some((p) => p.length < MIN_PART_BYTES)) throw new Error('EntityTooSmall');
      this.objects.set(Key ?? '', Buffer.concat(parts));
      this.unfinished.delete(UploadId ?? '');
      return {};
    }
    if (command instanceof AbortMultipartUploadCommand) {
      this.unfinished.delete(command.input.UploadId ?? '');
      return {};
    }
    if (command instanceof GetObjectCommand) {
      const object = this.objects.get(command.input.Key ?? '');
      if (!object) throw new Error('NoSuchKey');
      return { Body: Readable.from([object]) };
    }
    if (command instanceof DeleteObjectCommand) {
      this.objects.delete(command.input.Key ?? '');
      return {};
    }
    throw new Error(`unexpected ${String(command)}`);
  }
}

function bytes(length: number): Buffer {
  return Buffer.from(Uint8Array.from({ length }, (_, i) => (i * 31) % 256));
}

async function* streamed(content: Buffer, failAfter = Infinity): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < content.length; i += 1024 * 1024) {
    if (i >= failAfter) throw new Error('the upload was cut off');
    yield content.subarray(i, i + 1024 * 1024);
  }
}

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('S3 storage', () => {
  const setUp = () => {
    const s3 = new FakeS3();
    return { s3, storage: new S3Storage(s3 as unknown as S3Client, 'dhr-documents') };
  };

  it.each([
    ['a file smaller than a part', 1000],
    ['a file of exactly one part', PART_BYTES],
    ['a file of several parts', 2 * PART_BYTES + 12345],
  ])('stores %s and gives the same bytes back', async (_case, size) => {
    const { s3, storage } = setUp();
    const content = bytes(size);
    await storage.put(KEY, streamed(content));
    expect((await read(await storage.get(KEY))).equals(content)).toBe(true);
    expect(s3.unfinished.size).toBe(0);
  });

  it('aborts the multipart upload and stores nothing when the content fails part-way', async () => {
    const { s3, storage } = setUp();
    await expect(storage.put(KEY, streamed(bytes(3 * PART_BYTES), PART_BYTES + 1))).rejects.toThrow(
      'the upload was cut off',
    );
    expect(s3.objects.size).toBe(0);
    expect(s3.unfinished.size).toBe(0);
  });

  it('aborts the multipart upload when a part cannot be stored', async () => {
    const { s3, storage } = setUp();
    s3.failPartNumber = 2;
    await expect(storage.put(KEY, streamed(bytes(3 * PART_BYTES)))).rejects.toThrow('connection reset');
    expect(s3.objects.size).toBe(0);
    expect(s3.unfinished.size).toBe(0);
  });

  it('stores nothing when a small file fails before its end', async () => {
    const { s3, storage } = setUp();
    await expect(storage.put(KEY, streamed(bytes(3 * 1024 * 1024), 2 * 1024 * 1024))).rejects.toThrow(
      'the upload was cut off',
    );
    expect(s3.objects.size).toBe(0);
  });

  it('removes an object, and removing it again is no error', async () => {
    const { s3, storage } = setUp();
    await storage.put(KEY, streamed(bytes(10)));
    await storage.delete(KEY);
    await storage.delete(KEY);
    expect(s3.objects.size).toBe(0);
  });
});
