import { DataSource } from 'typeorm';
import {
  apiAs,
  givenAgreedTerms,
  givenPartnership,
  Send,
  signInAll,
  startTestApi,
  TestApi,
  TestPartnership,
} from '../support';

type Body = Record<string, unknown>;

/**
 * A review from notification to the start of drafting, each guard tried before the step that satisfies it;
 * subjects' real identities sealed and audited; roles and partnerships kept to what they may see.
 */
describe('review lifecycle', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let send: Send;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Lifecycle');
    b = await givenPartnership(api, 'Elsewhere');
    send = apiAs(
      api,
      await signInAll(api, {
        coordinator: a.coordinator.email,
        chair: a.chair.email,
        cspChair: a.cspChair.email,
        panelMember: a.panelMember.email,
        imrAuthor: a.policeAuthor.email,
        otherCoordinator: b.coordinator.email,
      }),
    );
  });
  afterAll(() => api.close());

  const notification = (overrides: Body = {}) => ({
    reviewType: 'dhr',
    notifiedOn: '2026-03-02',
    notifiedBy: 'DCI Example, Test Police',
    notifyingAgencyId: a.agencies.police,
    policeForce: 'Test Police',
    dateOfDeath: '2026-02-20',
    relationship: 'intimate_partner',
    suspectedSuicide: false,
    circumstances: 'Died in hospital after an assault at home.',
    subjects: [
      {
        pseudonym: 'MA 1',
        role: 'victim',
        sex: 'Male',
        ethnicity: 'White British',
        ageBand: '55-64',
        identity: { fullName: 'Jonathan Realname', dateOfBirth: '1965-04-01' },
      },
      {
        pseudonym: 'MA 2',
        role: 'perpetrator',
        sex: 'Male',
        ethnicity: 'White British',
        relationshipToVictim: 'Partner',
      },
    ],
    ...overrides,
  });
  const notify = async (overrides: Body = {}) =>
    (await send('coordinator', 'post', '/reviews', notification(overrides)).expect(201)).body as Body & {
      id: string;
      version: number;
    };
  const command = (
    who: string,
    reviewId: string,
    version: number,
    method: 'post' | 'put',
    path: string,
    body: Body,
  ) => send(who, method, `/reviews/${reviewId}/${path}`, body, version);
  const transitionsOf = (review: Body) =>
    Object.fromEntries(
      (review['transitions'] as { transition: string; blockers: { code: string }[] }[]).map((t) => [
        t.transition,
        t.blockers.map((blocker) => blocker.code),
      ]),
    );

  it('gives each notification the next reference of its partnership and year', async () => {
    const first = await notify();
    const second = await notify();
    const [, year, n] = /^DHR-(\d{4})-(\d{3})$/.exec(first['reference'] as string)!;
    expect(year).toBe('2026');
    expect(second['reference']).toBe(`DHR-2026-${String(Number(n) + 1).padStart(3, '0')}`);
    expect(first).toMatchObject({
      status: 'notified',
      statusLabel: 'Notified',
      clocks: { decision: { dueOn: '2026-04-02', state: 'overdue' }, completion: { state: 'not_started' } },
    });
  });

  it('refuses a bad notification naming every problem, and writes nothing', async () => {
    const before = await send('coordinator', 'get', '/reviews?limit=200').expect(200);
    const refused = await send(
      'coordinator',
      'post',
      '/reviews',
      notification({
        notifiedOn: '2026-02-30',
        relationship: 'neighbour',
        subjects: [{ pseudonym: '', role: 'victim' }],
        secret: 1,
      }),
    ).expect(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['notifiedOn', 'relationship', 'secret', 'subjects.0.pseudonym'].sort(),
    );
    const noVictim = await send(
      'coordinator',
      'post',
      '/reviews',
      notification({ dateOfDeath: '2026-03-05', subjects: [{ pseudonym: 'MA 2', role: 'perpetrator' }] }),
    ).expect(400);
    expect(noVictim.body.errors).toEqual([
      { field: 'dateOfDeath', message: 'Date of death must be on or before the date notified' },
      { field: 'subjects', message: 'Add the person who died, as the victim' },
    ]);
    const after = await send('coordinator', 'get', '/reviews?limit=200').expect(200);
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it('walks from notification to drafting, each guard refusing the step until its rule is met', async () => {
    let review = await notify();
    const step = async (who: string, method: 'post' | 'put', path: string, body: Body, status = 200) => {
      const response = await command(who, review.id, review.version, method, path, body).expect(status);
      if (status === 200) review = response.body;
      return response;
    };
    expect(Object.keys(transitionsOf(review))).toEqual(['commission', 'decline', 'transfer']);

    // rule 1: the decision, with its rationale, decision-maker and date; decided after the month → missed
    await step(
      'chair',
      'post',
      'decision',
      { outcome: 'commission', decidedOn: '2026-04-10', decisionMaker: 'X', rationale: 'Y' },
      404,
    );
    await step(
      'coordinator',
      'post',
      'decision',
      { outcome: 'commission', decidedOn: '2026-04-10', decisionMaker: '', rationale: '' },
      400,
    );
    await step('cspChair', 'post', 'decision', {
      outcome: 'commission',
      decidedOn: '2026-04-10',
      decisionMaker: 'Chair of the Community Safety Partnership',
      rationale: 'Criteria of section 9 met: killed by his partner.',
    });
    expect(review).toMatchObject({
      status: 'setting_up',
      decision: { outcome: 'commission', decidedOn: '2026-04-10' },
      clocks: {
        decision: { state: 'missed', dueOn: '2026-04-02' },
        completion: { dueOn: '2026-10-10', state: 'overdue' },
      },
    });

    // rules 2 and 3: Home Office told, chair appointed and independent, before work starts
    expect(transitionsOf(review)['start_work']).toEqual(['home_office_not_informed', 'chair_not_appointed']);
    const refused = await step(
      'coordinator',
      'post',
      'transitions',
      { transition: 'start_work', on: '2026-05-01' },
      422,
    );
    expect(refused.body.code).toBe('home_office_not_informed');
    expect(refused.body.blockers.map((b: { code: string }) => b.code)).toEqual([
      'home_office_not_informed',
      'chair_not_appointed',
    ]);
    await step('coordinator', 'post', 'home-office-informed', { informedOn: '2026-04-01' }, 400);
    await step('coordinator', 'post', 'home-office-informed', { informedOn: '2026-04-14' });
    await step(
      'coordinator',
      'put',
      'chair',
      { chairUserId: a.coordinator.id, appointedOn: '2026-04-20' },
      400,
    );
    await step('coordinator', 'put', 'chair', { chairUserId: a.chair.id, appointedOn: '2026-04-20' });
    expect(transitionsOf(review)['start_work']).toEqual(['chair_not_declared']);
    // the chair now sees the review they chair, and declares their own independence
    await send('chair', 'get', `/reviews/${review.id}`).expect(200);
    await step('chair', 'post', 'chair/independence', {
      statement: 'Never employed by any agency under review.',
    });
    expect(transitionsOf(review)['start_work']).toEqual([]);
    await step('chair', 'post', 'transitions', { transition: 'start_work', on: '2026-05-01' });
    expect(review['status']).toBe('evidence_gathering');

    // rule 4's partner: drafting needs agreed terms of reference
    expect(transitionsOf(review)['start_drafting']).toEqual(['terms_of_reference_not_agreed']);
    await step('chair', 'post', 'transitions', { transition: 'start_drafting', on: '2026-06-01' }, 422);
    await givenAgreedTerms(api, a, review.id, ['Q1'], {
      purpose: 'Learn lessons',
      periodFrom: { precision: 'year', year: 2020 },
      periodTo: { precision: 'year', year: 2026 },
      agencyIds: [a.agencies.police],
      agreedOn: '2026-05-10',
    });

    // rule 10: a pause needs a reason and a date to revisit; paused, nothing moves on; the clocks stay in view
    await step(
      'coordinator',
      'post',
      'pause',
      { reason: 'criminal_proceedings', pausedOn: '2026-05-20', revisitOn: '2026-05-19' },
      400,
    );
    await step('coordinator', 'post', 'pause', {
      reason: 'criminal_proceedings',
      pausedOn: '2026-05-20',
      revisitOn: '2026-08-01',
    });
    expect(transitionsOf(review)['start_drafting']).toEqual(['review_paused']);
    expect(review['clocks']).toMatchObject({ paused: true, completion: { dueOn: '2026-10-10' } });
    await step('coordinator', 'post', 'resume', { resumedOn: '2026-06-19' });
    expect(review['clocks']).toMatchObject({ paused: false, pausedDays: 30 });

    await step('chair', 'post', 'transitions', { transition: 'start_drafting', on: '2026-06-20' });
    expect(review['status']).toBe('drafting');

    // rule 10: the completion date has passed, so the breach is explained with a reason code and a note
    await step('chair', 'put', 'breach-reason', { reason: 'criminal_proceedings', note: '' }, 400);
    await step('chair', 'put', 'breach-reason', {
      reason: 'criminal_proceedings',
      note: 'Trial adjourned twice.',
    });
    expect(review['breach']).toEqual({ reason: 'criminal_proceedings', note: 'Trial adjourned twice.' });

    // a stale version is refused, never silently applied
    const stale = await command('chair', review.id, review.version - 1, 'post', 'transitions', {
      transition: 'start_consultation',
      on: '2026-07-01',
    }).expect(412);
    expect(stale.body.code).toBe('stale_version');
    await send('chair', 'post', `/reviews/${review.id}/transitions`, {
      transition: 'start_consultation',
      on: '2026-07-01',
    }).expect(428);

    // every change is in the audit trail
    const audit = await send('coordinator', 'get', `/audit?entityId=${review.id}&limit=200`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(
      [
        'review.notified',
        'review.decided',
        'review.home-office-informed',
        'review.chair-appointed',
        'review.chair-independence-declared',
        'review.start-work',
        'review.paused',
        'review.resumed',
        'review.start-drafting',
        'review.breach-explained',
      ].sort(),
    );
  });

  it('declines with reasons, and a declined review goes no further', async () => {
    const review = await notify();
    const declined = await command('coordinator', review.id, review.version, 'post', 'decision', {
      outcome: 'decline',
      decidedOn: '2026-03-20',
      decisionMaker: 'CSP chair',
      rationale: 'Not a domestic relationship under section 9.',
      homeOfficeInformedOn: '2026-03-21',
    }).expect(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      homeOfficeInformedOn: '2026-03-21',
      clocks: { decision: { state: 'met' }, completion: { state: 'not_started' } },
      transitions: [],
    });
    await command('coordinator', review.id, declined.body.version, 'post', 'pause', {
      reason: 'inquest',
      pausedOn: '2026-03-22',
      revisitOn: '2026-06-01',
    }).expect(422);
  });

  it('keeps real identities sealed: never listed, read only with permission, and every reading audited', async () => {
    const review = await notify();
    const subjects = await send('coordinator', 'get', `/reviews/${review.id}/subjects`).expect(200);
    expect(JSON.stringify(subjects.body)).not.toContain('Realname');
    const victim = subjects.body.items.find((s: { role: string }) => s.role === 'victim');
    expect(victim).toMatchObject({ pseudonym: 'MA 1', identityRecorded: true });
    const stored: { sealed: string }[] = await api.app
      .get(DataSource)
      .query('SELECT sealed FROM subject_identity WHERE subject_id = $1', [victim.id]);
    expect(stored[0]!.sealed).not.toContain('Realname');

    // the CSP chair sees the review but not who the subjects really are
    await send('cspChair', 'get', `/reviews/${review.id}`).expect(200);
    await send('cspChair', 'get', `/reviews/${review.id}/subjects/${victim.id}/identity`).expect(403);
    const identity = await send(
      'coordinator',
      'get',
      `/reviews/${review.id}/subjects/${victim.id}/identity`,
    ).expect(200);
    expect(identity.body).toMatchObject({ fullName: 'Jonathan Realname', dateOfBirth: '1965-04-01' });
    expect(identity.headers['cache-control']).toBe('no-store');
    const audit = await send('coordinator', 'get', `/audit?entityId=${victim.id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('subject.identity-viewed');
    expect(JSON.stringify(audit.body)).not.toContain('Realname');

    // a pseudonym can be corrected, at the version the coordinator saw, but not to another subject's
    const corrected = await send(
      'coordinator',
      'patch',
      `/reviews/${review.id}/subjects/${victim.id}`,
      { ethnicity: 'White Irish' },
      victim.version,
    ).expect(200);
    expect(corrected.body).toMatchObject({
      pseudonym: 'MA 1',
      ethnicity: 'White Irish',
      identityRecorded: true,
    });
    await send(
      'coordinator',
      'patch',
      `/reviews/${review.id}/subjects/${victim.id}`,
      { ethnicity: 'White British' },
      victim.version,
    ).expect(412);
    const taken = await send(
      'coordinator',
      'patch',
      `/reviews/${review.id}/subjects/${victim.id}`,
      { pseudonym: 'ma 2' },
      corrected.body.version,
    ).expect(409);
    expect(taken.body.code).toBe('pseudonym_taken');
  });

  it('shows each role only what it may see', async () => {
    const review = await notify();
    // IMR authors and lead officers have no access to the review record
    await send('imrAuthor', 'get', '/reviews').expect(403);
    await send('imrAuthor', 'get', `/reviews/${review.id}`).expect(403);
    // a chair or panel member not on this review does not know it exists
    await send('panelMember', 'get', `/reviews/${review.id}`).expect(404);
    const chairs = await send('panelMember', 'get', '/reviews?limit=200').expect(200);
    expect(chairs.body.items.map((r: { id: string }) => r.id)).not.toContain(review.id);
    // only a coordinator records a notification; the CSP chair decides but does not run the review
    await send('cspChair', 'post', '/reviews', notification()).expect(403);
    await command('cspChair', review.id, review.version, 'post', 'pause', {
      reason: 'inquest',
      pausedOn: '2026-03-22',
      revisitOn: '2026-06-01',
    }).expect(403);
  });

  it("answers 404 for another partnership's review, to read or to change", async () => {
    const review = await notify();
    await send('otherCoordinator', 'get', `/reviews/${review.id}`).expect(404);
    await send('otherCoordinator', 'get', `/reviews/${review.id}/subjects`).expect(404);
    await command('otherCoordinator', review.id, review.version, 'post', 'decision', {
      outcome: 'decline',
      decidedOn: '2026-03-20',
      decisionMaker: 'X',
      rationale: 'Y',
    }).expect(404);
    const theirs = await send('otherCoordinator', 'get', '/reviews?limit=200').expect(200);
    expect(theirs.body.items.map((r: { id: string }) => r.id)).not.toContain(review.id);
  });

  it('creates one review for a repeated Idempotency-Key', async () => {
    const key = `notify-${Date.now()}`;
    const notifyUnderKey = () =>
      send('coordinator', 'post', '/reviews', notification()).set('idempotency-key', key);
    const first = await notifyUnderKey().expect(201);
    const again = await notifyUnderKey().expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.reference).toBe(first.body.reference);
  });
});
