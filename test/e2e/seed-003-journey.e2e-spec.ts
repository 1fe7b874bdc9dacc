import {
  apiAs,
  givenPartnership,
  givenUploadedPdf,
  Send,
  SEED_003_IMR_AGENCIES as IMR_AGENCIES,
  SEED_003_PANEL as PANEL,
  SEED_003_PURPOSE as PURPOSE,
  SEED_003_QUESTIONS_1_TO_10 as QUESTIONS_1_TO_10,
  SEED_003_QUESTIONS_11_AND_12 as QUESTIONS_11_AND_12,
  Seed003ImrAgency as ImrAgency,
  signInAll,
  startTestApi,
  TestApi,
  TestPartnership,
} from '../support';

type Body = Record<string, unknown>;
type Blocker = { code: string; message: string };
type ReviewBody = Body & {
  id: string;
  version: number;
  status: string;
  transitions: { transition: string; blockers: Blocker[] }[];
};
type Versioned = Body & { id: string; version: number };

/**
 * Seed 003 (lines 1-105): the Safer Rotherham Partnership's review of MA 1's death, replayed through the API
 * alone, from the notification in autumn 2013 to publication. Each guard is tried before the step that meets
 * it. The report gives seasons and months; where it gives no day, the day chosen is noted beside it.
 */

const INDEPENDENCE =
  'I am an independent practitioner and have never been employed by any of the agencies involved with this DHR.';
const BREACH_NOTE =
  'There was a significant volume of information and the chair decided that the DHR would be completed by December 2014.';
const SENTENCE = 'MA 2 pleaded guilty to manslaughter; sentenced to five and a half years imprisonment.';

const codesOf = (blockers: Blocker[]) => blockers.map((blocker) => blocker.code);

