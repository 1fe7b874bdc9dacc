import { randomUUID } from 'node:crypto';
import {
  apiAs,
  givenAgreedTerms,
  givenCommissionedReview,
  givenDecidedReview,
  givenImrRequestAt,
  givenPartnership,
  givenProposedRecommendation,
  Send,
  signInAll,
  startTestApi,
  TestApi,
  TestPartnership,
  VICTIM_AND_PERPETRATOR,
} from '../support';

type Body = Record<string, unknown>;

/**
 * A review's learning: the partnership's themes, the review's numbered lessons linked to its agreed questions,
 * IMRs and themes, and its recommendations (panel and single-agency, copied from accepted IMRs, and from other
 * sources), each with a lead agency and a target (rule 11).
 */
describe('Learning: themes, lessons and recommendations', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let send: Send;
  let reviewId: string;
  let reviewReference: string;
  let otherReviewId: string;
  let policeRequestId: string;
  let healthRequestId: string;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Learning');
    b = await givenPartnership(api, 'Elsewhere');
    const as = await signInAll(api, {
      coordinator: a.coordinator.email,
      chair: a.chair.email,
      panelMember: a.panelMember.email,
      cspChair: a.cspChair.email,
      healthAuthor: a.healthAuthor.email,
      leadOfficer: a.leadOfficer.email,
      otherCoordinator: b.coordinator.email,
    });
    send = apiAs(api, as);
    const review = await givenCommissionedReview(api, a, as.coordinator!, VICTIM_AND_PERPETRATOR);
    reviewId = review.id;
    reviewReference = review.reference;
    // another partnership's review, with no chair yet
    otherReviewId = (
      await givenDecidedReview(api, as.otherCoordinator!, { subjects: VICTIM_AND_PERPETRATOR })
    ).id;
    await givenAgreedTerms(
      api,
      a,
      reviewId,
      ['Were the risks recognised?', 'Was information shared?', 'Were the GPs involved?'],
      { periodFrom: { precision: 'year', year: 2007 }, periodTo: { precision: 'year', year: 2013 } },
    );
    await send('coordinator', 'post', `/reviews/${reviewId}/panel-members`, {
      name: 'Helen Smith',
      organisation: 'Police',
      jobTitle: 'Sergeant',
      agencyId: a.agencies.police,
      panelRole: 'member',
      userId: a.panelMember.id,
      joinedOn: '2026-04-01',
    }).expect(201);
    // the police IMR accepted with two proposed recommendations; the health IMR still with its author
    policeRequestId = await givenImrRequestAt(api, a, reviewId, {
      agencyId: a.agencies.police,
      authorUserId: a.policeAuthor.id,
      status: 'accepted',
    });
    healthRequestId = await givenImrRequestAt(api, a, reviewId, {
      agencyId: a.agencies.health,
      authorUserId: a.healthAuthor.id,
      status: 'in_progress',
    });
    const proposed: [string, number, string, string][] = [
      [policeRequestId, 0, 'Train officers in the DASH risk assessment.', '2027-03-31'],
      [policeRequestId, 1, 'Refer repeat victims to MARAC.', '2027-06-30'],
      [healthRequestId, 0, 'Not yet accepted: never copied.', '2027-06-30'],
    ];
    for (const [requestId, position, recommendation, targetDate] of proposed) {
      await givenProposedRecommendation(api, a, reviewId, requestId, {
        position,
        recommendation,
        targetDate,
      });
    }
  });
  afterAll(() => api.close());

  const themes: Record<string, { id: string; version: number }> = {};

  describe('themes', () => {
    it('lets the coordinator keep the list, names unique whatever their case, changes under If-Match, audited', async () => {
      for (const name of ['Risk assessment', 'Information sharing']) {
        const created = await send('coordinator', 'post', '/themes', { name }).expect(201);
        expect(created.headers['etag']).toBe('"1"');
        expect(created.body).toEqual({ id: expect.any(String), name, active: true, version: 1 });
        themes[name] = created.body;
      }
      const duplicate = await send('coordinator', 'post', '/themes', { name: 'RISK ASSESSMENT ' }).expect(
        409,
      );
      expect(duplicate.body.code).toBe('theme_name_taken');
      await send('chair', 'post', '/themes', { name: 'GP involvement' }).expect(403);
      await send('healthAuthor', 'get', '/themes').expect(403);

      const sharing = themes['Information sharing']!;
      await send('coordinator', 'patch', `/themes/${sharing.id}`, { name: 'Sharing' }).expect(428);
      await send('coordinator', 'patch', `/themes/${sharing.id}`, { name: 'Sharing' }, 7).expect(412);
      const clash = await send(
        'coordinator',
        'patch',
        `/themes/${sharing.id}`,
        { name: 'risk assessment' },
        sharing.version,
      ).expect(409);
      expect(clash.body.code).toBe('theme_name_taken');
      const renamed = await send(
        'coordinator',
        'patch',
        `/themes/${sharing.id}`,
        { name: 'Information sharing between agencies' },
        sharing.version,
      ).expect(200);
      expect(renamed.body).toMatchObject({ name: 'Information sharing between agencies', version: 2 });
      expect(renamed.headers['etag']).toBe('"2"');
      themes['Information sharing'] = renamed.body;

      const listed = await send('leadOfficer', 'get', '/themes').expect(200);
      expect(listed.body.items.map((t: Body) => t['name'])).toEqual([
        'Information sharing between agencies',
        'Risk assessment',
      ]);
      expect((await send('otherCoordinator', 'get', '/themes').expect(200)).body.items).toEqual([]);
      await send('otherCoordinator', 'patch', `/themes/${sharing.id}`, { active: false }, 2).expect(404);

      const audit = await send('coordinator', 'get', `/audit?entityId=${sharing.id}`).expect(200);
      expect(audit.body.items.map((e: Body) => e['action']).sort()).toEqual([
        'theme.created',
        'theme.updated',
      ]);
    });
  });

  describe('lessons', () => {
    let first: { id: string; version: number };

    it('numbers a review’s lessons in order, linked to agreed questions, IMRs and themes', async () => {
      const added: Body[] = [];
      for (const [who, statement] of [
        ['chair', 'If risk assessments are not completed, victims are denied protection.'],
        ['coordinator', 'Repeat victims below the MARAC threshold have no framework.'],
        ['chair', 'Professionals should establish what the victim wants.'],
      ] as const) {
        const lesson = await send(who, 'post', `/reviews/${reviewId}/lessons`, {
          narrative: 'The abuse continued unabated and peaked in 2011 and 2013.',
          statement,
          questionNumbers: [2, 1],
          imrRequestIds: [policeRequestId],
          themeIds: [themes['Risk assessment']!.id],
        }).expect(201);
        added.push(lesson.body);
      }
      expect(added.map((l) => l['number'])).toEqual([1, 2, 3]);
      expect(added[0]).toMatchObject({
        reviewId,
        questionNumbers: [1, 2],
        imrRequestIds: [policeRequestId],
        themeIds: [themes['Risk assessment']!.id],
        version: 1,
      });
      first = added[0] as typeof first;
      const listed = await send('panelMember', 'get', `/reviews/${reviewId}/lessons`).expect(200);
      expect(listed.body.items.map((l: Body) => [l['number'], l['statement']])).toEqual([
        [1, 'If risk assessments are not completed, victims are denied protection.'],
        [2, 'Repeat victims below the MARAC threshold have no framework.'],
        [3, 'Professionals should establish what the victim wants.'],
      ]);
    });

    it('refuses links the review does not have, naming each', async () => {
      const refused = await send('chair', 'post', `/reviews/${reviewId}/lessons`, {
        narrative: 'x',
        statement: 'y',
        questionNumbers: [1, 9],
        imrRequestIds: [randomUUID()],
        themeIds: [randomUUID()],
      }).expect(400);
      expect(refused.body.errors).toEqual([
        { field: 'questionNumbers', message: 'The agreed terms of reference have no question 9' },
        { field: 'imrRequestIds', message: 'Choose IMR requests of this review' },
        { field: 'themeIds', message: 'Choose themes of this partnership' },
      ]);
      await send('chair', 'post', `/reviews/${reviewId}/lessons`, { narrative: '', statement: 'y' }).expect(
        400,
      );
    });

    it('changes a lesson under If-Match, audited, keeping its number', async () => {
      await send('chair', 'patch', `/lessons/${first.id}`, { questionNumbers: [3] }).expect(428);
      const bad = await send(
        'chair',
        'patch',
        `/lessons/${first.id}`,
        { questionNumbers: [4] },
        first.version,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: Body) => e['field'])).toEqual(['questionNumbers']);
      const changed = await send(
        'chair',
        'patch',
        `/lessons/${first.id}`,
        { questionNumbers: [3], statement: 'Risk assessments must be completed.' },
        first.version,
      ).expect(200);
      expect(changed.body).toMatchObject({
        number: 1,
        questionNumbers: [3],
        statement: 'Risk assessments must be completed.',
        version: 2,
      });
      await send('chair', 'patch', `/lessons/${first.id}`, { statement: 'Late' }, first.version).expect(412);
      const audit = await send('coordinator', 'get', `/audit?entityId=${first.id}`).expect(200);
      expect(audit.body.items.map((e: Body) => e['action']).sort()).toEqual([
        'lesson.added',
        'lesson.updated',
      ]);
    });

    it('lets the panel read but not write; hides the review from another partnership; refuses IMR authors', async () => {
      await send('panelMember', 'post', `/reviews/${reviewId}/lessons`, {
        narrative: 'x',
        statement: 'y',
      }).expect(403);
      await send('panelMember', 'patch', `/lessons/${first.id}`, { statement: 'z' }, 2).expect(403);
      await send('cspChair', 'get', `/reviews/${reviewId}/lessons`).expect(200);
      await send('otherCoordinator', 'get', `/reviews/${reviewId}/lessons`).expect(404);
      await send('otherCoordinator', 'post', `/reviews/${reviewId}/lessons`, {
        narrative: 'x',
        statement: 'y',
      }).expect(404);
      await send('otherCoordinator', 'patch', `/lessons/${first.id}`, { statement: 'z' }, 2).expect(404);
      await send('healthAuthor', 'get', `/reviews/${reviewId}/lessons`).expect(403);
      await send('healthAuthor', 'post', `/reviews/${reviewId}/lessons`, {
        narrative: 'x',
        statement: 'y',
      }).expect(403);
      // the chair of this review only: another review of the partnership is the coordinator's
      await send('otherCoordinator', 'get', `/reviews/${otherReviewId}/lessons`).expect(200);
    });
  });

  describe('recommendations', () => {
    it('records a review’s panel and single-agency recommendations, under the review’s own source', async () => {
      const panel = await send('chair', 'post', `/reviews/${reviewId}/recommendations`, {
        reference: '1',
        level: 'panel',
        text: 'The CSP should commission a service for repeat victims below the MARAC threshold.',
        scope: 'local',
        leadAgencyId: a.agencies.police,
        targetDate: '2027-03-31',
        themeIds: [themes['Risk assessment']!.id],
      }).expect(201);
      expect(panel.body).toMatchObject({
        reviewId,
        reference: '1',
        level: 'panel',
        scope: 'local',
        targetToBeAgreed: false,
        version: 1,
      });
      const single = await send('coordinator', 'post', `/reviews/${reviewId}/recommendations`, {
        reference: 'Health 1',
        level: 'single_agency',
        text: 'Ask about domestic abuse at every attendance with an injury.',
        scope: 'national',
        nationalRecipient: 'Department of Health',
        leadAgencyId: a.agencies.health,
        targetToBeAgreed: true,
        imrRequestId: healthRequestId,
      }).expect(201);
      expect(single.body).toMatchObject({ scope: 'national', targetDate: null, targetToBeAgreed: true });
      expect(single.body.sourceId).toBe(panel.body.sourceId);

      const sources = await send('coordinator', 'get', '/recommendation-sources').expect(200);
      expect(sources.body.items).toEqual([
        expect.objectContaining({ id: panel.body.sourceId, key: reviewReference, kind: 'review', reviewId }),
      ]);
      const listed = await send('panelMember', 'get', `/reviews/${reviewId}/recommendations`).expect(200);
      expect(listed.body.items.map((r: Body) => r['reference'])).toEqual(['1', 'Health 1']);
      await send('panelMember', 'post', `/reviews/${reviewId}/recommendations`, {
        reference: '2',
        level: 'panel',
        text: 'x',
        scope: 'local',
        leadAgencyId: a.agencies.police,
        targetDate: '2027-03-31',
      }).expect(403);
      await send('otherCoordinator', 'get', `/reviews/${reviewId}/recommendations`).expect(404);
      await send('healthAuthor', 'get', `/reviews/${reviewId}/recommendations`).expect(403);
    });

    it('needs a named recipient for a national recommendation, and a lead agency and target for every one (rule 11)', async () => {
      const national = await send('chair', 'post', `/reviews/${reviewId}/recommendations`, {
        reference: '2',
        level: 'panel',
        text: 'Guidance on same-sex domestic abuse.',
        scope: 'national',
        leadAgencyId: a.agencies.police,
        targetDate: '2027-03-31',
      }).expect(400);
      expect(national.body.errors).toEqual([
        {
          field: 'nationalRecipient',
          message: 'Name who receives a national recommendation, e.g. the Home Office.',
        },
      ]);
      const rule11 = await send('chair', 'post', `/reviews/${reviewId}/recommendations`, {
        reference: '2',
        level: 'panel',
        text: 'No one leads it.',
        scope: 'local',
      }).expect(400);
      expect(rule11.body.errors.map((e: Body) => e['field'])).toEqual(['leadAgencyId', 'targetDate']);
      const elsewhere = await send('chair', 'post', `/reviews/${reviewId}/recommendations`, {
        reference: '2',
        level: 'panel',
        text: 'Led by another partnership’s agency.',
        scope: 'local',
        leadAgencyId: b.agencies.police,
        targetDate: '2027-03-31',
      }).expect(400);
      expect(elsewhere.body.errors).toEqual([
        { field: 'leadAgencyId', message: 'Choose an agency of this partnership.' },
      ]);
    });

    it('copies the accepted IMRs’ proposed recommendations once, however often it is run', async () => {
      const copied = await send('chair', 'post', `/reviews/${reviewId}/recommendations/from-imrs`).expect(
        200,
      );
      expect(copied.body.createdCount).toBe(2);
      const fromImr = copied.body.items.filter((r: Body) => r['imrRequestId'] === policeRequestId);
      expect(fromImr).toEqual([
        expect.objectContaining({
          reference: expect.stringMatching(/ 1$/),
          level: 'single_agency',
          text: 'Train officers in the DASH risk assessment.',
          leadAgencyId: a.agencies.police,
          targetDate: '2027-03-31',
          scope: 'local',
        }),
        expect.objectContaining({
          reference: expect.stringMatching(/ 2$/),
          text: 'Refer repeat victims to MARAC.',
          targetDate: '2027-06-30',
        }),
      ]);
      expect(fromImr[0].reference.startsWith('Learning Police')).toBe(true);
      const again = await send(
        'coordinator',
        'post',
        `/reviews/${reviewId}/recommendations/from-imrs`,
      ).expect(200);
      expect(again.body.createdCount).toBe(0);
      expect(again.body.items).toHaveLength(copied.body.items.length);
      await send('panelMember', 'post', `/reviews/${reviewId}/recommendations/from-imrs`).expect(403);
    });

    it('changes a recommendation under If-Match, re-checking rule 11', async () => {
      const listed = await send('chair', 'get', `/reviews/${reviewId}/recommendations`).expect(200);
      const panel = listed.body.items.find((r: Body) => r['reference'] === '1');
      await send('chair', 'patch', `/recommendations/${panel.id}`, { scope: 'regional' }).expect(428);
      const national = await send(
        'chair',
        'patch',
        `/recommendations/${panel.id}`,
        { scope: 'national' },
        panel.version,
      ).expect(400);
      expect(national.body.errors.map((e: Body) => e['field'])).toEqual(['nationalRecipient']);
      const tba = await send(
        'chair',
        'patch',
        `/recommendations/${panel.id}`,
        {
          scope: 'national',
          nationalRecipient: 'Home Office',
          nationalNotifiedOn: '2026-10-01',
          targetToBeAgreed: true,
        },
        panel.version,
      ).expect(200);
      expect(tba.body).toMatchObject({
        scope: 'national',
        nationalRecipient: 'Home Office',
        nationalNotifiedOn: '2026-10-01',
        targetDate: null,
        targetToBeAgreed: true,
        version: 2,
      });
      await send('chair', 'patch', `/recommendations/${panel.id}`, { text: 'Late' }, panel.version).expect(
        412,
      );
      await send('otherCoordinator', 'patch', `/recommendations/${panel.id}`, { text: 'x' }, 2).expect(404);
      const audit = await send('coordinator', 'get', `/audit?entityId=${panel.id}`).expect(200);
      expect(audit.body.items.map((e: Body) => e['action']).sort()).toEqual([
        'recommendation.created',
        'recommendation.updated',
      ]);
    });

    it('keeps other sources by key (S, H, Z, N) with their recommendations, the coordinator’s alone', async () => {
      const keys: Record<string, string> = {};
      for (const [key, name, kind] of [
        ['S', 'Scrutiny review of domestic abuse services', 'scrutiny_review'],
        ['H', 'HMICFRS inspection', 'inspection'],
        ['Z', 'Neighbouring partnership DHR', 'other_review'],
        ['N', 'National learning', 'other'],
      ]) {
        const created = await send('coordinator', 'post', '/recommendation-sources', {
          key,
          name,
          kind,
        }).expect(201);
        expect(created.body).toMatchObject({ key, name, kind, reviewId: null });
        keys[key] = created.body.id;
      }
      const taken = await send('coordinator', 'post', '/recommendation-sources', {
        key: 'S',
        name: 'Again',
        kind: 'other',
      }).expect(409);
      expect(taken.body.code).toBe('source_key_taken');
      await send('coordinator', 'post', '/recommendation-sources', {
        key: 'R',
        name: 'x',
        kind: 'review',
      }).expect(400);
      await send('chair', 'post', '/recommendation-sources', { key: 'Q', name: 'x', kind: 'other' }).expect(
        403,
      );
      const sources = await send('coordinator', 'get', '/recommendation-sources').expect(200);
      expect(sources.body.items.map((s: Body) => s['key'])).toEqual(
        expect.arrayContaining(['H', 'N', 'S', 'Z', reviewReference]),
      );

      const scrutiny = await send('coordinator', 'post', '/recommendations', {
        sourceId: keys['S'],
        reference: 'S1',
        level: 'panel',
        text: 'Publish a directory of services.',
        scope: 'regional',
        leadAgencyId: a.agencies.health,
        targetDate: '2027-01-31',
      }).expect(201);
      expect(scrutiny.body).toMatchObject({
        sourceId: keys['S'],
        reviewId: null,
        reference: 'S1',
        scope: 'regional',
      });
      const reviewSource = sources.body.items.find((s: Body) => s['kind'] === 'review');
      const viaReview = await send('coordinator', 'post', '/recommendations', {
        sourceId: reviewSource.id,
        reference: '9',
        level: 'panel',
        text: 'x',
        scope: 'local',
        leadAgencyId: a.agencies.health,
        targetDate: '2027-01-31',
      }).expect(400);
      expect(viaReview.body.errors.map((e: Body) => e['field'])).toEqual(['sourceId']);
      await send('chair', 'post', '/recommendations', {
        sourceId: keys['S'],
        reference: 'S2',
        level: 'panel',
        text: 'x',
        scope: 'local',
        leadAgencyId: a.agencies.health,
        targetDate: '2027-01-31',
      }).expect(403);
      await send('chair', 'patch', `/recommendations/${scrutiny.body.id}`, { text: 'x' }, 1).expect(403);
      const changed = await send(
        'coordinator',
        'patch',
        `/recommendations/${scrutiny.body.id}`,
        { targetDate: '2027-02-28' },
        1,
      ).expect(200);
      expect(changed.body).toMatchObject({ targetDate: '2027-02-28', version: 2 });
      await send('otherCoordinator', 'get', `/recommendations/${scrutiny.body.id}`).expect(404);
    });
  });
});
