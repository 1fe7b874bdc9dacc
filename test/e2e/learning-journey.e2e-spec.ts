import { DataSource } from 'typeorm';
import { UserProvisioning } from '@dhr/identity';
import { inPartnership, systemActor } from '@dhr/platform-auth';
import { givenPartnership, signIn, startTestApi, TEST_PASSWORD, TestApi, TestPartnership } from '../support';

type Body = Record<string, unknown>;
type Action = { id: string; version: number; status: string; rag: { rating: string; reason: string } } & Body;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);

/**
 * From an accepted IMR's recommendation to a signed-off Green action: the health agency's IMR proposes a
 * recommendation, the review copies it, the coordinator plans an action answering it, the agency's lead officer
 * reports progress and completion with evidence, and the coordinator rejects, then signs it off. Another
 * agency's lead officer never reaches it; every step is audited.
 */
describe('Learning journey: from an IMR recommendation to a Green action', () => {
  let api: TestApi;
  let a: TestPartnership;
  const as: Record<string, string> = {};
  let reviewId: string;
  let recommendationId: string;
  let action: Action;

  const send = (
    who: string,
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    body?: Body,
    version?: number,
  ) => {
    const request = api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Journey');
    const policeOfficerEmail = `police-lead.${a.id.slice(0, 8)}@test.example`;
    await api.app
      .get(UserProvisioning, { strict: false })
      .ensureActiveUser(inPartnership(systemActor(a.id, 'journey')), {
        email: policeOfficerEmail,
        displayName: 'Police lead officer',
        partnershipId: a.id,
        agencyId: a.agencies.police,
        roles: ['lead_officer'],
        password: TEST_PASSWORD,
      });
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      chair: a.chair.email,
      healthAuthor: a.healthAuthor.email,
      healthLead: a.leadOfficer.email,
      policeLead: policeOfficerEmail,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    const review = await send('coordinator', 'post', '/reviews', {
      reviewType: 'dhr',
      notifiedOn: '2026-03-02',
      notifiedBy: 'Police',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      subjects: [
        { pseudonym: 'MA 1', role: 'victim' },
        { pseudonym: 'MA 2', role: 'perpetrator' },
      ],
    }).expect(201);
    reviewId = review.body.id;
    const decided = await send(
      'coordinator',
      'post',
      `/reviews/${reviewId}/decision`,
      {
        outcome: 'commission',
        decidedOn: '2026-03-20',
        decisionMaker: 'CSP chair',
        rationale: 'Criteria met.',
      },
      review.body.version,
    ).expect(200);
    await send(
      'coordinator',
      'put',
      `/reviews/${reviewId}/chair`,
      { chairUserId: a.chair.id, appointedOn: '2026-03-25' },
      decided.body.version,
    ).expect(200);
    await api.app.get(DataSource).query(
      `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose, period_from,
         period_to, agency_ids, questions, agreed_on, version)
       VALUES (gen_random_uuid(), $1, $2, 1, 'agreed', 'Learn the lessons', '{"precision":"year","year":2007}',
         '{"precision":"year","year":2013}', ARRAY[$3]::uuid[], $4::jsonb, '2026-06-01', 1)`,
      [
        a.id,
        reviewId,
        a.agencies.health,
        JSON.stringify([{ number: 1, text: 'Were the risks recognised?' }]),
      ],
    );
  });
  afterAll(() => api.close());

  it('has the health agency’s IMR written, signed off and accepted with one proposed recommendation', async () => {
    const scoped = await send('coordinator', 'post', `/reviews/${reviewId}/imr-requests`, {
      agencyId: a.agencies.health,
      kind: 'imr',
      dueOn: '2099-01-31',
      authorUserId: a.healthAuthor.id,
      seniorManagerUserId: a.leadOfficer.id,
    }).expect(201);
    const path = `/imr-requests/${scoped.body.id}`;
    let version = (
      await send('coordinator', 'post', `${path}/sending`, undefined, scoped.body.version).expect(200)
    ).body.request.version as number;
    const write = async (method: 'put' | 'post', step: string, body: Body | undefined, status = 200) => {
      const response = await send('healthAuthor', method, `${path}/${step}`, body, version).expect(status);
      version = (response.body.request?.version ?? response.body.version) as number;
    };
    await write('put', 'answers/1', { answer: 'Partly: the risk was not assessed.' });
    await write(
      'post',
      'chronology-entries',
      { date: 'mid-August 2013', subjects: ['MA 1'], event: 'MA 1 attended the emergency department.' },
      201,
    );
    await write('put', 'recommendations', {
      items: [
        {
          recommendation: 'Staff to ask about domestic abuse at every ED attendance with an injury.',
          lead: 'Named Nurse, Adult Safeguarding',
          action: 'Update the ED triage template.',
          keyMilestone: 'Template live',
          targetDate: '2027-03-31',
        },
      ],
    });
    await write('put', 'independence-statement', { statement: 'I had no part in the care given.' });
    await write('post', 'submission', undefined);
    const signed = await send('healthLead', 'post', `${path}/sign-off`, undefined, version).expect(200);
    const accepted = await send(
      'chair',
      'post',
      `${path}/acceptance`,
      undefined,
      signed.body.request.version,
    ).expect(200);
    expect(accepted.body.request.status).toBe('accepted');
  });

  it('copies the accepted IMR’s recommendation into the review, led by the health agency', async () => {
    const copied = await send('coordinator', 'post', `/reviews/${reviewId}/recommendations/from-imrs`).expect(
      200,
    );
    expect(copied.body.createdCount).toBe(1);
    expect(copied.body.items).toEqual([
      expect.objectContaining({
        level: 'single_agency',
        text: 'Staff to ask about domestic abuse at every ED attendance with an injury.',
        leadAgencyId: a.agencies.health,
        targetDate: '2027-03-31',
        reference: expect.stringMatching(/^Journey Health Trust .* 1$/),
      }),
    ]);
    recommendationId = copied.body.items[0].id;
    const again = await send('chair', 'post', `/reviews/${reviewId}/recommendations/from-imrs`).expect(200);
    expect(again.body.createdCount).toBe(0);
  });

  it('lets the coordinator plan an action answering it, seen by the agency’s lead officer only', async () => {
    const created = await send('coordinator', 'post', '/actions', {
      reference: '1.1',
      description: 'Update the ED triage template to ask about domestic abuse.',
      leadAgencyId: a.agencies.health,
      leadOfficerUserId: a.leadOfficer.id,
      targetDate: '2027-03-31',
      recommendationIds: [recommendationId],
      milestones: [{ description: 'Template live', dueOn: '2027-01-31', done: false }],
    }).expect(201);
    action = created.body;
    expect(action).toMatchObject({
      status: 'open',
      rag: expect.objectContaining({ reason: 'not_yet_rated' }),
      recommendations: [expect.objectContaining({ id: recommendationId })],
    });

    const mine = await send('healthLead', 'get', '/actions').expect(200);
    expect(mine.body.items.map((x: Body) => x['id'])).toContain(action.id);
    const theirs = await send('policeLead', 'get', '/actions').expect(200);
    expect(theirs.body.items.map((x: Body) => x['id'])).not.toContain(action.id);
    await send('policeLead', 'get', `/actions/${action.id}`).expect(404);
    await send(
      'policeLead',
      'post',
      `/actions/${action.id}/progress-updates`,
      { reportedOn: '2026-11-01', rag: 'green', narrative: 'Taken over' },
      action.version,
    ).expect(404);
  });

  it('keeps the lead officer’s progress history, and needs evidence before completion', async () => {
    let response = await send(
      'healthLead',
      'post',
      `/actions/${action.id}/progress-updates`,
      { reportedOn: '2026-10-01', rag: 'amber', narrative: 'Draft template with the ED leads.' },
      action.version,
    ).expect(200);
    expect(response.body.rag).toMatchObject({ rating: 'amber', reason: 'reported' });
    response = await send(
      'healthLead',
      'post',
      `/actions/${action.id}/progress-updates`,
      { reportedOn: '2026-11-20', rag: 'light_green', narrative: 'Template in testing.' },
      response.body.version,
    ).expect(200);
    expect(response.body.updates.map((u: Body) => [u['reportedOn'], u['rag']])).toEqual([
      ['2026-11-20', 'light_green'],
      ['2026-10-01', 'amber'],
    ]);
    action = response.body;

    const early = await send(
      'healthLead',
      'post',
      `/actions/${action.id}/completion`,
      { completedOn: '2026-11-25', outcome: 'The template asks every patient with an injury.' },
      action.version,
    ).expect(422);
    expect(early.body.code).toBe('evidence_missing');

    await api.http
      .post(`/api/v1/documents?ownerType=action&ownerId=${action.id}`)
      .set('authorization', as['healthLead']!)
      .attach('file', PDF, { filename: 'ED triage template.pdf', contentType: 'application/pdf' })
      .expect(201);
    const submitted = await send(
      'healthLead',
      'post',
      `/actions/${action.id}/completion`,
      { completedOn: '2026-11-25', outcome: 'The template asks every patient with an injury.' },
      action.version,
    ).expect(200);
    expect(submitted.body).toMatchObject({
      status: 'completion_submitted',
      rag: { rating: 'light_green', reason: 'completion_awaiting_sign_off' },
    });
    action = submitted.body;
  });

  it('is rejected with a reason, resubmitted, then signed off Green and closed by the coordinator', async () => {
    await send('healthLead', 'post', `/actions/${action.id}/approval`, undefined, action.version).expect(403);
    const rejected = await send(
      'coordinator',
      'post',
      `/actions/${action.id}/rejection`,
      { reason: 'Attach the audit of the first month.' },
      action.version,
    ).expect(200);
    expect(rejected.body).toMatchObject({
      status: 'open',
      rejectionReason: 'Attach the audit of the first month.',
    });
    const resubmitted = await send(
      'healthLead',
      'post',
      `/actions/${action.id}/completion`,
      { completedOn: '2026-11-26', outcome: 'Template live; first month audited: 92% asked.' },
      rejected.body.version,
    ).expect(200);
    expect(resubmitted.body.rag.rating).toBe('light_green');
    const approved = await send(
      'coordinator',
      'post',
      `/actions/${action.id}/approval`,
      undefined,
      resubmitted.body.version,
    ).expect(200);
    expect(approved.body).toMatchObject({ status: 'closed', rag: { rating: 'green', reason: 'signed_off' } });

    const audit = await send('coordinator', 'get', `/audit?entityId=${action.id}`).expect(200);
    const steps = audit.body.items.map((e: Body) => e['action'] as string);
    expect(steps).toEqual(
      expect.arrayContaining([
        'action.created',
        'action.progress-reported',
        'action.completion-submitted',
        'action.completion-rejected',
        'action.completion-approved',
      ]),
    );
    expect(steps.filter((s: string) => s === 'action.progress-reported')).toHaveLength(2);
    expect(steps.filter((s: string) => s === 'action.completion-submitted')).toHaveLength(2);
  });

  it('shows an open action past its target date as Red, whatever was reported', async () => {
    const overdue = await send('coordinator', 'post', '/actions', {
      reference: '1.2',
      description: 'Train ED staff in routine enquiry.',
      leadAgencyId: a.agencies.health,
      leadOfficerUserId: a.leadOfficer.id,
      targetDate: '2026-06-30',
      recommendationIds: [recommendationId],
      milestones: [],
    }).expect(201);
    const reported = await send(
      'healthLead',
      'post',
      `/actions/${overdue.body.id}/progress-updates`,
      { reportedOn: '2026-11-20', rag: 'light_green', narrative: 'Nearly there.' },
      overdue.body.version,
    ).expect(200);
    expect(reported.body.rag).toMatchObject({ rating: 'red', reason: 'overdue' });
    const listed = await send('healthLead', 'get', '/actions?rag=red').expect(200);
    expect(listed.body.items.map((x: Body) => x['id'])).toEqual([overdue.body.id]);
  });
});
