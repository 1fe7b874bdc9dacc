import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ClockAlertsService } from '@dhr/reviews';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';
// the worker's own composition, without consuming queues
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WorkerModule } from '../../apps/worker/src/worker.module';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The daily check of review clocks: each alert once, to the right people, naming the review by reference only. */
describe('review clock alerts', () => {
  let api: TestApi;
  let worker: TestingModule;
  let a: TestPartnership;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config, false)] }).compile();
    await worker.init();
    a = await givenPartnership(api, 'Alerts');
    coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const notify = async (notifiedOn: string) =>
    (
      await api.http
        .post('/api/v1/reviews')
        .set('authorization', coordinator)
        .send({
          reviewType: 'dhr',
          notifiedOn,
          notifiedBy: 'Police',
          relationship: 'intimate_partner',
          suspectedSuicide: false,
          subjects: [{ pseudonym: 'Pseudonym Alpha', role: 'victim' }],
        })
        .expect(201)
    ).body as { id: string; reference: string; clocks: { decision: { state: string; dueOn: string } } };
  const emailsOf = (
    partnershipId: string,
  ): Promise<{ to_address: string; subject: string; body: string }[]> =>
    api.app
      .get(DataSource)
      .query(
        'SELECT to_address, subject, body FROM email_message WHERE partnership_id = $1 ORDER BY subject',
        [partnershipId],
      );

  it('warns of a decision due soon and flags one overdue, once each, however often it runs', async () => {
    // a month is 28 to 31 days: notified 27 days ago, the decision is due within a week; 40 days ago, overdue
    const dueSoon = await notify(daysAgo(27));
    const overdue = await notify(daysAgo(40));
    const running = await notify(daysAgo(1));
    expect([dueSoon, overdue, running].map((r) => r.clocks.decision.state)).toEqual([
      'due_soon',
      'overdue',
      'running',
    ]);

    const alerts = worker.get(ClockAlertsService);
    expect(await alerts.check(a.id)).toBe(2);
    expect(await alerts.check(a.id)).toBe(0);
    // the daily run over every partnership sends nothing more for this one
    await alerts.checkAll();

    const emails = (await emailsOf(a.id)).filter((e) => e.subject.startsWith('DHR-'));
    expect(emails.map((e) => [e.to_address, e.subject])).toEqual([
      [a.coordinator.email, `${dueSoon.reference}: decision due on ${dueSoon.clocks.decision.dueOn}`],
      [a.coordinator.email, `${overdue.reference}: decision overdue`],
    ]);
    for (const email of emails) {
      expect(email.body).not.toContain('Pseudonym Alpha');
      expect(email.body).toContain('/reviews/');
    }
    // each email is delivered through the outbox
    const queued: unknown[] = await api.app
      .get(DataSource)
      .query(
        `SELECT id FROM outbox_message WHERE partnership_id = $1 AND job_name = 'notifications.deliver-email'`,
        [a.id],
      );
    expect(queued).toHaveLength(2);
    const audit = await api.http
      .get(`/api/v1/audit?entityId=${overdue.id}&action=review.clock-alert-sent`)
      .set('authorization', coordinator)
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
  });
});
