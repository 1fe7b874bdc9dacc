import { ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { DomainError } from '@dhr/platform-domain';
import { etagOf, IfMatch } from './if-match';

/** The function behind @IfMatch(), as Nest calls it for a request. */
function ifMatchOf(header: string | undefined): number {
  class Handler {
    update(@IfMatch() _version: number): void {
      return undefined;
    }
  }
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, Handler, 'update') as Record<
    string,
    { factory: (data: unknown, context: ExecutionContext) => number }
  >;
  const { factory } = Object.values(args)[0]!;
  const headers = header === undefined ? {} : { 'if-match': header };
  const context = { switchToHttp: () => ({ getRequest: () => ({ headers }) }) } as ExecutionContext;
  return factory(undefined, context);
}

function refusal(header: string | undefined): { kind: string; code: string } {
  try {
    ifMatchOf(header);
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, code: error.code };
    throw error;
  }
  throw new Error(`If-Match ${String(header)} was accepted`);
}

describe('If-Match', () => {
  it.each([
    ['"3"', 3],
    ['W/"12"', 12],
    [' "7" ', 7],
    [etagOf(41), 41],
  ])('reads %j as version %d', (header, version) => {
    expect(ifMatchOf(header)).toBe(version);
  });

  it('requires the header on an update (428)', () => {
    expect(refusal(undefined)).toEqual({ kind: 'precondition_required', code: 'if_match_required' });
  });

  it.each(['3', '*', '"three"', '"3", "4"', '"-1"', '""', 'W/3'])(
    'refuses %j as not an ETag we gave',
    (header) => {
      expect(refusal(header)).toEqual({ kind: 'invalid', code: 'if_match_invalid' });
    },
  );
});
