import type { IncomingMessage } from 'node:http';
import { requestIdFor } from './request-id';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const request = (header?: string | string[]) =>
  ({ headers: header === undefined ? {} : { 'x-request-id': header } }) as IncomingMessage;

describe('request ids', () => {
  it('keeps a plain incoming id, and gives the same id on every call', () => {
    const raw = request('trace-1234-abcd');
    expect(requestIdFor(raw)).toBe('trace-1234-abcd');
    expect(requestIdFor(raw)).toBe('trace-1234-abcd');
  });

  it('makes one up when none is sent, and keeps it for the request', () => {
    const raw = request();
    const id = requestIdFor(raw);
    expect(id).toMatch(UUID_V7);
    expect(requestIdFor(raw)).toBe(id);
    expect(requestIdFor(request())).not.toBe(id);
  });

  it.each<[string, string | string[]]>([
    ['too short', 'short'],
    ['spaces', 'has spaces in it'],
    ['too long', 'x'.repeat(65)],
    ['a forged log line', '{"level":60}'],
    ['a line break', 'trace-1234\nINFO admin signed in'],
    ['sent twice', ['trace-1234-abcd', 'trace-5678-efgh']],
  ])('replaces an id with %s by a fresh UUID', (_case, header) => {
    expect(requestIdFor(request(header))).toMatch(UUID_V7);
  });
});
