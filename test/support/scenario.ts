import { randomBytes } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { UserProvisioning } from '@dhr/identity';
import { AgencyService, PartnershipService } from '@dhr/partnerships';
import { inPartnership, Role, systemActor } from '@dhr/platform-auth';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { TestApi } from './test-app';

export const TEST_PASSWORD = 'Test-password-123';

export interface TestUser {
  id: string;
  email: string;
  roles: Role[];
}

export interface TestPartnership {
  id: PartnershipId;
  name: string;
  agencies: { police: AgencyId; health: AgencyId };
  coordinator: TestUser;
  chair: TestUser;
  panelMember: TestUser;
  policeAuthor: TestUser;
  healthAuthor: TestUser;
  leadOfficer: TestUser;
  cspChair: TestUser;
}

/**
 * A fresh partnership with two agencies and one user per role, all able to sign in with TEST_PASSWORD.
 * Unique names, so test files can run side by side on one database.
 */
export async function givenPartnership(api: TestApi, label = 'Test'): Promise<TestPartnership> {
  const tag = randomBytes(4).toString('hex');
  const requestId = `test-${tag}`;
  const partnership = await api.app
    .get(PartnershipService)
    .create(systemActor(null, requestId), { name: `${label} Partnership ${tag}`, referencePrefix: 'DHR' });
  const actor = inPartnership(systemActor(partnership.id, requestId));
  const agencies = api.app.get(AgencyService);
  const police = await agencies.create(actor, { name: `${label} Police ${tag}`, type: 'police' });
  const health = await agencies.create(actor, {
    name: `${label} Health Trust ${tag}`,
    type: 'nhs_acute_trust',
  });
  const provisioning = api.app.get(UserProvisioning, { strict: false });
  const user = async (who: string, roles: Role[], agencyId: AgencyId | null = null): Promise<TestUser> => {
    const email = `${who}.${tag}@test.example`;
    const { user: created } = await provisioning.ensureActiveUser(actor, {
      email,
      displayName: `${who} ${tag}`,
      partnershipId: partnership.id,
      agencyId,
      roles,
      password: TEST_PASSWORD,
    });
    return { id: created.id, email, roles };
  };
  return {
    id: partnership.id,
    name: partnership.name,
    agencies: { police: police.id, health: health.id },
    coordinator: await user('coordinator', ['partnership_coordinator']),
    chair: await user('chair', ['independent_chair']),
    cspChair: await user('csp-chair', ['csp_chair']),
    panelMember: await user('panel', ['panel_member'], police.id),
    policeAuthor: await user('police-author', ['imr_author'], police.id),
    healthAuthor: await user('health-author', ['imr_author'], health.id),
    leadOfficer: await user('lead-officer', ['lead_officer'], health.id),
  };
}

/** Signs in and returns the bearer header value and the refresh cookie. */
export async function signIn(
  http: TestAgent,
  email: string,
  password = TEST_PASSWORD,
): Promise<{ authorization: string; cookie: string }> {
  const response = await http.post('/api/v1/auth/login').send({ email, password }).expect(200);
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return {
    authorization: `Bearer ${response.body.accessToken as string}`,
    cookie: setCookie.map((c) => c.split(';')[0]).join('; '),
  };
}
