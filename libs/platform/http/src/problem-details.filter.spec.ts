import { ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { DomainError, ErrorKind, InvalidInputError, StaleVersionError } from '@dhr/platform-domain';
import { ProblemDetailsFilter } from './problem-details.filter';

/** What the filter sent: a fake Fastify reply that records it. */
class RecordedReply {
  statusCode = 200;
  headers: Record<string, string> = {};
  body: Record<string, unknown> | undefined;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  header(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }
  send(body: Record<string, unknown>): this {
    this.body = body;
    return this;
  }
}

function answer(error: unknown, url = '/api/v1/agencies?name=x'): RecordedReply {
  const reply = new RecordedReply();
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ url, id: 'req-123456' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(error, host);
  return reply;
}

describe('problem details', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it.each<[ErrorKind, number]>([
    ['invalid', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['precondition_failed', 412],
    ['too_large', 413],
    ['unsupported_type', 415],
    ['rule_violated', 422],
    ['precondition_required', 428],
    ['too_many_requests', 429],
  ])('answers a %s domain error with %d problem+json carrying its code', (kind, status) => {
    const reply = answer(new DomainError(kind, 'reviews.some_code', 'What happened, in words.'));
    expect(reply.statusCode).toBe(status);
    expect(reply.headers['content-type']).toBe('application/problem+json');
    expect(reply.body).toEqual({
      type: 'urn:dhr:problem:reviews.some_code',
      title: expect.any(String),
      status,
      detail: 'What happened, in words.',
      code: 'reviews.some_code',
      instance: '/api/v1/agencies',
      requestId: 'req-123456',
    });
  });

  it('lists every field problem of invalid input', () => {
    const reply = answer(
      new InvalidInputError([
        { field: 'name', message: 'name must not be empty' },
        { field: 'milestones.0.dueOn', message: 'dueOn must be a date' },
      ]),
    );
    expect(reply.statusCode).toBe(400);
    expect(reply.body?.['errors']).toEqual([
      { field: 'name', message: 'name must not be empty' },
      { field: 'milestones.0.dueOn', message: 'dueOn must be a date' },
    ]);
  });

  it('answers a stale version with 412 and the stale_version code', () => {
    const reply = answer(new StaleVersionError('This agency'));
    expect(reply.statusCode).toBe(412);
    expect(reply.body?.['code']).toBe('stale_version');
  });

  it('asks for no caching of a 401', () => {
    expect(answer(new DomainError('unauthenticated', 'x', 'Sign in.')).headers['cache-control']).toBe(
      'no-store',
    );
  });

  it('maps Nest and Fastify client errors by their status', () => {
    expect(answer(new NotFoundException()).body).toMatchObject({ status: 404, code: 'not_found' });
    expect(answer(new BadRequestException('Unexpected token')).body).toMatchObject({
      status: 400,
      code: 'bad_request',
      detail: 'Unexpected token',
    });
    const bodyTooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    expect(answer(bodyTooLarge).body).toMatchObject({ status: 413, code: 'too_large' });
  });

  it('never sends the message or stack of an unexpected error', () => {
    const reply = answer(new Error('relation "app_user" violates constraint; password=hunter2'));
    expect(reply.statusCode).toBe(500);
    expect(reply.body).toMatchObject({ status: 500, code: 'internal_error' });
    expect(JSON.stringify(reply.body)).not.toMatch(/app_user|hunter2|at .*\.ts/);
    const serverSide = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { statusCode: 503 });
    expect(JSON.stringify(answer(serverSide).body)).not.toContain('10.0.0.5');
  });
});
