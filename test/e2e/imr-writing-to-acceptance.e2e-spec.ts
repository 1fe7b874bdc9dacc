import {
  apiAs,
  givenAgreedTerms,
  givenCommissionedReview,
  givenPartnership,
  givenSentRequest,
  Method,
  Send,
  signInAll,
  startTestApi,
  TestApi,
  TestPartnership,
  VICTIM_AND_PERPETRATOR,
} from '../support';

type Body = Record<string, unknown>;
type Imr = { request: { id: string; status: string; version: number }; questions: Body[] } & Body;

/**
 * An agency's IMR once sent, to the chair's acceptance: written by the agency's author alone and refused while
 * incomplete (rule 5), signed off by a senior manager who is not the author, returned by the chair with comments
 * and accepted, every version kept and every change audited; a question added by a later revision of the terms
 * shown as added; and the review's sign-off held until every agency asked has returned its evidence (rule 6).
 */
describe('IMRs: writing to acceptance', () => {
  let api: TestApi;
  let a: TestPartnership;
  let send: Send;
  let reviewId: string;

  /** Agreed terms of reference, spring 2007 to autumn 2013, straight to the database. */
  const agreeTerms = (versionNumber: number, questions: string[]) =>
    givenAgreedTerms(api, a, reviewId, questions, {
      versionNumber,
      periodFrom: { precision: 'season', year: 2007, season: 'spring' },
      periodTo: { precision: 'season', year: 2013, season: 'autumn' },
    });
  /** A change to an IMR at the version last seen, answered with 200; the IMR as it is now. */
  const write = async (who: string, method: Method, path: string, version: number, body?: Body) =>
    (await send(who, method, path, body, version).expect(200)).body as Imr;

  let health: { id: string; version: number };
  let police: { id: string; version: number };

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Imr');
    const as = await signInAll(api, {
      coordinator: a.coordinator.email,
      chair: a.chair.email,
      panelMember: a.panelMember.email,
      policeAuthor: a.policeAuthor.email,
      healthAuthor: a.healthAuthor.email,
      healthManager: a.leadOfficer.email,
    });
    send = apiAs(api, as);
    reviewId = (await givenCommissionedReview(api, a, as.coordinator!, VICTIM_AND_PERPETRATOR)).id;
    // sent under version 1 of the terms: the health IMR, with its senior manager, and the police summary
    await agreeTerms(1, ['Were the risks recognised?', 'Was information shared?']);
    health = await givenSentRequest(api, as.coordinator!, reviewId, a.agencies.health, a.healthAuthor.id, {
      kind: 'imr',
      seniorManagerUserId: a.leadOfficer.id,
    });
    police = await givenSentRequest(api, as.coordinator!, reviewId, a.agencies.police, a.policeAuthor.id);
  });
  afterAll(() => api.close());

  it('lets the author write the IMR, and refuses an incomplete submission naming what is missing (rule 5)', async () => {
    const path = `/imr-requests/${health.id}`;
    let imr: Imr = await write('healthAuthor', 'put', `${path}/answers/1`, health.version, {
      answer: 'Partly: the risk was not assessed.',
    });
    expect(imr.request.status).toBe('in_progress');
    await send(
      'healthAuthor',
      'put',
      `${path}/answers/3`,
      { answer: 'No such question' },
      imr.request.version,
    ).expect(400);
    const stale = await send(
      'healthAuthor',
      'put',
      `${path}/answers/2`,
      { answer: 'Late' },
      health.version,
    ).expect(412);
    expect(stale.body.code).toBe('stale_version');

    const incomplete = await send(
      'healthAuthor',
      'post',
      `${path}/submission`,
      undefined,
      imr.request.version,
    ).expect(422);
    expect(incomplete.body.code).toBe('imr_incomplete');
    expect(incomplete.body.problems).toEqual([
      'Add the agency’s chronology.',
      'Answer terms of reference question 2.',
      'Give the author’s statement of independence.',
    ]);

    const chronology = await send(
      'healthAuthor',
      'post',
      `${path}/chronology-entries`,
      {
        date: 'mid-August 2013',
        sourceReference: 'ED attendance 13/0815',
        subjects: ['MA 1'],
        event: 'MA 1 attended the emergency department with a cut hand.',
        actionOutcome: 'Treated and discharged.',
      },
      imr.request.version,
    ).expect(201);
    expect(chronology.body.items[0]).toMatchObject({
      date: 'mid-August 2013',
      earliestOn: '2013-08-11',
      latestOn: '2013-08-20',
      precision: 'month',
    });
    const bad = await send(
      'healthAuthor',
      'post',
      `${path}/chronology-entries`,
      { date: '31/02/2014', event: 'x' },
      chronology.body.version,
    ).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['date']);

    imr = await write('healthAuthor', 'put', `${path}/answers/2`, chronology.body.version, {
      answer: 'Information was shared late.',
    });
    imr = await write('healthAuthor', 'put', `${path}/good-practice`, imr.request.version, {
      items: ['Safeguarding referral made the same day.'],
    });
    imr = await write('healthAuthor', 'put', `${path}/lessons`, imr.request.version, {
      items: ['Routine enquiry about domestic abuse was not made.'],
    });
    imr = await write('healthAuthor', 'put', `${path}/recommendations`, imr.request.version, {
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
    imr = await write('healthAuthor', 'put', `${path}/independence-statement`, imr.request.version, {
      statement: 'I had no part in the care given.',
    });
    imr = await write('healthAuthor', 'post', `${path}/submission`, imr.request.version);
    expect(imr.request.status).toBe('awaiting_sign_off');
    Object.assign(health, imr.request);
  });

  it('is signed off by the senior manager, never by the author (rule 5)', async () => {
    const path = `/imr-requests/${health.id}`;
    const byAuthor = await send('healthAuthor', 'post', `${path}/sign-off`, undefined, health.version).expect(
      422,
    );
    expect(byAuthor.body.code).toBe('author_cannot_sign_off');
    await send('chair', 'post', `${path}/return`, { comments: [] }, health.version).expect(422);
    const signed = await send('healthManager', 'post', `${path}/sign-off`, undefined, health.version).expect(
      200,
    );
    expect(signed.body.request.status).toBe('submitted');
    Object.assign(health, signed.body.request);
    // once with the chair, the panel may read it
    await send('panelMember', 'get', path).expect(404); // not a member of this review's panel
  });

  it('is returned by the chair with comments per section, amended, resubmitted and accepted; every version kept', async () => {
    const path = `/imr-requests/${health.id}`;
    const returned = await send(
      'chair',
      'post',
      `${path}/return`,
      {
        comments: [{ section: 'question-2', comment: 'Say when the information was shared, and with whom.' }],
      },
      health.version,
    ).expect(200);
    expect(returned.body.request.status).toBe('returned');
    expect(returned.body.revisions).toEqual([
      expect.objectContaining({
        revisionNumber: 1,
        outcome: 'returned',
        comments: [{ section: 'question-2', comment: 'Say when the information was shared, and with whom.' }],
      }),
    ]);
    let imr: Imr = await write('healthAuthor', 'put', `${path}/answers/2`, returned.body.request.version, {
      answer: 'Shared with the police on 20 August 2013.',
    });
    expect(imr.request.status).toBe('returned');
    imr = await write('healthAuthor', 'post', `${path}/submission`, imr.request.version);
    imr = await write('healthManager', 'post', `${path}/sign-off`, imr.request.version);
    await send('healthAuthor', 'post', `${path}/acceptance`, undefined, imr.request.version).expect(403);
    const accepted = await send('chair', 'post', `${path}/acceptance`, undefined, imr.request.version).expect(
      200,
    );
    expect(accepted.body.request.status).toBe('accepted');
    expect(accepted.body.revisions.map((r: Body) => [r['revisionNumber'], r['outcome']])).toEqual([
      [1, 'returned'],
      [2, 'accepted'],
    ]);
    // the author can no longer change it
    await send(
      'healthAuthor',
      'put',
      `${path}/answers/1`,
      { answer: 'Changed' },
      accepted.body.request.version,
    ).expect(422);
  });

  it('shows a question added by a later revision of the terms as added, and the chair the coverage of every agency', async () => {
    await agreeTerms(2, [
      'Were the risks recognised?',
      'Was information shared?',
      'Were family members at risk?',
    ]);
    const imr = (await send('policeAuthor', 'get', `/imr-requests/${police.id}`).expect(200)).body as Imr;
    expect(imr.questions.map((q) => [q['number'], q['addedInVersion'], q['addedSinceRequest']])).toEqual([
      [1, 1, false],
      [2, 1, false],
      [3, 2, true],
    ]);
    const coverage = await send('chair', 'get', `/reviews/${reviewId}/imr-coverage`).expect(200);
    expect(coverage.body.questionNumbers).toEqual([1, 2, 3]);
    expect(
      coverage.body.rows.map((row: { request: { agencyId: string }; answered: number[] }) => [
        row.request.agencyId,
        row.answered,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [a.agencies.health, [1, 2]],
        [a.agencies.police, []],
      ]),
    );
  });

  it('holds the review’s sign-off until every agency asked has returned its evidence (rule 6)', async () => {
    let review = (await send('coordinator', 'get', `/reviews/${reviewId}`).expect(200)).body;
    const step = async (who: string, path: string, body: Body, status = 200) => {
      const response = await send(who, 'post', `/reviews/${reviewId}/${path}`, body, review.version).expect(
        status,
      );
      if (status === 200) review = response.body;
      return response;
    };
    await step('coordinator', 'home-office-informed', { informedOn: '2026-03-21' });
    await step('chair', 'chair/independence', { statement: 'Independent of every agency.' });
    await step('chair', 'transitions', { transition: 'start_work', on: '2026-04-01' });
    await step('chair', 'transitions', { transition: 'start_drafting', on: '2026-06-10' });
    await step('chair', 'transitions', { transition: 'start_consultation', on: '2026-07-01' });
    const policeName = (await send('coordinator', 'get', `/agencies/${a.agencies.police}`).expect(200)).body
      .name;
    const blocked = await step(
      'coordinator',
      'sign-off',
      { signedOffOn: '2026-08-01', signedOffBy: 'CSP chair' },
      422,
    );
    expect(blocked.body.code).toBe('evidence_outstanding');
    expect(blocked.body.detail).toContain(policeName);

    // the police send their summary, the chair accepts it, and the review can be signed off
    const path = `/imr-requests/${police.id}`;
    let imr: Imr = (await send('policeAuthor', 'get', path).expect(200)).body;
    for (const question of imr.questions) {
      imr = await write(
        'policeAuthor',
        'put',
        `${path}/answers/${String(question['number'])}`,
        imr.request.version,
        { answer: 'Known to the police since 2007.' },
      );
    }
    imr = await write('policeAuthor', 'put', `${path}/independence-statement`, imr.request.version, {
      statement: 'No involvement.',
    });
    imr = await write('policeAuthor', 'post', `${path}/submission`, imr.request.version);
    expect(imr.request.status).toBe('submitted');
    await send('chair', 'post', `${path}/acceptance`, undefined, imr.request.version).expect(200);
    const signed = await step('coordinator', 'sign-off', {
      signedOffOn: '2026-08-01',
      signedOffBy: 'CSP chair',
    });
    expect(signed.body.status).toBe('signed_off');
  });

  it('audits every change to a request', async () => {
    const audit = await send('coordinator', 'get', `/audit?entityId=${health.id}&limit=200`).expect(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    for (const action of [
      'imr-request.scoped',
      'imr-request.sent',
      'imr-request.answer-saved',
      'imr-request.chronology-entry-added',
      'imr-request.submitted',
      'imr-request.signed-off',
      'imr-request.returned',
      'imr-request.accepted',
    ]) {
      expect(actions).toContain(action);
    }
  });
});
