import { randomUUID } from 'node:crypto';
import {
  apiAs,
  daysAgo,
  givenPartnership,
  givenSignedOffReview,
  givenUploadedPdf,
  Send,
  signInAll,
  startTestApi,
  TestApi,
  TestPartnership,
} from '../support';

type Body = Record<string, unknown>;

/**
 * Rules 7, 8 and 9 over HTTP: a review signed off, its bundle refused until complete and checked, sent, sent
 * back by the Home Office, signed off and sent again, cleared, and published once proceedings end and the
 * family knows the date.
 */
describe('review submission to the Home Office', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let as: Record<string, string>;
  let send: Send;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Submission');
    b = await givenPartnership(api, 'SubmissionElsewhere');
    as = await signInAll(api, {
      coordinator: a.coordinator.email,
      chair: a.chair.email,
      otherCoordinator: b.coordinator.email,
      cspChair: a.cspChair.email,
      author: a.policeAuthor.email,
    });
    send = apiAs(api, as);
  });
  afterAll(() => api.close());

  const review = async (id: string) =>
    (await send('coordinator', 'get', `/reviews/${id}`).expect(200)).body as Body & {
      version: number;
      status: string;
    };
  /** A command on the review, as its coordinator, under If-Match. */
  const command = (
    id: string,
    version: number,
    method: 'post' | 'put' | 'patch',
    path: string,
    body: Body = {},
  ) => send('coordinator', method, `/reviews/${id}/${path}`, body, version);
  const upload = (ownerType: string, ownerId: string, name: string) =>
    givenUploadedPdf(api, as.coordinator!, ownerType, ownerId, name);
  const auditActions = async (entityId: string) =>
    (await send('coordinator', 'get', `/audit?entityId=${entityId}`).expect(200)).body.items.map(
      (event: { action: string }) => event.action,
    ) as string[];
  const signedOffReview = () => givenSignedOffReview(api, a, as.coordinator!);

  const startVersion = (id: string) => send('coordinator', 'post', `/reviews/${id}/submissions`);

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
    const listed = (await send('coordinator', 'get', `/reviews/${id}/submissions`).expect(200)).body
      .items as (Body & { version: number })[];
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
    const proceedings = await send('chair', 'post', `/reviews/${id}/parallel-processes`, {
      kind: 'criminal_proceedings',
      reference: 'Crown Court T2026',
      nextHearingOn: daysAgo(1),
    }).expect(201);
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
    await send('chair', 'post', `/reviews/${id}/parallel-processes/${proceedings.body.id}/conclusion`, {
      concludedOn: daysAgo(3),
      outcome: 'MA 2 convicted of murder',
    })
      .set('if-match', proceedings.headers['etag'] as string)
      .expect(200);
    const published = await command(id, version, 'post', 'publication', publication).expect(200);
    expect(published.body).toMatchObject({ status: 'published' });
  });

  it('keeps parallel processes to their review: versions, conclusion rules, roles and partnerships', async () => {
    const id = await signedOffReview();
    const added = await send('coordinator', 'post', `/reviews/${id}/parallel-processes`, {
      kind: 'inquest',
      reference: 'Coroner ref 123',
    }).expect(201);
    expect(added.body).toMatchObject({
      kind: 'inquest',
      kindLabel: 'Inquest',
      status: 'ongoing',
      version: 1,
    });
    const path = `/reviews/${id}/parallel-processes/${added.body.id}`;
    await send('coordinator', 'patch', path, { notes: 'x' }).expect(428);
    const updated = await send(
      'coordinator',
      'patch',
      path,
      { nextHearingOn: '2027-01-15', notes: 'Pre-inquest review hearing listed' },
      1,
    ).expect(200);
    expect(updated.body).toMatchObject({
      reference: 'Coroner ref 123',
      nextHearingOn: '2027-01-15',
      version: 2,
    });
    await send('coordinator', 'patch', path, { notes: 'y' }, 1).expect(412);

    const noOutcome = await send(
      'coordinator',
      'post',
      `${path}/conclusion`,
      { concludedOn: '2099-01-01' },
      2,
    ).expect(400);
    expect(new Set(noOutcome.body.errors.map((e: { field: string }) => e.field))).toEqual(
      new Set(['outcome']),
    );
    const future = await send(
      'coordinator',
      'post',
      `${path}/conclusion`,
      { concludedOn: '2099-01-01', outcome: 'Unlawful killing' },
      2,
    ).expect(400);
    expect(future.body.errors).toEqual([
      { field: 'concludedOn', message: expect.stringContaining('future') },
    ]);
    const concluded = await send(
      'coordinator',
      'post',
      `${path}/conclusion`,
      { concludedOn: daysAgo(1), outcome: 'Unlawful killing' },
      2,
    ).expect(200);
    expect(concluded.body).toMatchObject({
      status: 'concluded',
      nextHearingOn: null,
      outcome: 'Unlawful killing',
    });
    await send(
      'coordinator',
      'post',
      `${path}/conclusion`,
      { concludedOn: daysAgo(1), outcome: 'Again' },
      3,
    ).expect(422);

    await send('cspChair', 'post', `/reviews/${id}/parallel-processes`, { kind: 'inquest' }).expect(403);
    await send('cspChair', 'get', `/reviews/${id}/parallel-processes`).expect(200);
    await send('otherCoordinator', 'get', `/reviews/${id}/parallel-processes`).expect(404);
    await send('otherCoordinator', 'get', `/reviews/${id}/submissions`).expect(404);
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
    await send('chair', 'get', `/documents/${document}`).expect(200);
    await send('otherCoordinator', 'get', `/documents/${document}`).expect(404);
    await send('author', 'get', `/documents/${document}`).expect(404);
    await send('chair', 'post', `/reviews/${id}/submissions`).expect(403);
    await send('otherCoordinator', 'post', `/reviews/${id}/submissions`).expect(404);
  });
});
