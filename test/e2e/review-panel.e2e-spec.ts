import {
  apiAs,
  givenDecidedReview,
  givenPartnership,
  pdf,
  Send,
  SEED_003_PANEL,
  SEED_003_PURPOSE as PURPOSE,
  SEED_003_QUESTIONS_1_TO_10 as QUESTIONS_1_TO_10,
  SEED_003_QUESTIONS_11_AND_12 as QUESTIONS_11_AND_12,
  signInAll,
  startTestApi,
  TestApi,
  TestPartnership,
} from '../support';

type Body = Record<string, unknown>;

const SPRING_2007 = { precision: 'season', year: 2007, season: 'spring' };
const AUTUMN_2013 = { precision: 'season', year: 2013, season: 'autumn' };

/** Seed 003's panel, its two meetings and its terms of reference, revised at the second meeting. */
describe('review panel, meetings and terms of reference', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let as: Record<string, string>;
  let send: Send;
  let reviewId: string;
  let otherReviewId: string;
  const members: Record<string, Body & { id: string; version: number }> = {};
  const meetings: (Body & { id: string; version: number })[] = [];
  const terms: Record<string, Body & { id: string; version: number }> = {};

  const notification = {
    notifiedOn: '2013-11-01',
    notifiedBy: 'Detective Inspector, South Yorkshire Police',
    policeForce: 'South Yorkshire Police',
    dateOfDeath: '2013-10-20',
    subjects: [
      { pseudonym: 'MA 1', role: 'victim', sex: 'Male', ethnicity: 'White British' },
      { pseudonym: 'MA 2', role: 'perpetrator', sex: 'Male', ethnicity: 'White British' },
    ],
  };

  const on = (path = '') => `/reviews/${reviewId}${path}`;
  const fieldsOf = (body: { errors?: { field: string }[] }) =>
    [...new Set((body.errors ?? []).map((e) => e.field))].sort();
  const auditOf = async (entityId: string) =>
    (await send('coordinator', 'get', `/audit?entityId=${entityId}`).expect(200)).body.items
      .map((event: { action: string }) => event.action)
      .sort();

  /** Notified on 1 November 2013 and commissioned on the 20th, as seed 003's review was. */
  const commissionedReview = async (): Promise<string> => {
    const decision = {
      decidedOn: '2013-11-20',
      decisionMaker: 'Chair, Safer Rotherham Partnership',
      rationale: 'The death meets the criteria for a domestic homicide review.',
    };
    return (await givenDecidedReview(api, as.coordinator!, notification, decision)).id;
  };

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Panel');
    b = await givenPartnership(api, 'Neighbour');
    as = await signInAll(api, {
      coordinator: a.coordinator.email,
      panelMember: a.panelMember.email,
      imrAuthor: a.policeAuthor.email,
      otherCoordinator: b.coordinator.email,
    });
    send = apiAs(api, as);
    reviewId = await commissionedReview();
    otherReviewId = await commissionedReview();
  });
  afterAll(() => api.close());

  it('records seed 003’s panel of 22; a member linked to a user can then read the review, and only that one', async () => {
    await send('panelMember', 'get', on()).expect(404);
    for (const [name, organisation, jobTitle] of SEED_003_PANEL) {
      const agencyId =
        name === 'Helen Smith' ? a.agencies.police : name === 'Jean Summerfield' ? a.agencies.health : null;
      const created = await send('coordinator', 'post', on('/panel-members'), {
        name,
        organisation,
        jobTitle,
        agencyId,
        panelRole: 'member',
        userId: name === 'Helen Smith' ? a.panelMember.id : null,
        joinedOn: '2013-12-12',
      }).expect(201);
      expect(created.headers['etag']).toBe('"1"');
      members[name] = created.body;
    }
    expect(members['Helen Smith']).toEqual({
      id: expect.any(String),
      name: 'Helen Smith',
      agencyId: a.agencies.police,
      organisation: 'South Yorkshire Police',
      jobTitle: 'Sergeant',
      panelRole: 'member',
      panelRoleLabel: 'Panel member',
      userId: a.panelMember.id,
      joinedOn: '2013-12-12',
      leftOn: null,
      version: 1,
    });

    const listed = await send('panelMember', 'get', on('/panel-members')).expect(200);
    expect(listed.body.items).toHaveLength(22);
    expect(listed.body.items.map((m: Body) => m['name']).sort()).toEqual(
      SEED_003_PANEL.map(([n]) => n).sort(),
    );
    await send('panelMember', 'get', on()).expect(200);
    await send('panelMember', 'get', `/reviews/${otherReviewId}`).expect(404);
    await send('panelMember', 'get', `/reviews/${otherReviewId}/panel-members`).expect(404);
    // a panel member reads, but does not change, the panel
    await send('panelMember', 'post', on('/panel-members'), {
      name: 'Someone',
      panelRole: 'member',
      joinedOn: '2013-12-12',
    }).expect(403);

    // Rob Stanton's job title was not given; it is added later, under If-Match
    const rob = members['Rob Stanton']!;
    await send('coordinator', 'patch', on(`/panel-members/${rob.id}`), { jobTitle: 'Manager' }).expect(428);
    const updated = await send(
      'coordinator',
      'patch',
      on(`/panel-members/${rob.id}`),
      { jobTitle: 'Service Manager' },
      1,
    ).expect(200);
    expect(updated.body).toMatchObject({ jobTitle: 'Service Manager', organisation: 'Headway', version: 2 });
    expect(updated.headers['etag']).toBe('"2"');
    const stale = await send(
      'coordinator',
      'patch',
      on(`/panel-members/${rob.id}`),
      { jobTitle: 'X' },
      1,
    ).expect(412);
    expect(stale.body.code).toBe('stale_version');
    members['Rob Stanton'] = updated.body;
  });

  it('records the two panel meetings, attended by members serving on the day', async () => {
    const everyone = SEED_003_PANEL.map(([name]) => members[name]!.id);
    const first = await send('coordinator', 'post', on('/meetings'), {
      heldOn: '2013-12-12',
      attendeeIds: everyone,
      decisions: ['  Terms of reference agreed: questions 1 to 10  ', 'IMRs requested from 15 agencies'],
      notes: 'First panel meeting.',
    }).expect(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      heldOn: '2013-12-12',
      attendeeIds: everyone,
      decisions: ['Terms of reference agreed: questions 1 to 10', 'IMRs requested from 15 agencies'],
      notes: 'First panel meeting.',
      version: 1,
    });
    const second = await send('coordinator', 'post', on('/meetings'), {
      heldOn: '2014-02-06',
      attendeeIds: everyone.slice(0, 15),
      decisions: ['Terms of reference revised to add questions 11 and 12 for IMR authors'],
    }).expect(201);
    meetings.push(first.body, second.body);

    const listed = await send('panelMember', 'get', on('/meetings')).expect(200);
    expect(listed.body.items.map((m: Body) => m['heldOn'])).toEqual(['2013-12-12', '2014-02-06']);
    const shown = await send('panelMember', 'get', on(`/meetings/${second.body.id}`)).expect(200);
    expect(shown.body).toEqual(second.body);

    // a member who attended the second meeting cannot be made to have left before it
    const ruth = members['Ruth Fletcher-Brown']!;
    const early = await send(
      'coordinator',
      'patch',
      on(`/panel-members/${ruth.id}`),
      { leftOn: '2014-01-31' },
      ruth.version,
    ).expect(422);
    expect(early.body.code).toBe('attendance_outside_membership');
    // Sue Wynne, who came only to the first, left before the second
    const sue = members['Sue Wynne']!;
    const left = await send(
      'coordinator',
      'patch',
      on(`/panel-members/${sue.id}`),
      { leftOn: '2014-01-31' },
      sue.version,
    ).expect(200);
    expect(left.body).toMatchObject({ leftOn: '2014-01-31', version: 2 });

    // a meeting can be corrected, under If-Match
    const corrected = await send(
      'coordinator',
      'patch',
      on(`/meetings/${second.body.id}`),
      { notes: 'Second panel meeting.' },
      1,
    ).expect(200);
    expect(corrected.body).toMatchObject({
      heldOn: '2014-02-06',
      notes: 'Second panel meeting.',
      version: 2,
    });
    meetings[1] = corrected.body;
  });

  it('agrees v1 with 10 questions at meeting 1, then v2 adding 11 and 12 at meeting 2, keeping v1 as it was', async () => {
    const [first, second] = meetings;
    // the first draft, incomplete, then completed under If-Match
    const draft = await send('coordinator', 'post', on('/terms-of-reference'), {
      periodFrom: SPRING_2007,
      periodTo: AUTUMN_2013,
      questions: QUESTIONS_1_TO_10.slice(0, 3),
    }).expect(201);
    expect(draft.body).toMatchObject({
      versionNumber: 1,
      status: 'draft',
      purpose: '',
      agencyIds: [],
      version: 1,
    });
    const incomplete = await send(
      'coordinator',
      'post',
      on(`/terms-of-reference/${draft.body.id}/agreement`),
      { meetingId: first!.id },
      1,
    ).expect(422);
    expect(incomplete.body.code).toBe('terms_incomplete');
    expect(fieldsOf(incomplete.body)).toEqual(['agencyIds', 'purpose']);

    const completed = await send(
      'coordinator',
      'patch',
      on(`/terms-of-reference/${draft.body.id}`),
      { purpose: PURPOSE, agencyIds: [a.agencies.police, a.agencies.health], questions: QUESTIONS_1_TO_10 },
      1,
    ).expect(200);
    expect(completed.body.questions).toHaveLength(10);
    expect(completed.body.questions[9]).toEqual({ number: 10, text: QUESTIONS_1_TO_10[9] });
    const secondDraft = await send('coordinator', 'post', on('/terms-of-reference'), {}).expect(409);
    expect(secondDraft.body.code).toBe('terms_draft_exists');

    const v1 = await send(
      'coordinator',
      'post',
      on(`/terms-of-reference/${draft.body.id}/agreement`),
      { meetingId: first!.id },
      2,
    ).expect(200);
    expect(v1.body).toEqual({
      id: draft.body.id,
      versionNumber: 1,
      status: 'agreed',
      purpose: PURPOSE,
      periodFrom: { ...SPRING_2007, label: 'spring 2007' },
      periodTo: { ...AUTUMN_2013, label: 'autumn 2013' },
      agencyIds: [a.agencies.police, a.agencies.health],
      questions: QUESTIONS_1_TO_10.map((text, i) => ({ number: i + 1, text })),
      equalityAndDiversity: null,
      familyInvolvement: null,
      parallelProcesses: null,
      revisionNote: null,
      agreedOn: '2013-12-12',
      agreedAtMeetingId: first!.id,
      version: 3,
    });
    terms['v1'] = v1.body;

    // an agreed version is immutable, whatever the If-Match
    const immutable = await send(
      'coordinator',
      'patch',
      on(`/terms-of-reference/${v1.body.id}`),
      { purpose: 'Changed' },
      3,
    ).expect(422);
    expect(immutable.body.code).toBe('terms_agreed');
    await send(
      'coordinator',
      'post',
      on(`/terms-of-reference/${v1.body.id}/agreement`),
      { meetingId: second!.id },
      3,
    ).expect(422);

    // the revision copies v1; questions 11 and 12 are added
    const revision = await send('coordinator', 'post', on('/terms-of-reference'), {
      revisionNote: 'Revised at the second panel meeting for consideration by IMR authors',
    }).expect(201);
    expect(revision.body).toMatchObject({
      versionNumber: 2,
      status: 'draft',
      purpose: PURPOSE,
      agencyIds: [a.agencies.police, a.agencies.health],
      questions: v1.body.questions,
      agreedOn: null,
      version: 1,
    });
    await send('coordinator', 'post', on('/terms-of-reference'), {}).expect(409);
    const withNewQuestions = await send(
      'coordinator',
      'patch',
      on(`/terms-of-reference/${revision.body.id}`),
      { questions: [...QUESTIONS_1_TO_10, ...QUESTIONS_11_AND_12] },
      1,
    ).expect(200);
    const stale = await send(
      'coordinator',
      'patch',
      on(`/terms-of-reference/${revision.body.id}`),
      { purpose: 'Overwritten' },
      1,
    ).expect(412);
    expect(stale.body.code).toBe('stale_version');
    await send(
      'coordinator',
      'post',
      on(`/terms-of-reference/${revision.body.id}/agreement`),
      { meetingId: second!.id },
      1,
    ).expect(412);

    // a meeting of another review is not a meeting of this one
    const elsewhere = await send('coordinator', 'post', `/reviews/${otherReviewId}/panel-members`, {
      name: 'Other Member',
      panelRole: 'member',
      joinedOn: '2013-12-01',
    }).expect(201);
    const otherMeeting = await send('coordinator', 'post', `/reviews/${otherReviewId}/meetings`, {
      heldOn: '2014-01-15',
      attendeeIds: [elsewhere.body.id],
      decisions: [],
    }).expect(201);
    const notOurs = await send(
      'coordinator',
      'post',
      on(`/terms-of-reference/${revision.body.id}/agreement`),
      { meetingId: otherMeeting.body.id },
      2,
    ).expect(400);
    expect(fieldsOf(notOurs.body)).toEqual(['meetingId']);

    const v2 = await send(
      'coordinator',
      'post',
      on(`/terms-of-reference/${revision.body.id}/agreement`),
      { meetingId: second!.id },
      withNewQuestions.body.version,
    ).expect(200);
    expect(v2.body).toMatchObject({
      versionNumber: 2,
      status: 'agreed',
      agreedOn: '2014-02-06',
      agreedAtMeetingId: second!.id,
      revisionNote: 'Revised at the second panel meeting for consideration by IMR authors',
    });
    expect(v2.body.questions.slice(10)).toEqual([
      { number: 11, text: QUESTIONS_11_AND_12[0] },
      { number: 12, text: QUESTIONS_11_AND_12[1] },
    ]);
    terms['v2'] = v2.body;

    // v1 reads as it was agreed; the list keeps both
    expect(
      (await send('panelMember', 'get', on(`/terms-of-reference/${v1.body.id}`)).expect(200)).body,
    ).toEqual(v1.body);
    const listed = await send('panelMember', 'get', on('/terms-of-reference')).expect(200);
    expect(
      listed.body.items.map((t: Body) => [t['versionNumber'], t['status'], (t['questions'] as []).length]),
    ).toEqual([
      [1, 'agreed', 10],
      [2, 'agreed', 12],
    ]);

    // the meeting that agreed v2 keeps its date
    const moved = await send(
      'coordinator',
      'patch',
      on(`/meetings/${second!.id}`),
      { heldOn: '2014-02-07' },
      second!.version,
    ).expect(422);
    expect(moved.body.code).toBe('meeting_agreed_terms');
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const shapes = await send('coordinator', 'post', on('/panel-members'), {
      name: ' ',
      agencyId: 'police',
      panelRole: 'boss',
      joinedOn: '2013-02-30',
      leftOn: 'soon',
      userId: 12,
      secret: true,
    }).expect(400);
    expect(fieldsOf(shapes.body)).toEqual([
      'agencyId',
      'joinedOn',
      'leftOn',
      'name',
      'panelRole',
      'secret',
      'userId',
    ]);

    const references = await send('coordinator', 'post', on('/panel-members'), {
      name: 'Wrong Everything',
      agencyId: b.agencies.police,
      userId: b.coordinator.id,
      panelRole: 'member',
      joinedOn: '2013-12-12',
      leftOn: '2013-12-01',
    }).expect(400);
    expect(references.body.errors).toEqual([
      { field: 'leftOn', message: 'Date left must be on or after the date joined' },
      { field: 'agencyId', message: 'Choose an agency of this partnership' },
      { field: 'userId', message: 'Choose an active person of this partnership' },
    ]);
    const tooEarly = await send('coordinator', 'post', on('/panel-members'), {
      name: 'Too Early',
      panelRole: 'member',
      joinedOn: '2013-10-01',
    }).expect(400);
    expect(fieldsOf(tooEarly.body)).toEqual(['joinedOn']);

    const meeting = await send('coordinator', 'post', on('/meetings'), {
      heldOn: '2099-01-01',
      attendeeIds: [members['Helen Smith']!.id, b.coordinator.id, 'x'],
      decisions: ['ok', ''],
    }).expect(400);
    expect(fieldsOf(meeting.body)).toEqual(['attendeeIds', 'decisions']);
    const attendance = await send('coordinator', 'post', on('/meetings'), {
      heldOn: '2014-03-01',
      attendeeIds: [members['Helen Smith']!.id, members['Sue Wynne']!.id, b.coordinator.id],
      decisions: [],
    }).expect(400);
    expect(attendance.body.errors).toEqual([
      { field: 'attendeeIds.1', message: 'Sue Wynne was not on the panel on 2014-03-01' },
      { field: 'attendeeIds.2', message: 'Choose a member of this review’s panel' },
    ]);
    const future = await send('coordinator', 'post', on('/meetings'), {
      heldOn: '2099-01-01',
      attendeeIds: [],
      decisions: [],
    }).expect(400);
    expect(future.body.errors).toEqual([
      { field: 'heldOn', message: 'Date of the meeting must not be in the future' },
    ]);

    // the review has no draft now, so a bad revision is refused before anything is written
    const badTerms = await send('coordinator', 'post', on('/terms-of-reference'), {
      purpose: 7,
      periodFrom: { precision: 'season', year: 2007 },
      periodTo: { precision: 'fortnight', year: 'then' },
      agencyIds: ['nope'],
      questions: ['Fine', ''],
    }).expect(400);
    expect(fieldsOf(badTerms.body)).toEqual([
      'agencyIds',
      'periodFrom',
      'periodTo.precision',
      'periodTo.year',
      'purpose',
      'questions',
    ]);
    expect(badTerms.body.errors).toContainEqual({
      field: 'periodFrom',
      message: 'season is needed for season precision',
    });
    const foreignAgency = await send('coordinator', 'post', on('/terms-of-reference'), {
      agencyIds: [a.agencies.police, b.agencies.health],
      periodTo: { precision: 'day', year: 2013, month: 10, day: 20 },
    }).expect(400);
    expect(foreignAgency.body.errors).toEqual([
      { field: 'agencyIds.1', message: 'Choose an agency of this partnership' },
    ]);

    expect((await send('coordinator', 'get', on('/panel-members')).expect(200)).body.items).toHaveLength(22);
    expect((await send('coordinator', 'get', on('/meetings')).expect(200)).body.items).toHaveLength(2);
    expect((await send('coordinator', 'get', on('/terms-of-reference')).expect(200)).body.items).toHaveLength(
      2,
    );
  });

  it('hides every route from another partnership (404) and refuses IMR authors (403)', async () => {
    const member = members['Helen Smith']!;
    const meeting = meetings[0]!;
    const v1 = terms['v1']!;
    const routes: [method: 'get' | 'post' | 'patch', path: string, body?: Body][] = [
      ['get', on('/panel-members')],
      ['post', on('/panel-members'), { name: 'Intruder', panelRole: 'member', joinedOn: '2013-12-12' }],
      ['patch', on(`/panel-members/${member.id}`), { jobTitle: 'Intruder' }],
      ['get', on('/meetings')],
      ['get', on(`/meetings/${meeting.id}`)],
      ['post', on('/meetings'), { heldOn: '2014-03-01', attendeeIds: [], decisions: [] }],
      ['patch', on(`/meetings/${meeting.id}`), { notes: 'Intruder' }],
      ['get', on('/terms-of-reference')],
      ['get', on(`/terms-of-reference/${v1.id}`)],
      ['post', on('/terms-of-reference'), {}],
      ['patch', on(`/terms-of-reference/${v1.id}`), { purpose: 'Intruder' }],
      ['post', on(`/terms-of-reference/${v1.id}/agreement`), { meetingId: meeting.id }],
    ];
    for (const [method, path, body] of routes) {
      const ifMatch = method === 'get' ? undefined : 1;
      await send('otherCoordinator', method, path, body, ifMatch).expect(404);
      await send('imrAuthor', method, path, body, ifMatch).expect(403);
    }
    expect((await send('coordinator', 'get', on('/terms-of-reference')).expect(200)).body.items).toHaveLength(
      2,
    );
  });

  it('keeps the minutes of a meeting as its documents, read and attached like the review', async () => {
    const minutesOf = (who: string) =>
      send(who, 'get', `/documents?ownerType=panel-meeting&ownerId=${meetings[0]!.id}`);
    const attach = (who: string) =>
      send(who, 'post', `/documents?ownerType=panel-meeting&ownerId=${meetings[0]!.id}`).attach(
        'file',
        pdf('Minutes 12.12.2013'),
        { filename: 'Minutes 12.12.2013.pdf', contentType: 'application/pdf' },
      );
    // a panel member of the review reads the minutes but does not attach them; the coordinator does
    await attach('panelMember').expect(403);
    const attached = await attach('coordinator').expect(201);
    const listed = await minutesOf('panelMember').expect(200);
    expect(listed.body.items.map((d: { id: string }) => d.id)).toEqual([attached.body.id]);
    // nobody outside the review sees them
    await minutesOf('imrAuthor').expect(404);
    await minutesOf('otherCoordinator').expect(404);
    await send('otherCoordinator', 'get', `/documents/${attached.body.id}`).expect(404);
  });

  it('leaves an audit event for every change', async () => {
    expect(await auditOf(members['Helen Smith']!.id)).toEqual(['panel-member.added']);
    expect(await auditOf(members['Rob Stanton']!.id)).toEqual(['panel-member.added', 'panel-member.updated']);
    expect(await auditOf(members['Sue Wynne']!.id)).toEqual(['panel-member.added', 'panel-member.updated']);
    expect(await auditOf(meetings[0]!.id)).toEqual(['panel-meeting.recorded']);
    expect(await auditOf(meetings[1]!.id)).toEqual(['panel-meeting.recorded', 'panel-meeting.updated']);
    expect(await auditOf(terms['v1']!.id)).toEqual([
      'terms-of-reference.agreed',
      'terms-of-reference.drafted',
      'terms-of-reference.updated',
    ]);
    expect(await auditOf(terms['v2']!.id)).toEqual([
      'terms-of-reference.agreed',
      'terms-of-reference.drafted',
      'terms-of-reference.updated',
    ]);
  });
});
