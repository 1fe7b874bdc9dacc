import { AgencyService } from '@dhr/partnerships';
import { inPartnership, systemActor } from '@dhr/platform-auth';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { binary, givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

type Body = Record<string, unknown>;
type Action = {
  id: string;
  reference: string;
  planSection: string | null;
  leadAgencyId: string;
  leadOfficerName: string | null;
  targetDate: string | null;
  targetToBeAgreed: boolean;
  lastUpdateOn: string | null;
  rag: { rating: string; reason: string };
};

const AGENCIES: [string, string][] = [
  ['SYP', 'South Yorkshire Police'],
  ['TRFT', 'The Rotherham NHS Foundation Trust'],
  ['RMBC', 'Rotherham Metropolitan Borough Council'],
];

/**
 * An exported plan reads back: the XLSX and the CSV a partnership downloads, grouped by section, import into
 * another partnership's plan with the same references, sections, lead agencies, lead officers, target dates
 * and latest progress — so a plan can move between partnerships, or out to a spreadsheet and back.
 */
describe('Action plan export, read back by the import', () => {
  let api: TestApi;
  let a: TestPartnership;
  const as: Record<string, string> = {};
  const names: Record<string, Record<string, string>> = {};

  const send = (who: string, method: 'get' | 'post', path: string, body?: Body, version?: number) => {
    const request = api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };
  const planOf = async (who: string): Promise<Action[]> =>
    (await send(who, 'get', '/actions?limit=100').expect(200)).body.items;
  /** What should survive the journey, with the agency as its name (ids differ between partnerships). */
  const comparable = (actions: Action[], agencyNames: Record<string, string>) =>
    actions
      .map((action) => ({
        reference: action.reference,
        planSection: action.planSection,
        leadAgency: agencyNames[action.leadAgencyId],
        leadOfficerName: action.leadOfficerName,
        targetDate: action.targetDate,
        targetToBeAgreed: action.targetToBeAgreed,
        lastUpdateOn: action.lastUpdateOn,
        rag: action.rag,
      }))
      .sort((x, y) => x.reference.localeCompare(y.reference, 'en', { numeric: true }));

  /** The agencies of AGENCIES in the partnership, its coordinator signed in as `who`, and a source "PLAN". */
  const givenAgencies = async (partnership: TestPartnership, who: string) => {
    const actor = inPartnership(systemActor(partnership.id as PartnershipId, 'test-round-trip'));
    const ids: Record<string, AgencyId> = {};
    names[who] = {};
    for (const [shortName, name] of AGENCIES) {
      const agency = await api.app.get(AgencyService).create(actor, { name, shortName, type: 'other' });
      ids[shortName] = agency.id;
      names[who]![agency.id] = name;
    }
    as[who] = (await signIn(api.http, partnership.coordinator.email)).authorization;
    await send(who, 'post', '/recommendation-sources', { key: 'PLAN', name: 'A plan', kind: 'other' }).expect(
      201,
    );
    return ids;
  };

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'RoundTrip');
    const ids = await givenAgencies(a, 'coordinator');
    const plan: [
      string,
      string | null,
      Body,
      { rag: string; narrative: string; reportedOn: string } | null,
    ][] = [
      [
        '1.1',
        'Prevent',
        {
          leadAgencyId: ids['RMBC'],
          leadOfficerName: 'Head of Community Safety',
          targetDate: '2027-03-31',
        },
        { rag: 'amber', narrative: 'Campaign drafted; launch in the spring.', reportedOn: '2026-10-15' },
      ],
      [
        '1.2',
        'Prevent',
        { leadAgencyId: ids['TRFT'], leadOfficerName: 'Named Nurse', targetToBeAgreed: true },
        null,
      ],
      [
        '2.1',
        'Protect',
        { leadAgencyId: ids['SYP'], leadOfficerName: 'DI Smith', targetDate: '2027-06-30' },
        { rag: 'red', narrative: 'Training postponed: trainer off sick.', reportedOn: '2026-11-02' },
      ],
      ['3.1', null, { leadAgencyId: ids['SYP'], targetDate: '2027-09-30' }, null],
    ];
    for (const [reference, planSection, body, update] of plan) {
      const created = await send('coordinator', 'post', '/actions', {
        reference,
        planSection,
        description: `Action ${reference}: carry out the recommendation.`,
        recommendationIds: [],
        milestones: [],
        ...body,
      }).expect(201);
      if (update) {
        await send(
          'coordinator',
          'post',
          `/actions/${created.body.id}/progress-updates`,
          update,
          created.body.version,
        ).expect(200);
      }
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('groups the export by section, in reference order, other actions last', async () => {
    const response = await binary(
      api.http.get('/api/v1/action-plan/export?format=csv').set('authorization', as['coordinator']!),
    ).expect(200);
    const firstCells = (response.body as Buffer)
      .toString('utf8')
      .replace(/^\ufeff/u, '')
      .split(/\r?\n/u)
      .map((line) => line.split(',')[0]);
    expect(firstCells.filter((cell) => cell !== '')).toEqual([
      'Ref',
      'Prevent',
      '1.1',
      '1.2',
      'Protect',
      '2.1',
      'Other actions',
      '3.1',
    ]);
  });

  it.each(['xlsx', 'csv'])('imports the %s export into another partnership as it was', async (format) => {
    const other = `other-${format}`;
    await givenAgencies(await givenPartnership(api, `RoundTrip ${format}`), other);
    const exported = await binary(
      api.http.get(`/api/v1/action-plan/export?format=${format}`).set('authorization', as['coordinator']!),
    ).expect(200);
    const imported = await api.http
      .post('/api/v1/action-plan/imports')
      .set('authorization', as[other]!)
      .field('sourceKey', 'PLAN')
      .attach('file', exported.body as Buffer, { filename: `plan.${format}` })
      .expect(201);
    expect(imported.body.summary).toMatchObject({ actions: 4, sections: 3, errors: 0 });
    const original = comparable(await planOf('coordinator'), names['coordinator']!);
    const readBack = comparable(await planOf(other), names[other]!);
    // the section "Other actions" is the export's heading for actions without one
    expect(readBack).toEqual(
      original.map((action) => ({ ...action, planSection: action.planSection ?? 'Other actions' })),
    );
  });
});
