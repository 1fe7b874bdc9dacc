import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

type Body = Record<string, unknown>;

/** A date `days` before today, so the review's clocks never run out whatever day the test runs. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const pdf = (text: string) => Buffer.concat([Buffer.from(`%PDF-1.7\n% ${text}\n`), Buffer.alloc(512, 0x20)]);

/**
 * Rules 7, 8 and 9 over HTTP: a review signed off, its bundle refused until complete and checked, sent, sent
 * back by the Home Office, signed off and sent again, cleared, and published once proceedings end and the
 * family knows the date.
 */
describe('review submission to the Home Office', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let coordinator: string;
  let chair: string;
  let otherCoordinator: string;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Submission');
    b = await givenPartnership(api, 'SubmissionElsewhere');
    coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
    chair = (await signIn(api.http, a.chair.email)).authorization;
    otherCoordinator = (await signIn(api.http, b.coordinator.email)).authorization;
  });
  afterAll(() => api.close());

  const review = async (id: string) =>
    (await api.http.get(`/api/v1/reviews/${id}`).set('authorization', coordinator).expect(200))
      .body as Body & {
      version: number;
      status: string;
    };
  const command = (
    id: string,
    version: number,
    method: 'post' | 'put' | 'patch',
    path: string,
    body: Body = {},
  ) =>
    api.http[method](`/api/v1/reviews/${id}/${path}`)
      .set('authorization', coordinator)
      .set('if-match', `"${version}"`)
      .send(body);
  const upload = async (ownerType: string, ownerId: string, name: string) =>
    (
      await api.http
        .post(`/api/v1/documents?ownerType=${ownerType}&ownerId=${ownerId}`)
        .set('authorization', coordinator)
        .attach('file', pdf(name), { filename: `${name}.pdf`, contentType: 'application/pdf' })
        .expect(201)
    ).body.id as string;
  const auditActions = async (entityId: string) =>
    (
      await api.http.get(`/api/v1/audit?entityId=${entityId}`).set('authorization', coordinator).expect(200)
    ).body.items.map((event: { action: string }) => event.action) as string[];

  /** Notification to sign-off, each step through the API but the agreed terms of reference (another API). */
  const signedOffReview = async (): Promise<string> => {
    const created = await api.http
      .post('/api/v1/reviews')
      .set('authorization', coordinator)
      .send({
        reviewType: 'dhr',
        notifiedOn: daysAgo(70),
        notifiedBy: 'DCI Example, Test Police',
        relationship: 'intimate_partner',
        suspectedSuicide: false,
        subjects: [
          { pseudonym: 'MA 1', role: 'victim' },
          { pseudonym: 'MA 2', role: 'perpetrator' },
        ],
      })
      .expect(201);
    const id = created.body.id as string;
    let version = created.body.version as number;
    const step = async (method: 'post' | 'put', path: string, body: Body) => {
      const response = await command(id, version, method, path, body).expect(200);
      version = response.body.version as number;
    };
    await step('post', 'decision', {
      outcome: 'commission',
      decidedOn: daysAgo(65),
      decisionMaker: 'Chair of the CSP',
      rationale: 'The criteria of section 9 are met.',
      homeOfficeInformedOn: daysAgo(64),
    });
    await step('put', 'chair', { chairUserId: a.chair.id, appointedOn: daysAgo(60) });
    await step('post', 'chair/independence', { statement: 'I have never worked for any agency involved.' });
    await step('post', 'transitions', { transition: 'start_work', on: daysAgo(55) });
    await api.app.get(DataSource).query(
      `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose, period_from,
         period_to, agency_ids, questions, agreed_on, version)
       VALUES ($1, $2, $3, 1, 'agreed', 'To establish what lessons are to be learned.', $4, $5, $6, $7, $8, 1)`,
      [
        randomUUID(),
        a.id,
        id,
        JSON.stringify({ precision: 'year', year: 2020 }),
        JSON.stringify({ precision: 'year', year: 2026 }),
        [a.agencies.police],
        JSON.stringify([{ number: 1, text: 'What did each agency know?' }]),
        daysAgo(50),
      ],
    );
    await step('post', 'transitions', { transition: 'start_drafting', on: daysAgo(40) });
    await step('post', 'transitions', { transition: 'start_consultation', on: daysAgo(30) });
    await step('post', 'sign-off', { signedOffOn: daysAgo(20), signedOffBy: 'Chair of the CSP board' });
    expect((await review(id)).status).toBe('signed_off');
    return id;
  };

  const startVersion = (id: string) =>
    api.http.post(`/api/v1/reviews/${id}/submissions`).set('authorization', coordinator).send();

  /** Uploads four documents, sets them as the parts and records the anonymisation check. */
  const completeVersion = async (
    id: string,
    submission: Body & { id: string; version: number },
    tag: string,
  ) => {
    const parts = {
      overviewReport: await upload('review', id, `overview-${tag}`),
      executiveSummary: await upload('review', id, `summary-${tag}`),
      actionPlan: await upload('review', id, `action-plan-${tag}`),
      signOffLetter: await upload('review', id, `sign-off-${tag}`),
    };
    const set = await command(
      id,
      submission.version,
      'patch',
      `submissions/${submission.id}/documents`,
      parts,
    ).expect(200);
    expect(set.body).toMatchObject({ documents: parts, missing: ['anonymisation check'] });
    const checked = await command(
      id,
      set.body.version,
      'post',
      `submissions/${submission.id}/anonymisation-check`,
    ).expect(200);
    expect(checked.body).toMatchObject({
      anonymisationCheck: { checkedBy: a.coordinator.id, checkedAt: expect.any(String) },
      missing: [],
    });
    return parts;
  };

  it('walks a review from sign-off through a resubmission to clearance and publication', async () => {
    const id = await signedOffReview();

    // rule 7: nothing is sent without every part and the anonymisation check
    const first = (await startVersion(id).expect(201)).body as Body & { id: string; version: number };
    expect(first).toMatchObject({ versionNumber: 1, sentOn: null, qa: null });
    await startVersion(id)
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('unsent_version_exists'));
    const refused = await command(id, (await review(id)).version, 'post', `submissions/${first.id}/send`, {
      sentOn: daysAgo(18),
    }).expect(422);
    expect(refused.body.code).toBe('submission_incomplete');
    expect(refused.body.blockers).toHaveLength(1);
    for (const missing of [
      'overview report',
      'executive summary',
      'action plan',
      'CSP sign-off letter',
      'anonymisation check',
    ]) {
      expect(refused.body.blockers[0].message).toContain(missing);
    }
    expect((await review(id)).status).toBe('signed_off');

    // a document of something else is not a part of this review's bundle
    const agencyDocument = await upload('agency', a.agencies.police, 'agreement');
    const foreign = await command(id, first.version, 'patch', `submissions/${first.id}/documents`, {
      overviewReport: agencyDocument,
      actionPlan: randomUUID(),
    }).expect(400);
    expect(foreign.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'actionPlan',
      'overviewReport',
    ]);
    // the check is of a complete bundle
    await command(id, first.version, 'post', `submissions/${first.id}/anonymisation-check`)
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('submission_incomplete'));

    const parts = await completeVersion(id, first, 'v1');
    const sent = await command(id, (await review(id)).version, 'post', `submissions/${first.id}/send`, {
      sentOn: daysAgo(18),
    }).expect(200);
    expect(sent.body).toMatchObject({ status: 'submitted' });
    const versionAfterSend = sent.body.version as number;

    // a sent version never changes
    const listed = (
      await api.http.get(`/api/v1/reviews/${id}/submissions`).set('authorization', coordinator).expect(200)
    ).body.items as (Body & { version: number })[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ versionNumber: 1, sentOn: daysAgo(18), documents: parts });
    await command(id, listed[0]!.version, 'patch', `submissions/${first.id}/documents`, { actionPlan: null })
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('submission_sent'));

    // rule 8: resubmit reopens drafting and clears the sign-off
    const letter1 = await upload('review', id, 'qa-letter-1');
    const resubmit = await command(id, versionAfterSend, 'post', `submissions/${first.id}/qa-outcome`, {
      outcome: 'resubmit',
      outcomeOn: daysAgo(15),
      letterDocumentId: letter1,
    }).expect(200);
    expect(resubmit.body).toMatchObject({ status: 'drafting', signOff: null });
    expect(resubmit.body.version).toBe(versionAfterSend + 1);
    await startVersion(id)
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('review_not_signed_off'));

    let version = resubmit.body.version as number;
    version = (
      await command(id, version, 'post', 'transitions', {
        transition: 'start_consultation',
        on: daysAgo(12),
      }).expect(200)
    ).body.version;
    version = (
      await command(id, version, 'post', 'sign-off', {
        signedOffOn: daysAgo(10),
        signedOffBy: 'Chair of the board',
      }).expect(200)
    ).body.version;
    const second = (await startVersion(id).expect(201)).body as Body & { id: string; version: number };
    expect(second).toMatchObject({ versionNumber: 2, missing: expect.arrayContaining(['overview report']) });
    await completeVersion(id, second, 'v2');
    // the first version is history now
    await command(id, version, 'post', `submissions/${first.id}/send`, { sentOn: daysAgo(8) })
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('submission_superseded'));
    const resent = await command(id, version, 'post', `submissions/${second.id}/send`, {
      sentOn: daysAgo(8),
    }).expect(200);
    expect(resent.body).toMatchObject({ status: 'submitted' });

    const letter2 = await upload('review', id, 'qa-letter-2');
    const cleared = await command(id, resent.body.version, 'post', `submissions/${second.id}/qa-outcome`, {
      outcome: 'cleared',
      outcomeOn: daysAgo(5),
      letterDocumentId: letter2,
    }).expect(200);
    expect(cleared.body).toMatchObject({ status: 'cleared' });
    expect(await auditActions(second.id)).toEqual(
      expect.arrayContaining([
        'submission.started',
        'submission.documents-set',
        'submission.anonymisation-checked',
        'submission.sent',
        'submission.qa-outcome-recorded',
      ]),
    );
    expect(await auditActions(id)).toEqual(
      expect.arrayContaining(['review.submitted', 'review.qa-resubmit', 'review.qa-cleared']),
    );

    // rule 9: not while criminal proceedings are ongoing, nor before the family knows the date
    const proceedings = await api.http
      .post(`/api/v1/reviews/${id}/parallel-processes`)
      .set('authorization', chair)
      .send({ kind: 'criminal_proceedings', reference: 'Crown Court T2026', nextHearingOn: daysAgo(1) })
      .expect(201);
    const publication = { publishedOn: daysAgo(2), url: 'https://www.example.gov.uk/dhr' };
    version = cleared.body.version;
    const blocked = await command(id, version, 'post', 'publication', publication).expect(422);
    expect(blocked.body.blockers.map((blocker: { code: string }) => blocker.code)).toEqual([
      'criminal_proceedings_open',
      'family_not_told',
    ]);
    version = (
      await command(id, version, 'put', 'family', { familyToldPublicationOn: daysAgo(4) }).expect(200)
    ).body.version;
    await command(id, version, 'post', 'publication', publication)
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('criminal_proceedings_open'));
    await api.http
      .post(`/api/v1/reviews/${id}/parallel-processes/${proceedings.body.id}/conclusion`)
      .set('authorization', chair)
      .set('if-match', proceedings.headers['etag'] as string)
      .send({ concludedOn: daysAgo(3), outcome: 'MA 2 convicted of murder' })
      .expect(200);
    const published = await command(id, version, 'post', 'publication', publication).expect(200);
    expect(published.body).toMatchObject({ status: 'published' });
  });

  it('keeps parallel processes to their review: versions, conclusion rules, roles and partnerships', async () => {
    const id = await signedOffReview();
    const added = await api.http
      .post(`/api/v1/reviews/${id}/parallel-processes`)
      .set('authorization', coordinator)
      .send({ kind: 'inquest', reference: 'Coroner ref 123' })
      .expect(201);
    expect(added.body).toMatchObject({
      kind: 'inquest',
      kindLabel: 'Inquest',
      status: 'ongoing',
      version: 1,
    });
    const path = `/api/v1/reviews/${id}/parallel-processes/${added.body.id}`;
    await api.http.patch(path).set('authorization', coordinator).send({ notes: 'x' }).expect(428);
    const updated = await api.http
      .patch(path)
      .set('authorization', coordinator)
      .set('if-match', '"1"')
      .send({ nextHearingOn: '2027-01-15', notes: 'Pre-inquest review hearing listed' })
      .expect(200);
    expect(updated.body).toMatchObject({
      reference: 'Coroner ref 123',
      nextHearingOn: '2027-01-15',
      version: 2,
    });
    await api.http
      .patch(path)
      .set('authorization', coordinator)
      .set('if-match', '"1"')
      .send({ notes: 'y' })
      .expect(412);

    const noOutcome = await api.http
      .post(`${path}/conclusion`)
      .set('authorization', coordinator)
      .set('if-match', '"2"')
      .send({ concludedOn: '2099-01-01' })
      .expect(400);
    expect(new Set(noOutcome.body.errors.map((e: { field: string }) => e.field))).toEqual(
      new Set(['outcome']),
    );
    const future = await api.http
      .post(`${path}/conclusion`)
      .set('authorization', coordinator)
      .set('if-match', '"2"')
      .send({ concludedOn: '2099-01-01', outcome: 'Unlawful killing' })
      .expect(400);
    expect(future.body.errors).toEqual([
      { field: 'concludedOn', message: expect.stringContaining('future') },
    ]);
    const concluded = await api.http
      .post(`${path}/conclusion`)
      .set('authorization', coordinator)
      .set('if-match', '"2"')
      .send({ concludedOn: daysAgo(1), outcome: 'Unlawful killing' })
      .expect(200);
    expect(concluded.body).toMatchObject({
      status: 'concluded',
      nextHearingOn: null,
      outcome: 'Unlawful killing',
    });
    await api.http
      .post(`${path}/conclusion`)
      .set('authorization', coordinator)
      .set('if-match', '"3"')
      .send({ concludedOn: daysAgo(1), outcome: 'Again' })
      .expect(422);

    const cspChair = (await signIn(api.http, a.cspChair.email)).authorization;
    await api.http
      .post(`/api/v1/reviews/${id}/parallel-processes`)
      .set('authorization', cspChair)
      .send({ kind: 'inquest' })
      .expect(403);
    await api.http.get(`/api/v1/reviews/${id}/parallel-processes`).set('authorization', cspChair).expect(200);
    await api.http
      .get(`/api/v1/reviews/${id}/parallel-processes`)
      .set('authorization', otherCoordinator)
      .expect(404);
    await api.http
      .get(`/api/v1/reviews/${id}/submissions`)
      .set('authorization', otherCoordinator)
      .expect(404);
    expect(await auditActions(added.body.id)).toEqual(
      expect.arrayContaining([
        'parallel-process.added',
        'parallel-process.updated',
        'parallel-process.concluded',
      ]),
    );
  });

  it('lets only the review’s people see its documents, and only its coordinator prepare a submission', async () => {
    const id = await signedOffReview();
    const document = await upload('review', id, 'draft');
    await api.http.get(`/api/v1/documents/${document}`).set('authorization', chair).expect(200);
    await api.http.get(`/api/v1/documents/${document}`).set('authorization', otherCoordinator).expect(404);
    const author = (await signIn(api.http, a.policeAuthor.email)).authorization;
    await api.http.get(`/api/v1/documents/${document}`).set('authorization', author).expect(404);
    await api.http.post(`/api/v1/reviews/${id}/submissions`).set('authorization', chair).send().expect(403);
    await api.http
      .post(`/api/v1/reviews/${id}/submissions`)
      .set('authorization', otherCoordinator)
      .send()
      .expect(404);
  });
});
