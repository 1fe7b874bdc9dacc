import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  apiAs,
  givenDecidedReview,
  givenPartnership,
  SEED_003_IMR_AGENCIES as IMR_AGENCIES,
  SEED_003_QUESTIONS_1_TO_10 as QUESTIONS_1_TO_10,
  SEED_003_QUESTIONS_11_AND_12 as QUESTIONS_11_AND_12,
  Seed003ImrAgency as ImrAgency,
  Send,
  signIn,
  signInAll,
  startTestApi,
  TestApi,
  TestPartnership,
  VICTIM_AND_PERPETRATOR,
} from '../support';

type Body = Record<string, unknown>;
type Request = { id: string; agencyId: string; kind: string; status: string; version: number } & Body;
type Question = {
  number: number;
  text: string;
  addedInVersion: number;
  addedSinceRequest: boolean;
  answer: string | null;
};
type Workspace = { request: Request; questions: Question[]; revisions: Body[] } & Body;

/**
 * Seed 003 (section 2.3): the 15 agencies that submitted IMRs to the Safer Rotherham Partnership's review of
 * MA 1's death, and the 2 that gave written information without an IMR, through the IMR work alone: users
 * invited and setting their passwords, terms of reference agreed at a panel meeting, every request sent,
 * written, signed off and decided by the chair; terms 11 and 12 added afterwards (6 February 2014).
 */

/** "Non IMR written information was received from": a summary each. */
const SUMMARY_AGENCIES = {
  metCroydon: ['Metropolitan Police Croydon', 'MPS', 'police'],
  victimSupport: ['Victim Support', null, 'victim_support'],
} as const;
type SummaryAgency = keyof typeof SUMMARY_AGENCIES;
type AgencyKey = ImrAgency | SummaryAgency;
const ALL_AGENCIES = { ...IMR_AGENCIES, ...SUMMARY_AGENCIES };
const IMR_KEYS = Object.keys(IMR_AGENCIES) as ImrAgency[];
const SUMMARY_KEYS = Object.keys(SUMMARY_AGENCIES) as SummaryAgency[];
const ALL_KEYS: AgencyKey[] = [...IMR_KEYS, ...SUMMARY_KEYS];

const ONE_TO_TEN = QUESTIONS_1_TO_10.map((_, i) => i + 1);

/** Appendix B, the action plan: one real row each for four agencies (target months read as their last day). */
const APPENDIX_B: Partial<Record<AgencyKey, Body>> = {
  rotherhamTrust: {
    recommendation:
      'TRFT to raise the profile of the importance of evidencing social assessments of patients at each episode of care',
    lead: 'TRFT, Assistant Chief Nurse',
    action:
      'The Clinical Audit plan to include an audit of record keeping, providing a baseline across the Trust demonstrating the documentation of holistic assessments (including social circumstances) for each episode of care.',
    keyMilestone: 'Audit tool agreed. Results of audit to be fed back to Named Nurses.',
    targetDate: '2014-09-30', // "September 2014"
  },
  adultServices: {
    recommendation:
      'All Safeguarding Managers/frontline assessors to have mandatory Domestic Violence training.',
    lead: 'RMBC Adult Services',
    action:
      'Mandatory Domestic Violence/ DASH training to be available as part of the induction programme for all relevant frontline assessors.',
    keyMilestone:
      'Training records to be updated appropriately, effective monitoring to take place to ensure timescales adhered to.',
    targetDate: '2014-07-31', // "Managers by April 2014 and for the wider Service by July 2014"
  },
  rdash: {
    recommendation:
      'The Trust should review and update the Domestic Abuse Policy ensuring it consider all relationships regardless of gender or sexual orientation and includes relationships are/may be mutually abusive.',
    lead: 'RDaSH',
    action: 'Review by trust Adult Safeguarding Lead',
    keyMilestone: 'Dissemination of policy updated as necessary',
    targetDate: '2015-01-31', // "January 2015"
  },
  housing: {
    recommendation:
      'Improve the ability of visiting Housing and Neighbourhood Services Officers to identify and assess risk.',
    lead: 'H&NS & IDVA',
    action:
      'H&NS to Conduct an audit of those officers who have received DASH Risk Assessment training, and IDVA to provide training to those visiting officers who have not yet received it',
    keyMilestone:
      'Improved recognition of risk and understanding of related diversity issues. Performance and Quality Unit (P&QU) to review by audit June 2014',
    targetDate: '2014-05-31', // "May 2014"
  },
};

