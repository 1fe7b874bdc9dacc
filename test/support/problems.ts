/** A problem+json body without what differs between any two responses (the request id). */
export function sameAnswer(body: Record<string, unknown>): Record<string, unknown> {
  const { requestId: _requestId, ...rest } = body;
  return rest;
}
