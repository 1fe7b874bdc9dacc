import type { Test } from 'supertest';

/** The response body as a Buffer, whatever its type: supertest leaves unknown content types unparsed. */
export function binary(request: Test): Test {
  return request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}