/** The dates as agencies wrote them, and how the service reads (and shows) them. */
const CHRONOLOGY = [
  {
    date: 'spring 2007',
    event: 'MA 2 suffered a bleed in his brain which required surgery.',
    read: { precision: 'season', earliestOn: '2007-03-01', latestOn: '2007-05-31' },
  },
  {
    date: 'April 2011',
    event: 'Domestic incident between MA 1 and MA 2 reported; both in drink.',
    read: { precision: 'month', earliestOn: '2011-04-01', latestOn: '2011-04-30' },
  },
  {
    date: 'August 2012',
    event: 'MA 2 said he was frightened of MA 1.',
    read: { precision: 'month', earliestOn: '2012-08-01', latestOn: '2012-08-31' },
  },
  {
    date: 'autumn 2013',
    event: 'MA 1 died in hospital from an incised wound to his right hand.',
    read: { precision: 'season', earliestOn: '2013-09-01', latestOn: '2013-11-30' },
  },
  {
    date: '06.02.2014',
    event: 'Information given to the second DHR panel meeting.',
    // numeric dates are day first, and shown in words
    read: { date: '6 February 2014', precision: 'day', earliestOn: '2014-02-06', latestOn: '2014-02-06' },
  },
];

const PASSWORD = 'four random words for rotherham';
const DUE_ON = '2027-01-29';
const RETURNED: ImrAgency = 'lifeline';

