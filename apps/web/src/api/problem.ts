/** An answer that went wrong, as the api describes it (RFC 9457 problem+json), with the fields at fault. */
export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: FieldProblem[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** What openapi-fetch returns for every call. */
export interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Turns an error body into a Problem, whatever came back (a proxy's HTML page has no code or detail). */
export function toProblem(result: { error?: unknown; response: Response }): Problem {
  const body = (
    typeof result.error === 'object' && result.error !== null ? result.error : {}
  ) as Partial<Problem>;
  return {
    status: result.response.status,
    code: typeof body.code === 'string' ? body.code : 'error',
    detail:
      typeof body.detail === 'string'
        ? body.detail
        : 'Sorry, there is a problem with the service. Try again later.',
    errors: Array.isArray(body.errors) ? body.errors : undefined,
  };
}

/** A problem found in the browser before anything was sent, shaped like the api's. */
export function formProblem(errors: FieldProblem[]): Problem {
  return { status: 400, code: 'invalid', detail: errors[0]?.message ?? '', errors };
}

/** The version to send back in If-Match, from a response's ETag. */
export function etagOf(response: Response): string {
  return response.headers.get('etag') ?? '';
}

/**
 * A key for the Idempotency-Key header: one per form, so a resent submission cannot create a record twice.
 * crypto.randomUUID exists only in secure contexts; getRandomValues exists everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
