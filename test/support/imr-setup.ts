import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TestPartnership } from './scenario';
import { TestApi } from './test-app';

/**
 * An agency asked for a summary of involvement (or, with `scope`, whatever else the request says, e.g. an IMR
 * and its senior manager), and the request sent; its id and version.
 */
export async function givenSentRequest(
  api: TestApi,
  coordinator: string,
  reviewId: string,
  agencyId: string,
  authorUserId: string,
  scope: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const scoped = await api.http
    .post(`/api/v1/reviews/${reviewId}/imr-requests`)
    .set('authorization', coordinator)
    .send({ agencyId, kind: 'summary', dueOn: '2099-01-31', authorUserId, ...scope })
    .expect(201);
  const sent = await api.http
    .post(`/api/v1/imr-requests/${scoped.body.id}/sending`)
    .set('authorization', coordinator)
    .set('if-match', `"${scoped.body.version}"`)
    .expect(200);
  return { id: scoped.body.id, version: sent.body.request.version };
}

/**
 * An agency's IMR request already at `status` (by default with its author), written straight to the database:
 * for tests of what follows the IMR, not of its own journey. Its id.
 */
export async function givenImrRequestAt(
  api: TestApi,
  partnership: TestPartnership,
  reviewId: string,
  request: { id?: string; agencyId: string; authorUserId: string; status: string; dueOn?: string },
): Promise<string> {
  const id = request.id ?? randomUUID();
  await api.app.get(DataSource).query(
    `INSERT INTO imr_request (id, partnership_id, review_id, version, agency_id, kind, status, due_on, author_user_id)
     VALUES ($1, $2, $3, 1, $4, 'imr', $5, $6, $7)`,
    [
      id,
      partnership.id,
      reviewId,
      request.agencyId,
      request.status,
      request.dueOn ?? '2099-01-31',
      request.authorUserId,
    ],
  );
  return id;
}

/** A recommendation proposed in an IMR (at `position`, from 0), written straight to the database. */
export async function givenProposedRecommendation(
  api: TestApi,
  partnership: TestPartnership,
  reviewId: string,
  requestId: string,
  proposed: { position: number; recommendation: string; targetDate: string; lead?: string; action?: string },
): Promise<void> {
  await api.app.get(DataSource).query(
    `INSERT INTO imr_recommendation (id, partnership_id, review_id, version, request_id, position, recommendation,
       lead, action, key_milestone, target_date)
     VALUES (gen_random_uuid(), $1, $2, 1, $3, $4, $5, $6, $7, NULL, $8)`,
    [
      partnership.id,
      reviewId,
      requestId,
      proposed.position,
      proposed.recommendation,
      proposed.lead ?? 'Head of Public Protection',
      proposed.action ?? 'Do it.',
      proposed.targetDate,
    ],
  );
}
