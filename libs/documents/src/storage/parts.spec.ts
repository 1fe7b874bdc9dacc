import { inParts } from './parts';

async function* chunks(...sizes: number[]): AsyncGenerator<Uint8Array> {
  let next = 0;
  for (const size of sizes) yield Uint8Array.from({ length: size }, () => next++ % 251);
}

async function collect(parts: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const all: Buffer[] = [];
  for await (const part of parts) all.push(part);
  return all;
}

describe('cutting content into parts', () => {
  it.each([
    [[10], [10]],
    [[3, 3, 3, 3], [10, 2]],
    [[25], [10, 10, 5]],
    [[10, 10], [10, 10]],
    [[1, 19, 1], [10, 10, 1]],
    [[], []],
    [[0], []],
  ])('chunks of %j become parts of %j', async (sizes, partSizes) => {
    const parts = await collect(inParts(chunks(...sizes), 10));
    expect(parts.map((p) => p.length)).toEqual(partSizes);
    expect(Buffer.concat(parts).equals(Buffer.concat(await collect(inParts(chunks(...sizes), 1000))))).toBe(true);
  });

  it('keeps the bytes in order', async () => {
    const whole = Buffer.concat(await collect(inParts(chunks(7, 13, 5, 21), 8)));
    expect([...whole]).toEqual(Array.from({ length: 46 }, (_, i) => i % 251));
  });
});