describe('seed 003 end to end: the Safer Rotherham Partnership’s review of the death of MA 1', () => {
  let api: TestApi;
  let srp: TestPartnership;
  let as: Record<string, string>;
  let call: Send;
  const agencies = {} as Record<ImrAgency, string>;
  const members: Record<string, Versioned> = {};
  const meetings: Versioned[] = [];
  let review: ReviewBody;
  let proceedings: Versioned;

  beforeAll(async () => {
    api = await startTestApi();
    srp = await givenPartnership(api, 'Safer Rotherham');
    as = await signInAll(api, {
      coordinator: srp.coordinator.email,
      // the demo independent chair stands for David Hunter
      chair: srp.chair.email,
      cspChair: srp.cspChair.email,
    });
    call = apiAs(api, as);
    for (const [key, [name, shortName, type]] of Object.entries(IMR_AGENCIES)) {
      const created = await call('coordinator', 'post', '/agencies', { name, shortName, type }).expect(201);
      expect(created.body).toMatchObject({ name, shortName, type, active: true });
      agencies[key as ImrAgency] = created.body.id as string;
    }
  });
  afterAll(() => api.close());

  /** A command on the review itself, under If-Match with the review's ETag; a 200 keeps the review returned. */
  const command = async (
    who: string,
    method: 'post' | 'put',
    path: string,
    body: Body = {},
    status = 200,
  ) => {
    const response = await call(who, method, `/reviews/${review.id}/${path}`, body, review.version).expect(
      status,
    );
    if (status === 200) {
      review = response.body;
      expect(response.headers['etag']).toBe(`"${review.version}"`);
    }
    return response;
  };
  /** The command is refused with 422, its code and every blocker; the review is unchanged. */
  const refused = async (
    who: string,
    method: 'post' | 'put',
    path: string,
    body: Body,
    blockers: string[],
  ) => {
    const before = review.version;
    const response = await command(who, method, path, body, 422);
    expect(response.body.code).toBe(blockers[0]);
    expect(codesOf(response.body.blockers)).toEqual(blockers);
    const now = await get('coordinator', '');
    expect(now.body.version).toBe(before);
    return response.body as { code: string; blockers: Blocker[] };
  };
  /** A child record of the review: panel, meetings, terms, contacts, processes, submissions. */
  const send = (who: string, method: 'post' | 'patch', path: string, body: Body = {}, ifMatch?: number) =>
    call(who, method, `/reviews/${review.id}/${path}`, body, ifMatch);
  const get = (who: string, path: string) => call(who, 'get', `/reviews/${review.id}${path}`).expect(200);
  const blockersOf = (transition: string) =>
    codesOf(review.transitions.find((t) => t.transition === transition)?.blockers ?? []);
  const upload = (name: string) => givenUploadedPdf(api, as.coordinator!, 'review', review.id, name);

  it('records the notification of MA 1’s death and the partnership’s decision to hold a review', async () => {
    const created = await call('coordinator', 'post', '/reviews', {
      reviewType: 'dhr',
      notifiedOn: '2013-10-28',
      notifiedBy: 'South Yorkshire Police',
      notifyingAgencyId: agencies.police,
      policeForce: 'South Yorkshire Police',
      // "autumn 2013": the day is ours
      dateOfDeath: '2013-10-20',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      circumstances:
        'MA 1 died in hospital from hypoxic anaemic brain damage caused by hypovolaemic shock with cardiac arrest ' +
        'resulting from an incised wound to his right hand caused by a broken bottle. SYP charged MA 2 with murder.',
      subjects: [
        { pseudonym: 'MA 1', role: 'victim', sex: 'Male', ethnicity: 'White British' },
        {
          pseudonym: 'MA 2',
          role: 'perpetrator',
          sex: 'Male',
          ethnicity: 'White British',
          relationshipToVictim: 'Partner',
        },
      ],
    }).expect(201);
    review = created.body;
    expect(review).toMatchObject({
      reference: 'DHR-2013-001',
      status: 'notified',
      clocks: { decision: { dueOn: '2013-11-28' }, completion: { state: 'not_started' } },
    });
    const subjects = await get('coordinator', '/subjects');
    expect(subjects.body.items.map((s: Body) => [s['pseudonym'], s['role']])).toEqual([
      ['MA 1', 'victim'],
      ['MA 2', 'perpetrator'],
    ]);

    // 2.1.1: the SRP chair established a DHR, within the month
    await command('cspChair', 'post', 'decision', {
      outcome: 'commission',
      decidedOn: '2013-11-20',
      decisionMaker: 'Chair, Safer Rotherham Partnership',
      rationale: 'MA 1 died from a wound inflicted by his partner, MA 2: section 9 of the 2004 Act applies.',
    });
    expect(review).toMatchObject({
      status: 'setting_up',
      homeOfficeInformedOn: null,
      clocks: {
        decision: { state: 'met', dueOn: '2013-11-28', stoppedOn: '2013-11-20' },
        completion: { dueOn: '2014-05-20' },
      },
    });
  });

  it('starts work only once the Home Office is told and an independent chair has declared independence', async () => {
    const startWork = { transition: 'start_work', on: '2013-12-12' };
    // the chair is not yet appointed, so does not see the review: the coordinator tries
    await refused('coordinator', 'post', 'transitions', startWork, [
      'home_office_not_informed',
      'chair_not_appointed',
    ]);
    await command('coordinator', 'post', 'home-office-informed', { informedOn: '2013-11-25' });
    expect(review['homeOfficeInformedOn']).toBe('2013-11-25');

    await refused('coordinator', 'post', 'transitions', startWork, ['chair_not_appointed']);
    // 2.2.1: David Hunter, Independent Chair and Author
    await command('coordinator', 'put', 'chair', {
      chairUserId: srp.chair.id,
      authorUserId: srp.chair.id,
      appointedOn: '2013-11-28',
    });
    expect(review).toMatchObject({
      chair: { userId: srp.chair.id, appointedOn: '2013-11-28', independenceDeclaredAt: null },
      authorUserId: srp.chair.id,
    });

    await refused('chair', 'post', 'transitions', startWork, ['chair_not_declared']);
    await command('chair', 'post', 'chair/independence', { statement: INDEPENDENCE });
    expect(review['chair']).toMatchObject({
      independenceStatement: INDEPENDENCE,
      independenceDeclaredAt: expect.any(String),
    });
    expect(blockersOf('start_work')).toEqual([]);

    // 2.2: the panel of 22, all joining for the first meeting
    for (const [name, organisation, jobTitle, agency] of PANEL) {
      const added = await send('chair', 'post', 'panel-members', {
        name,
        organisation,
        jobTitle,
        agencyId: agency ? agencies[agency] : null,
        panelRole: 'member',
        joinedOn: '2013-12-12',
      }).expect(201);
      members[name] = added.body;
    }
    const panel = await get('chair', '/panel-members');
    expect(panel.body.items).toHaveLength(22);
    expect(members['Helen Smith']).toMatchObject({
      organisation: 'South Yorkshire Police',
      jobTitle: 'Sergeant',
      agencyId: agencies.police,
    });

    await command('chair', 'post', 'transitions', startWork);
    expect(review).toMatchObject({ status: 'evidence_gathering', statusChangedOn: '2013-12-12' });
  });

  it('agrees terms of reference v1 at the first panel meeting and v2, adding terms 11 and 12, at the second', async () => {
    // drafting waits for agreed terms of reference
    expect(blockersOf('start_drafting')).toEqual(['terms_of_reference_not_agreed']);
    await refused('chair', 'post', 'transitions', { transition: 'start_drafting', on: '2013-12-12' }, [
      'terms_of_reference_not_agreed',
    ]);

    const everyone = PANEL.map(([name]) => members[name]!.id);
    const first = await send('chair', 'post', 'meetings', {
      heldOn: '2013-12-12',
      attendeeIds: everyone,
      decisions: ['Terms of reference agreed (version 1): terms 1 to 10', 'IMRs requested from 15 agencies'],
      notes: 'First panel meeting.',
    }).expect(201);
    meetings.push(first.body);
    const draft = await send('chair', 'post', 'terms-of-reference', {
      purpose: PURPOSE,
      periodFrom: { precision: 'season', year: 2007, season: 'spring' },
      periodTo: { precision: 'season', year: 2013, season: 'autumn' },
      agencyIds: Object.values(agencies),
      questions: QUESTIONS_1_TO_10,
      familyInvolvement: 'The families of MA 1 and MA 2 are invited to contribute.',
      parallelProcesses: 'MA 2 is charged with the murder of MA 1.',
    }).expect(201);
    const v1 = await send(
      'chair',
      'post',
      `terms-of-reference/${draft.body.id}/agreement`,
      { meetingId: first.body.id },
      draft.body.version,
    ).expect(200);
    expect(v1.body).toMatchObject({
      versionNumber: 1,
      status: 'agreed',
      agreedOn: '2013-12-12',
      agreedAtMeetingId: first.body.id,
      periodFrom: { label: 'spring 2007' },
      periodTo: { label: 'autumn 2013' },
    });
    expect(v1.body.agencyIds).toHaveLength(15);
    expect(v1.body.questions).toHaveLength(10);
    review = (await get('chair', '')).body;
    expect(blockersOf('start_drafting')).toEqual([]);

    // 06.02.2014: the second panel meeting revises the terms
    const second = await send('chair', 'post', 'meetings', {
      heldOn: '2014-02-06',
      attendeeIds: everyone,
      decisions: ['Terms of reference revised to add terms 11 and 12 for consideration by IMR authors'],
      notes: 'Second panel meeting.',
    }).expect(201);
    meetings.push(second.body);
    const revision = await send('chair', 'post', 'terms-of-reference', {
      questions: [...QUESTIONS_1_TO_10, ...QUESTIONS_11_AND_12],
      revisionNote: 'Terms 11 and 12 added at the second panel meeting, for consideration by IMR authors',
    }).expect(201);
    const v2 = await send(
      'chair',
      'post',
      `terms-of-reference/${revision.body.id}/agreement`,
      { meetingId: second.body.id },
      revision.body.version,
    ).expect(200);
    expect(v2.body).toMatchObject({ versionNumber: 2, status: 'agreed', agreedOn: '2014-02-06' });
    expect(v2.body.questions.slice(10)).toEqual([
      { number: 11, text: QUESTIONS_11_AND_12[0] },
      { number: 12, text: QUESTIONS_11_AND_12[1] },
    ]);
    const terms = await get('chair', '/terms-of-reference');
    expect(terms.body.items.map((t: Body) => [t['versionNumber'], (t['questions'] as []).length])).toEqual([
      [1, 10],
      [2, 12],
    ]);
  });

  it('pauses for the criminal proceedings: nothing moves until the review resumes', async () => {
    const added = await send('chair', 'post', 'parallel-processes', {
      kind: 'criminal_proceedings',
      reference: 'R v MA 2, Sheffield Crown Court',
      // the report gives no hearing dates: these are ours
      nextHearingOn: '2014-04-14',
      notes: 'MA 2 charged with the murder of MA 1.',
    }).expect(201);
    proceedings = added.body;
    expect(proceedings).toMatchObject({ status: 'ongoing', nextHearingOn: '2014-04-14' });

    await command('coordinator', 'post', 'pause', {
      reason: 'criminal_proceedings',
      note: 'Waiting for the trial of MA 2.',
      parallelProcessId: proceedings.id,
      pausedOn: '2014-02-07',
      revisitOn: '2014-04-30',
    });
    expect(review['clocks']).toMatchObject({ paused: true, completion: { dueOn: '2014-05-20' } });
    expect(blockersOf('start_drafting')).toEqual(['review_paused']);
    await refused('chair', 'post', 'transitions', { transition: 'start_drafting', on: '2014-03-01' }, [
      'review_paused',
    ]);

    // 1.3: spring 2014, MA 2 pleads guilty to manslaughter; sentence to follow in the summer
    const plea = await send(
      'chair',
      'patch',
      `parallel-processes/${proceedings.id}`,
      {
        nextHearingOn: '2014-07-15',
        notes: 'Charged with murder; pleaded guilty to manslaughter in spring 2014. Sentencing listed.',
      },
      proceedings.version,
    ).expect(200);
    proceedings = plea.body;
    expect(proceedings).toMatchObject({ status: 'ongoing', nextHearingOn: '2014-07-15' });

    await command('coordinator', 'post', 'resume', { resumedOn: '2014-04-22' });
    expect(review['clocks']).toMatchObject({ paused: false, pausedDays: 74 });
    expect(review['pauses']).toEqual([
      expect.objectContaining({
        reason: 'criminal_proceedings',
        parallelProcessId: proceedings.id,
        pausedOn: '2014-02-07',
        resumedOn: '2014-04-22',
      }),
    ]);
  });

  it('records every contact with the families, the unanswered ones too', async () => {
    const contacts: Body[] = [
      {
        person: 'Sister of MA 1',
        relationship: 'Sister',
        channel: 'meeting',
        // "May 2014"
        contactedOn: '2014-05-15',
        outcome: 'met',
        notes:
          'Met by the SRP Domestic Abuse Coordinator and the independent chair; her views appear in the report.',
      },
      {
        person: 'Mother of MA 2',
        relationship: 'Mother',
        channel: 'letter',
        // "June 2014"
        contactedOn: '2014-06-10',
        outcome: 'no_reply',
        notes: 'Invited to contribute; no reply. The panel felt it inappropriate to contact her again.',
      },
      // 2.4.4: two letters to MA 2, no response (the report gives no dates: these are ours)
      {
        person: 'MA 2',
        relationship: 'Partner of MA 1',
        channel: 'letter',
        contactedOn: '2014-06-10',
        outcome: 'no_reply',
        notes: 'First letter inviting him to contribute.',
      },
      {
        person: 'MA 2',
        relationship: 'Partner of MA 1',
        channel: 'letter',
        contactedOn: '2014-07-08',
        outcome: 'no_reply',
        notes: 'Second letter inviting him to contribute.',
      },
    ];
    for (const contact of contacts) await send('chair', 'post', 'family-contacts', contact).expect(201);
    const listed = await get('coordinator', '/family-contacts');
    expect(listed.body.items.map((c: Body) => [c['person'], c['contactedOn'], c['outcome']]).sort()).toEqual(
      [
        ['Sister of MA 1', '2014-05-15', 'met'],
        ['Mother of MA 2', '2014-06-10', 'no_reply'],
        ['MA 2', '2014-06-10', 'no_reply'],
        ['MA 2', '2014-07-08', 'no_reply'],
      ].sort(),
    );
  });

  it('drafts, consults and is signed off; nothing is prepared for the Home Office before the sign-off', async () => {
    // the report gives no dates for these stages: ours, so that it completes in December 2014 (2.1.1)
    await command('chair', 'post', 'transitions', { transition: 'start_drafting', on: '2014-09-15' });
    expect(review['status']).toBe('drafting');
    await command('chair', 'post', 'transitions', { transition: 'start_consultation', on: '2014-10-20' });
    expect(review['status']).toBe('consultation');
    expect(review.transitions.map((t) => t.transition)).not.toContain('submit');

    const early = await send('coordinator', 'post', 'submissions').expect(422);
    expect(early.body.code).toBe('review_not_signed_off');

    await command('cspChair', 'post', 'sign-off', {
      signedOffOn: '2014-11-24',
      signedOffBy: 'Chair, Safer Rotherham Partnership Board',
    });
    expect(review).toMatchObject({
      status: 'signed_off',
      signOff: { signedOffOn: '2014-11-24', signedOffBy: 'Chair, Safer Rotherham Partnership Board' },
    });
  });

  it('sends version 1 only when complete, checked for anonymity, and with the breach of the completion date explained', async () => {
    // nothing prepared yet, and the completion date (2014-05-20) has long passed
    expect(review['clocks']).toMatchObject({ completion: { dueOn: '2014-05-20', state: 'overdue' } });
    expect(blockersOf('submit')).toEqual(['submission_missing', 'breach_reason_missing']);

    const v1 = (await send('coordinator', 'post', 'submissions').expect(201)).body as Versioned;
    expect(v1).toMatchObject({ versionNumber: 1, sentOn: null });
    const sendV1 = { sentOn: '2014-12-15' };
    const empty = await refused('coordinator', 'post', `submissions/${v1.id}/send`, sendV1, [
      'submission_incomplete',
      'breach_reason_missing',
    ]);
    expect(empty.blockers[0]!.message).toBe(
      'Complete the submission, which is missing: overview report, executive summary, action plan, ' +
        'CSP sign-off letter, anonymisation check.',
    );

    const parts = {
      overviewReport: await upload('overview-report-v1'),
      executiveSummary: await upload('executive-summary-v1'),
      actionPlan: await upload('action-plan-v1'),
      signOffLetter: await upload('sign-off-letter-v1'),
    };
    const set = await send(
      'coordinator',
      'patch',
      `submissions/${v1.id}/documents`,
      parts,
      v1.version,
    ).expect(200);
    expect(set.body).toMatchObject({ documents: parts, missing: ['anonymisation check'] });
    const unchecked = await refused('coordinator', 'post', `submissions/${v1.id}/send`, sendV1, [
      'submission_incomplete',
      'breach_reason_missing',
    ]);
    expect(unchecked.blockers[0]!.message).toBe(
      'Complete the submission, which is missing: anonymisation check.',
    );

    const checked = await send(
      'coordinator',
      'post',
      `submissions/${v1.id}/anonymisation-check`,
      {},
      set.body.version,
    ).expect(200);
    expect(checked.body).toMatchObject({
      missing: [],
      anonymisationCheck: { checkedBy: srp.coordinator.id },
    });
    await refused('coordinator', 'post', `submissions/${v1.id}/send`, sendV1, ['breach_reason_missing']);

    // 2.1.1: the volume of information; the chair decided the review would complete by December 2014
    await command('chair', 'put', 'breach-reason', { reason: 'volume_of_information', note: BREACH_NOTE });
    expect(review['breach']).toEqual({ reason: 'volume_of_information', note: BREACH_NOTE });
    expect(blockersOf('submit')).toEqual([]);

    await command('coordinator', 'post', `submissions/${v1.id}/send`, sendV1);
    expect(review).toMatchObject({
      status: 'submitted',
      firstSubmittedOn: '2014-12-15',
      clocks: {
        completion: { dueOn: '2014-05-20', state: 'missed', stoppedOn: '2014-12-15', daysRemaining: -209 },
      },
    });
  });

  it('reopens drafting on a "resubmit" outcome, and takes version 2 only after a new sign-off', async () => {
    const [v1] = (await get('coordinator', '/submissions')).body.items as Versioned[];
    // the report gives no dates from here on: ours
    await command('coordinator', 'post', `submissions/${v1!.id}/qa-outcome`, {
      outcome: 'resubmit',
      outcomeOn: '2015-03-12',
      letterDocumentId: await upload('home-office-qa-letter-1'),
    });
    expect(review).toMatchObject({ status: 'drafting', signOff: null, firstSubmittedOn: '2014-12-15' });

    const early = await send('coordinator', 'post', 'submissions').expect(422);
    expect(early.body.code).toBe('review_not_signed_off');

    await command('chair', 'post', 'transitions', { transition: 'start_consultation', on: '2015-03-30' });
    await command('cspChair', 'post', 'sign-off', {
      signedOffOn: '2015-04-27',
      signedOffBy: 'Chair, Safer Rotherham Partnership Board',
    });
    expect(review['status']).toBe('signed_off');

    const v2 = (await send('coordinator', 'post', 'submissions').expect(201)).body as Versioned;
    expect(v2).toMatchObject({ versionNumber: 2 });
    const set = await send(
      'coordinator',
      'patch',
      `submissions/${v2.id}/documents`,
      {
        overviewReport: await upload('overview-report-v2'),
        executiveSummary: await upload('executive-summary-v2'),
        actionPlan: await upload('action-plan-v2'),
        signOffLetter: await upload('sign-off-letter-v2'),
      },
      v2.version,
    ).expect(200);
    await send(
      'coordinator',
      'post',
      `submissions/${v2.id}/anonymisation-check`,
      {},
      set.body.version,
    ).expect(200);
    await command('coordinator', 'post', `submissions/${v2.id}/send`, { sentOn: '2015-05-05' });
    expect(review).toMatchObject({ status: 'submitted', firstSubmittedOn: '2014-12-15' });

    await command('coordinator', 'post', `submissions/${v2.id}/qa-outcome`, {
      outcome: 'cleared',
      outcomeOn: '2015-07-16',
      letterDocumentId: await upload('home-office-qa-letter-2'),
    });
    expect(review['status']).toBe('cleared');
    const submissions = await get('coordinator', '/submissions');
    expect(
      submissions.body.items.map((s: Body) => [
        s['versionNumber'],
        s['sentOn'],
        (s['qa'] as Body | null)?.['outcome'],
      ]),
    ).toEqual([
      [1, '2014-12-15', 'resubmit'],
      [2, '2015-05-05', 'cleared'],
    ]);
  });

  it('publishes only after the criminal proceedings have concluded and the family has been told', async () => {
    const publication = {
      publishedOn: '2015-08-17',
      url: 'https://www.example.gov.uk/safer-rotherham/dhr-ma-1',
      removalReviewOn: '2016-08-17',
    };
    await refused('coordinator', 'post', 'publication', publication, [
      'criminal_proceedings_open',
      'family_not_told',
    ]);

    // 1.3: sentenced in summer 2014 (recorded only now, so that the guard could be tried; dated as it was)
    const concluded = await send(
      'chair',
      'post',
      `parallel-processes/${proceedings.id}/conclusion`,
      { concludedOn: '2014-07-15', outcome: SENTENCE },
      proceedings.version,
    ).expect(200);
    expect(concluded.body).toMatchObject({
      status: 'concluded',
      concludedOn: '2014-07-15',
      nextHearingOn: null,
      outcome: SENTENCE,
    });
    await refused('coordinator', 'post', 'publication', publication, ['family_not_told']);

    await command('chair', 'put', 'family', { familyToldPublicationOn: '2015-08-03' });
    expect(review['publication']).toMatchObject({ familyToldOn: '2015-08-03' });
    await command('coordinator', 'post', 'publication', publication);
    expect(review).toMatchObject({
      status: 'published',
      publication: {
        publishedOn: '2015-08-17',
        url: publication.url,
        removalReviewOn: '2016-08-17',
        familyToldOn: '2015-08-03',
      },
    });
  });

  it('ends published, its clocks telling the story, every stage in its audit trail in order', async () => {
    const final = (await get('coordinator', '')).body as ReviewBody;
    expect(final).toMatchObject({
      status: 'published',
      statusLabel: 'Published',
      decision: { outcome: 'commission', decidedOn: '2013-11-20' },
      homeOfficeInformedOn: '2013-11-25',
      breach: { reason: 'volume_of_information', note: BREACH_NOTE },
      signOff: { signedOffOn: '2015-04-27' },
      firstSubmittedOn: '2014-12-15',
      clocks: {
        decision: { dueOn: '2013-11-28', state: 'met', stoppedOn: '2013-11-20', daysRemaining: 8 },
        completion: { dueOn: '2014-05-20', state: 'missed', stoppedOn: '2014-12-15', daysRemaining: -209 },
        pausedDays: 74,
        paused: false,
      },
    });

    const audit = await call('coordinator', 'get', `/audit?entityId=${review.id}&limit=200`).expect(200);
    // newest first: read oldest first
    const actions = (audit.body.items as { action: string }[]).map((event) => event.action).reverse();
    expect(actions).toEqual([
      'review.notified',
      'review.decided',
      'review.home-office-informed',
      'review.chair-appointed',
      'review.chair-independence-declared',
      'review.start-work',
      'review.paused',
      'review.resumed',
      'review.start-drafting',
      'review.start-consultation',
      'review.signed-off',
      'review.breach-explained',
      'review.submitted',
      'review.qa-resubmit',
      'review.start-consultation',
      'review.signed-off',
      'review.submitted',
      'review.qa-cleared',
      'review.family-involvement-recorded',
      'review.published',
    ]);
  });
});