describe('seed 003 IMRs: 15 agencies’ IMRs and 2 summaries, from invitation to the chair’s acceptance', () => {
  let api: TestApi;
  let srp: TestPartnership;
  let reviewId: string;
  const tag = randomBytes(4).toString('hex');
  const as: Record<string, string> = {};
  let send: Send;
  const agencies = {} as Record<AgencyKey, string>;
  const authors = {} as Record<AgencyKey, string>;
  const managers = {} as Record<ImrAgency, string>;
  const requests = {} as Record<AgencyKey, Request>;
  const meetings: string[] = [];
  let members: string[] = [];

  const author = (key: AgencyKey) => `author:${key}`;
  const manager = (key: ImrAgency) => `manager:${key}`;
  /** Keeps the request's latest version, from a workspace answer or a chronology answer. */
  const track = (key: AgencyKey, body: { request?: Request; version?: number }) => {
    if (body.request) Object.assign(requests[key], body.request);
    else if (body.version !== undefined) requests[key].version = body.version;
    return body;
  };
  /** A change to the agency's request at the version last seen, answered with `status`; the new version kept. */
  const change = async (
    who: string,
    key: AgencyKey,
    method: 'put' | 'post',
    path: string,
    body?: Body,
    status = 200,
  ) => {
    const { id, version } = requests[key];
    const response = await send(who, method, `/imr-requests/${id}${path}`, body, version).expect(status);
    track(key, response.body);
    return response;
  };
  /** Invites a user through the users API, then sets their password from the link in the invitation email. */
  const invite = async (who: string, displayName: string, roles: string[], agencyId: string) => {
    const email = `${who.replace(':', '.')}.${tag}@test.example`.toLowerCase();
    const created = await send('coordinator', 'post', '/users', {
      email,
      displayName,
      roles,
      agencyId,
    }).expect(201);
    expect(created.body).toMatchObject({ status: 'invited', roles, agencyId });
    const [row]: { body: string }[] = await api.app
      .get(DataSource)
      .query(`SELECT body FROM email_message WHERE to_address = $1 ORDER BY id`, [email]);
    const token = /set-password#token=([A-Za-z0-9_-]+)/.exec(row!.body)![1];
    await api.http.post('/api/v1/auth/set-password').send({ token, password: PASSWORD }).expect(204);
    as[who] = (await signIn(api.http, email, PASSWORD)).authorization;
    return created.body.id as string;
  };

  beforeAll(async () => {
    api = await startTestApi();
    srp = await givenPartnership(api, 'Safer Rotherham IMR');
    // the people invited below sign in into the same tokens
    Object.assign(as, await signInAll(api, { coordinator: srp.coordinator.email, chair: srp.chair.email }));
    send = apiAs(api, as);
  });
  afterAll(() => api.close());

  it('registers the 17 agencies and invites an author for each, and a senior manager for each of the 15', async () => {
    for (const key of ALL_KEYS) {
      const [name, shortName, type] = ALL_AGENCIES[key];
      const created = await send('coordinator', 'post', '/agencies', { name, shortName, type }).expect(201);
      expect(created.body).toMatchObject({ name, type, active: true });
      agencies[key] = created.body.id;
    }
    await Promise.all(
      ALL_KEYS.map(async (key) => {
        const [name] = ALL_AGENCIES[key];
        authors[key] = await invite(author(key), `IMR author, ${name}`, ['imr_author'], agencies[key]);
        if (key in IMR_AGENCIES) {
          managers[key as ImrAgency] = await invite(
            manager(key as ImrAgency),
            `Senior manager, ${name}`,
            ['lead_officer'],
            agencies[key],
          );
        }
      }),
    );
    const me = await send(author('victimSupport'), 'get', '/me').expect(200);
    expect(me.body).toMatchObject({ roles: ['imr_author'], agency: { id: agencies.victimSupport } });
  });

  it('commissions the review, appoints the chair and drafts terms 1 to 10 at the first panel meeting', async () => {
    const review = await givenDecidedReview(
      api,
      as.coordinator!,
      {
        notifiedOn: '2013-10-28',
        notifiedBy: 'South Yorkshire Police',
        notifyingAgencyId: agencies.police,
        subjects: VICTIM_AND_PERPETRATOR,
      },
      {
        decidedOn: '2013-11-20',
        decisionMaker: 'Chair, Safer Rotherham Partnership',
        rationale: 'MA 1 died from a wound inflicted by his partner, MA 2.',
      },
    );
    reviewId = review.id;
    const chair = { chairUserId: srp.chair.id, appointedOn: '2013-11-28' };
    await send('coordinator', 'put', `/reviews/${reviewId}/chair`, chair, review.version).expect(200);

    // a few of section 2.2's panel, enough to hold the meetings
    const panel: [string, string, AgencyKey][] = [
      ['Helen Smith', 'Sergeant', 'police'],
      ['Jean Summerfield', 'Named Nurse Adult Safeguarding', 'rotherhamTrust'],
      ['Sue Ludham', 'Deputy Director', 'probation'],
      ['Victoria Swinbourne', 'Service Manager', 'lifeline'],
      ['Elisa Pack', 'Senior Services Delivery Manager', 'victimSupport'],
    ];
    members = [];
    for (const [name, jobTitle, key] of panel) {
      const added = await send('chair', 'post', `/reviews/${reviewId}/panel-members`, {
        name,
        organisation: ALL_AGENCIES[key][0],
        jobTitle,
        agencyId: agencies[key],
        panelRole: 'member',
        joinedOn: '2013-12-12',
      }).expect(201);
      members.push(added.body.id);
    }
    const first = await send('chair', 'post', `/reviews/${reviewId}/meetings`, {
      heldOn: '2013-12-12',
      attendeeIds: members,
      decisions: ['Terms of reference agreed (version 1): terms 1 to 10', 'IMRs requested from 15 agencies'],
    }).expect(201);
    meetings.push(first.body.id);
    const draft = await send('chair', 'post', `/reviews/${reviewId}/terms-of-reference`, {
      purpose: 'Establish what lessons are to be learned from the domestic homicide.',
      periodFrom: { precision: 'season', year: 2007, season: 'spring' },
      periodTo: { precision: 'season', year: 2013, season: 'autumn' },
      agencyIds: ALL_KEYS.map((key) => agencies[key]),
      questions: QUESTIONS_1_TO_10,
    }).expect(201);
    expect(draft.body).toMatchObject({ versionNumber: 1, status: 'draft' });
    expect(draft.body.agencyIds).toHaveLength(17);
  });

  it('scopes 15 agencies for a full IMR and 2 for a summary, and sends none before the terms are agreed', async () => {
    for (const key of ALL_KEYS) {
      const imr = key in IMR_AGENCIES;
      const scoped = await send('coordinator', 'post', `/reviews/${reviewId}/imr-requests`, {
        agencyId: agencies[key],
        kind: imr ? 'imr' : 'summary',
        dueOn: DUE_ON,
        authorUserId: authors[key],
        ...(imr ? { seniorManagerUserId: managers[key as ImrAgency] } : {}),
      }).expect(201);
      expect(scoped.body).toMatchObject({ status: 'scoped', kind: imr ? 'imr' : 'summary' });
      requests[key] = scoped.body;
    }
    const listed = await send('chair', 'get', `/reviews/${reviewId}/imr-requests`).expect(200);
    expect(listed.body.items).toHaveLength(17);
    expect(listed.body.items.filter((r: Request) => r.kind === 'summary')).toHaveLength(2);

    const early = await send(
      'coordinator',
      'post',
      `/imr-requests/${requests.police.id}/sending`,
      undefined,
      requests.police.version,
    ).expect(422);
    expect(early.body.code).toBe('terms_of_reference_not_agreed');

    const [draft] = (await send('chair', 'get', `/reviews/${reviewId}/terms-of-reference`).expect(200)).body
      .items as { id: string; version: number }[];
    const v1 = await send(
      'chair',
      'post',
      `/reviews/${reviewId}/terms-of-reference/${draft!.id}/agreement`,
      { meetingId: meetings[0] },
      draft!.version,
    ).expect(200);
    expect(v1.body).toMatchObject({ versionNumber: 1, status: 'agreed', agreedOn: '2013-12-12' });

    for (const key of ALL_KEYS) {
      const sent = await change('coordinator', key, 'post', '/sending');
      expect(sent.body.request).toMatchObject({ status: 'requested', termsVersionNumber: 1 });
    }
    // every author is told by email
    const told: { to_address: string }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT to_address FROM email_message WHERE partnership_id = $1 AND subject LIKE '%requested%'`,
        [srp.id],
      );
    expect(told).toHaveLength(17);
    expect(new Set(told.map((row) => row.to_address.split('.')[1]))).toEqual(
      new Set(ALL_KEYS.map((k) => k.toLowerCase())),
    );
  });

  it('shows each agency its own request only; another agency’s request does not exist for it', async () => {
    for (const key of ALL_KEYS) {
      const mine = await send(author(key), 'get', '/my-imr-requests').expect(200);
      expect(mine.body.items.map((r: Request) => [r.id, r.agencyId])).toEqual([
        [requests[key].id, agencies[key]],
      ]);
    }
    const sypManagerSees = await send(manager('police'), 'get', '/my-imr-requests').expect(200);
    expect(sypManagerSees.body.items.map((r: Request) => r.id)).toEqual([requests.police.id]);

    // two police forces: neither sees the other's
    await send(author('metCroydon'), 'get', `/imr-requests/${requests.police.id}`).expect(404);
    await send(author('police'), 'get', `/imr-requests/${requests.metCroydon.id}`).expect(404);
    // two GP practices, two hospital trusts
    await send(author('stAnns'), 'get', `/imr-requests/${requests.stag.id}`).expect(404);
    await send(manager('rotherhamTrust'), 'get', `/imr-requests/${requests.sheffieldHospitals.id}`).expect(
      404,
    );
    await send(author('victimSupport'), 'get', `/imr-requests/${requests.idva.id}/chronology-entries`).expect(
      404,
    );
    await send(
      author('headway'),
      'put',
      `/imr-requests/${requests.actionHousing.id}/answers/1`,
      { answer: 'Taken over' },
      requests.actionHousing.version,
    ).expect(404);
    // the agency's own request is there
    const own = await send(author('police'), 'get', `/imr-requests/${requests.police.id}`).expect(200);
    expect(own.body.questions.map((q: Question) => q.number)).toEqual(ONE_TO_TEN);
    // authors and lead officers do not see the review's list of requests
    await send(author('police'), 'get', `/reviews/${reviewId}/imr-requests`).expect(404);
  });

  it('has each author answer every question, date the chronology and propose a recommendation, then submit', async () => {
    for (const [index, key] of ALL_KEYS.entries()) {
      const [name, shortName] = ALL_AGENCIES[key];
      for (const number of ONE_TO_TEN) {
        const answer = `${name}, term ${number}: what the records show and what was done.`;
        await change(author(key), key, 'put', `/answers/${number}`, { answer });
      }
      expect(requests[key].status).toBe('in_progress');

      // three of the five dates for each agency, in turn; a summary gives one
      const entries =
        key in IMR_AGENCIES ? [0, 1, 2].map((i) => CHRONOLOGY[(index + i) % 5]!) : [CHRONOLOGY[4]!];
      for (const entry of entries) {
        const added = await change(
          author(key),
          key,
          'post',
          '/chronology-entries',
          {
            date: entry.date,
            sourceReference: `${shortName ?? name} record`,
            subjects: ['MA 1', 'MA 2'],
            event: entry.event,
            actionOutcome: 'Recorded.',
          },
          201,
        );
        expect(added.body.items).toContainEqual(expect.objectContaining({ date: entry.date, ...entry.read }));
      }

      if (key in IMR_AGENCIES) {
        await change(author(key), key, 'put', '/good-practice', {
          items: [`${name} shared what it knew with the police the same day.`],
        });
        await change(author(key), key, 'put', '/lessons', {
          items: [
            'Risk assessment in domestic abuse cases is not embedded: a DASH was not completed when it could have been.',
          ],
        });
        const recommendation = APPENDIX_B[key] ?? {
          recommendation: `${name} to complete a DASH risk assessment whenever domestic abuse is disclosed.`,
          lead: `${name} safeguarding lead`,
          action: 'Brief staff on DASH and the MARAC referral route.',
          keyMilestone: 'Briefing delivered to all frontline staff',
          targetDate: '2014-12-31',
        };
        const saved = await change(author(key), key, 'put', '/recommendations', { items: [recommendation] });
        expect(saved.body.recommendations).toEqual([recommendation]);
      }
      await change(author(key), key, 'put', '/independence-statement', {
        statement: `I had no part in ${name}’s services to MA 1 or MA 2.`,
      });
      await change(author(key), key, 'post', '/submission');
      // a full IMR waits for its senior manager; a summary goes straight to the chair
      expect(requests[key].status).toBe(key in IMR_AGENCIES ? 'awaiting_sign_off' : 'submitted');
    }

    const chronology = await send(
      author('police'),
      'get',
      `/imr-requests/${requests.police.id}/chronology-entries`,
    );
    expect(chronology.status).toBe(200);
    expect(chronology.body.items.map((e: Body) => e['date'])).toEqual([
      'April 2011',
      'August 2012',
      'autumn 2013',
    ]);
  });

  it('is signed off by each agency’s own senior manager, and by no other', async () => {
    // the Rotherham trust's manager cannot reach South Yorkshire Police's IMR
    await send(
      manager('rotherhamTrust'),
      'post',
      `/imr-requests/${requests.police.id}/sign-off`,
      undefined,
      requests.police.version,
    ).expect(404);
    for (const key of IMR_KEYS) {
      const signed = await change(manager(key), key, 'post', '/sign-off');
      expect(signed.body.request.status).toBe('submitted');
    }
  });

  it('returns one IMR with comments and accepts the rest; the amended one is accepted; summaries need no sign-off', async () => {
    const comments = [
      { section: 'question-4', comment: 'Say what Lifeline shared with the GP, and when.' },
      { section: 'chronology', comment: 'Add the date of the last appointment MA 2 missed.' },
    ];
    const returned = await change('chair', RETURNED, 'post', '/return', { comments });
    expect(returned.body.request.status).toBe('returned');
    expect(returned.body.revisions).toEqual([
      expect.objectContaining({ revisionNumber: 1, outcome: 'returned', comments }),
    ]);

    for (const key of ALL_KEYS.filter((k) => k !== RETURNED)) {
      const accepted = await change('chair', key, 'post', '/acceptance');
      expect(accepted.body.request.status).toBe('accepted');
    }
    for (const key of SUMMARY_KEYS) {
      const summary = await send('chair', 'get', `/imr-requests/${requests[key].id}`).expect(200);
      expect(summary.body.request).toMatchObject({ kind: 'summary', status: 'accepted', signedOffAt: null });
    }

    // the returned IMR is amended, signed off again and accepted
    await change(author(RETURNED), RETURNED, 'put', '/answers/4', {
      answer: 'Lifeline wrote to the GP in August 2012; the GP did not reply.',
    });
    const missed = {
      date: 'August 2012',
      event: 'MA 2 missed his appointment with Lifeline.',
      subjects: ['MA 2'],
    };
    await change(author(RETURNED), RETURNED, 'post', '/chronology-entries', missed, 201);
    await change(author(RETURNED), RETURNED, 'post', '/submission');
    expect(requests[RETURNED].status).toBe('awaiting_sign_off');
    await change(manager(RETURNED), RETURNED, 'post', '/sign-off');
    const accepted = await change('chair', RETURNED, 'post', '/acceptance');
    expect(accepted.body.request.status).toBe('accepted');
    expect(accepted.body.revisions.map((r: Body) => [r['revisionNumber'], r['outcome']])).toEqual([
      [1, 'returned'],
      [2, 'accepted'],
    ]);

    const all = await send('chair', 'get', `/reviews/${reviewId}/imr-requests`).expect(200);
    expect(all.body.items.map((r: Request) => r.status)).toEqual(Array(17).fill('accepted'));
  });

  it('agrees terms 11 and 12 on 06.02.2014: shown as added to every request sent under version 1', async () => {
    const second = await send('chair', 'post', `/reviews/${reviewId}/meetings`, {
      heldOn: '2014-02-06',
      attendeeIds: members,
      decisions: ['Terms of reference revised to add terms 11 and 12 for consideration by IMR authors'],
    }).expect(201);
    const revision = await send('chair', 'post', `/reviews/${reviewId}/terms-of-reference`, {
      questions: [...QUESTIONS_1_TO_10, ...QUESTIONS_11_AND_12],
      revisionNote: 'Terms 11 and 12 added at the second panel meeting, for consideration by IMR authors',
    }).expect(201);
    const v2 = await send(
      'chair',
      'post',
      `/reviews/${reviewId}/terms-of-reference/${revision.body.id}/agreement`,
      { meetingId: second.body.id },
      revision.body.version,
    ).expect(200);
    expect(v2.body).toMatchObject({ versionNumber: 2, status: 'agreed', agreedOn: '2014-02-06' });

    for (const key of ALL_KEYS) {
      const imr = (await send(author(key), 'get', `/imr-requests/${requests[key].id}`).expect(200))
        .body as Workspace;
      expect(imr.request.termsVersionNumber).toBe(1);
      expect(imr.questions.map((q) => [q.number, q.addedInVersion, q.addedSinceRequest])).toEqual([
        ...ONE_TO_TEN.map((n) => [n, 1, false]),
        [11, 2, true],
        [12, 2, true],
      ]);
      expect(imr.questions.slice(10).map((q) => [q.text, q.answer])).toEqual([
        [QUESTIONS_11_AND_12[0], null],
        [QUESTIONS_11_AND_12[1], null],
      ]);
    }
  });

  it('shows the chair the coverage of all 17 agencies: terms 1 to 10 answered, 11 and 12 not', async () => {
    const coverage = await send('chair', 'get', `/reviews/${reviewId}/imr-coverage`).expect(200);
    expect(coverage.body.questionNumbers).toEqual([...ONE_TO_TEN, 11, 12]);
    const rows = coverage.body.rows as { request: Request; answered: number[] }[];
    expect(rows).toHaveLength(17);
    expect(
      Object.fromEntries(
        rows.map((row) => [
          row.request.agencyId,
          [row.request.kind, [...row.answered].sort((x, y) => x - y)],
        ]),
      ),
    ).toEqual(
      Object.fromEntries(
        ALL_KEYS.map((key) => [agencies[key], [key in IMR_AGENCIES ? 'imr' : 'summary', ONE_TO_TEN]]),
      ),
    );
    // an agency's author does not see the matrix
    await send(author('police'), 'get', `/reviews/${reviewId}/imr-coverage`).expect(404);
  });
});
