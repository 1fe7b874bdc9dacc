import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { newId } from '@dhr/platform-database';
import { LocalDiskStorage } from './local-disk.storage';

async function* streamed(content: Buffer, failAfter = Infinity): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < content.length; i += 1000) {
    if (i >= failAfter) throw new Error('the upload was cut off');
    yield content.subarray(i, i + 1000);
  }
}

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('local disk storage', () => {
  let root: string;
  let storage: LocalDiskStorage;
  const content = Buffer.from(Uint8Array.from({ length: 10_000 }, (_, i) => i % 256));

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'dhr-documents-'));
    storage = new LocalDiskStorage(join(root, 'files'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores content and gives the same bytes back', async () => {
    const key = newId();
    await storage.put(key, streamed(content));
    expect((await read(await storage.get(key))).equals(content)).toBe(true);
  });

  it('keeps each file under a sub-directory named by the end of its key, readable by the service alone', async () => {
    const key = newId();
    await storage.put(key, streamed(content));
    const path = join(root, 'files', key.slice(-2), key);
    expect((await readFile(path)).equals(content)).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(join(root, 'files', key.slice(-2)))).toEqual([key]);
  });

  it('leaves nothing behind, not even a partial file, when the content fails part-way', async () => {
    const key = newId();
    await expect(storage.put(key, streamed(content, 5000))).rejects.toThrow('the upload was cut off');
    await expect(storage.get(key)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(join(root, 'files', key.slice(-2)))).toEqual([]);
  });

  it('fails to open missing content before any byte is read', async () => {
    await expect(storage.get(newId())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('removes content, and removing it again is no error', async () => {
    const key = newId();
    await storage.put(key, streamed(content));
    await storage.delete(key);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each(['../../etc/passwd', '/etc/passwd', 'report.pdf', '', `${newId()}/../x`, newId().toUpperCase()])(
    'refuses %j as a key rather than resolve it as a path',
    async (key) => {
      await expect(storage.put(key, streamed(content))).rejects.toThrow(/Not a storage key/);
      await expect(storage.get(key)).rejects.toThrow(/Not a storage key/);
      await expect(storage.delete(key)).rejects.toThrow(/Not a storage key/);
      expect(await readdir(root)).toEqual([]);
    },
  );
});
