import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

/**
 * Stage 8: every contact with the family recorded, the unanswered ones too (seed 003: MA 2's mother was
 * written to in June 2014 and did not reply), by the people working on the review, each one audited.
 */
describe('family contacts', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  const as: Record<string, string> = {};
  let reviewId: string;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Family');
    b = await givenPartnership(api, 'FamilyElsewhere');
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      chair: a.chair.email,
      panelMember: a.panelMember.email,
      otherCoordinator: b.coordinator.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    const created = await api.http
      .post('/api/v1/reviews')
      .set('authorization', as.coordinator!)
      .send({
        reviewType: 'dhr',
        notifiedOn: '2014-03-10',
        notifiedBy: 'DCI Example, Test Police',
        relationship: 'intimate_partner',
        suspectedSuicide: false,
        subjects: [
          { pseudonym: 'MA 1', role: 'victim' },
          { pseudonym: 'MA 2', role: 'perpetrator' },
        ],
      })
      .expect(201);
    reviewId = created.body.id as string;
    const decided = await api.http
      .post(`/api/v1/reviews/${reviewId}/decision`)
      .set('authorization', as.coordinator!)
      .set('if-match', `"${created.body.version as number}"`)
      .send({
        outcome: 'commission',
        decidedOn: '2014-03-20',
        decisionMaker: 'Chair of the CSP',
        rationale: 'The criteria of section 9 are met.',
        homeOfficeInformedOn: '2014-03-21',
      })
      .expect(200);
    await api.http
      .put(`/api/v1/reviews/${reviewId}/chair`)
      .set('authorization', as.coordinator!)
      .set('if-match', `"${decided.body.version as number}"`)
      .send({ chairUserId: a.chair.id, appointedOn: '2014-04-01' })
      .expect(200);
    // the panel API is another's work: the panel member joins the review directly
    await api.app.get(DataSource).query(
      `INSERT INTO panel_member (id, partnership_id, review_id, name, agency_id, panel_role, user_id, joined_on, version)
       VALUES ($1, $2, $3, 'Panel member', $4, 'member', $5, '2014-04-15', 1)`,
      [randomUUID(), a.id, reviewId, a.agencies.police, a.panelMember.id],
    );
  });
  afterAll(() => api.close());

  const record = (who: string, body: Record<string, unknown>) =>
    api.http.post(`/api/v1/reviews/${reviewId}/family-contacts`).set('authorization', as[who]!).send(body);
  const list = (who: string) =>
    api.http.get(`/api/v1/reviews/${reviewId}/family-contacts`).set('authorization', as[who]!);

  it('records contacts in date order, including one that got no reply, each audited', async () => {
    const letter = await record('chair', {
      person: 'Mother of MA 2',
      relationship: 'Mother',
      channel: 'letter',
      contactedOn: '2014-06-12',
      outcome: 'no_reply',
      notes: 'Letter inviting her to contribute; she did not reply.',
    }).expect(201);
    expect(letter.body).toEqual({
      id: expect.any(String),
      person: 'Mother of MA 2',
      relationship: 'Mother',
      channel: 'letter',
      channelLabel: 'Letter',
      contactedOn: '2014-06-12',
      outcome: 'no_reply',
      outcomeLabel: 'Did not reply',
      notes: 'Letter inviting her to contribute; she did not reply.',
      recordedBy: a.chair.id,
      recordedAt: expect.any(String),
    });
    const meeting = await record('coordinator', {
      person: '  Sister of MA 1 ',
      relationship: 'Sister',
      channel: 'meeting',
      contactedOn: '2014-05-20',
      outcome: 'met',
    }).expect(201);
    expect(meeting.body).toMatchObject({
      person: 'Sister of MA 1',
      notes: null,
      recordedBy: a.coordinator.id,
    });

    const listed = await list('panelMember').expect(200);
    expect(
      listed.body.items.map((c: { contactedOn: string; outcome: string }) => [c.contactedOn, c.outcome]),
    ).toEqual([
      ['2014-05-20', 'met'],
      ['2014-06-12', 'no_reply'],
    ]);

    for (const contact of [letter.body, meeting.body] as { id: string }[]) {
      const audit = await api.http
        .get(`/api/v1/audit?entityId=${contact.id}`)
        .set('authorization', as.coordinator!)
        .expect(200);
      expect(
        audit.body.items.map((e: { action: string; entityType: string }) => [e.action, e.entityType]),
      ).toEqual([['family-contact.recorded', 'family-contact']]);
    }
  });

  it('refuses bad input naming every field, and dates in the future or before the notification', async () => {
    const bad = await record('coordinator', {
      person: ' ',
      channel: 'pigeon',
      contactedOn: '2014-02-30',
      outcome: 'ignored',
    }).expect(400);
    expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(
      new Set(['person', 'relationship', 'channel', 'contactedOn', 'outcome']),
    );
    const valid = {
      person: 'Brother of MA 1',
      relationship: 'Brother',
      channel: 'phone',
      outcome: 'informed',
    };
    const early = await record('coordinator', { ...valid, contactedOn: '2014-03-09' }).expect(400);
    expect(early.body.errors).toEqual([
      { field: 'contactedOn', message: expect.stringContaining('notification') },
    ]);
    const future = await record('coordinator', { ...valid, contactedOn: '2099-01-01' }).expect(400);
    expect(future.body.errors).toEqual([
      { field: 'contactedOn', message: expect.stringContaining('future') },
    ]);
    const all = await list('coordinator').expect(200);
    expect(all.body.items.some((c: { person: string }) => c.person === 'Brother of MA 1')).toBe(false);
  });

  it('lets a panel member read but not record, and hides the review from another partnership', async () => {
    const contact = {
      person: 'Friend of MA 1',
      relationship: 'Friend',
      channel: 'email',
      contactedOn: '2014-07-01',
      outcome: 'declined',
    };
    await record('panelMember', contact).expect(403);
    await record('otherCoordinator', contact).expect(404);
    await list('otherCoordinator').expect(404);
    await api.http
      .get(`/api/v1/reviews/${randomUUID()}/family-contacts`)
      .set('authorization', as.coordinator!)
      .expect(404);
  });
});
