import { Injectable, Logger } from '@nestjs/common';
import { UserProvisioning } from '@dhr/identity';
import { AgencyService, PartnershipService } from '@dhr/partnerships';
import { inPartnership, systemActor } from '@dhr/platform-auth';
import { newId } from '@dhr/platform-database';
import { AgencyId, UserId } from '@dhr/platform-domain';
import { DEMO_PASSWORD, DemoPartnership, NORTHSHIRE, ROTHERHAM, SYSTEM_ADMIN } from './demo-data';
import { DemoLearningSeeder } from './demo-learning';
import { DemoDirectory, DemoReviewSeeder } from './demo-review';

/** Loads the demo partnerships and one user per role. Idempotent: what exists is left alone. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly partnerships: PartnershipService,
    private readonly agencies: AgencyService,
    private readonly provisioning: UserProvisioning,
    private readonly reviews: DemoReviewSeeder,
    private readonly learning: DemoLearningSeeder,
  ) {}

  async seed(): Promise<void> {
    await this.createSystemAdmin(SYSTEM_ADMIN.email, SYSTEM_ADMIN.displayName, DEMO_PASSWORD);
    for (const demo of [ROTHERHAM, NORTHSHIRE]) await this.seedPartnership(demo);
  }

  async createSystemAdmin(email: string, displayName: string, password: string): Promise<void> {
    const { created } = await this.provisioning.ensureActiveUser(systemActor(null, `seed-${newId()}`), {
      email,
      displayName,
      partnershipId: null,
      agencyId: null,
      roles: ['system_admin'],
      password,
    });
    this.logger.log(`${created ? 'Created' : 'Kept'} system administrator ${email}`);
  }

  private async seedPartnership(demo: DemoPartnership): Promise<void> {
    const requestId = `seed-${newId()}`;
    const existing = (await this.partnerships.list()).find((p) => p.name === demo.name);
    const partnership =
      existing ??
      (await this.partnerships.create(systemActor(null, requestId), {
        name: demo.name,
        referencePrefix: demo.referencePrefix,
      }));
    const actor = inPartnership(systemActor(partnership.id, requestId));
    const agencies = new Map((await this.agencies.list(actor, true)).map((a) => [a.name, a.id]));
    for (const agency of demo.agencies) {
      if (!agencies.has(agency.name))
        agencies.set(agency.name, (await this.agencies.create(actor, agency)).id);
    }
    const users = new Map<string, UserId>();
    for (const user of demo.users) {
      const provisioned = await this.provisioning.ensureActiveUser(actor, {
        ...user,
        partnershipId: partnership.id,
        agencyId: user.agency ? (agencies.get(user.agency) as AgencyId) : null,
        password: DEMO_PASSWORD,
      });
      users.set(user.email, provisioned.user.id);
    }
    const directory: DemoDirectory = {
      user: (email) => required(users, email),
      agency: (name) => required(agencies, name) as AgencyId,
    };
    // the review under way first: it seeds only into a partnership without reviews
    if (demo.withDemoReview) await this.reviews.seed(actor, directory);
    if (demo.withDemoLearning) await this.learning.seed(actor, directory);
    this.logger.log(
      `Demo partnership ready: ${demo.name} (${demo.agencies.length} agencies, ${demo.users.length} users)`,
    );
  }
}

/** A value the demo data itself names: its absence is a mistake in demo-data.ts. */
function required<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data names "${key}", which it does not define`);
  return value;
}
