import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { UserDirectory } from '@dhr/identity';
import { EmailOutbox } from '@dhr/notifications';
import { PartnershipDirectory } from '@dhr/partnerships';
import { systemActor } from '@dhr/platform-auth';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { Db, newId } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ClockAlert, clockAlertEmail, clockAlerts } from '../domain/clock-alerts';
import { Review } from '../domain/review';
import { ReviewClockAlertRepository } from '../persistence/review-clock-alert.repository';
import { ReviewRepository } from '../persistence/review.repository';
import { ReviewFactsGatherer } from './review-facts';

/**
 * The daily check of every running review's clocks: a coordinator (and, for completion, the chair) is told
 * once when a clock is due soon and once when it is overdue. Each alert is claimed and its emails queued in
 * one transaction, so a check that fails part-way loses nothing and a check run twice sends nothing twice.
 */
@Injectable()
export class ClockAlertsService {
  private readonly logger = new Logger(ClockAlertsService.name);

  constructor(
    private readonly db: Db,
    private readonly directory: PartnershipDirectory,
    private readonly reviews: ReviewRepository,
    private readonly facts: ReviewFactsGatherer,
    private readonly alerts: ReviewClockAlertRepository,
    private readonly users: UserDirectory,
    private readonly email: EmailOutbox,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async checkAll(now = new Date()): Promise<number> {
    let sent = 0;
    for (const partnership of await this.directory.all()) sent += await this.check(partnership.id, now);
    if (sent > 0) this.logger.log(`Sent ${sent} review clock alerts`);
    return sent;
  }

  /** The alerts of one partnership; the number newly sent. */
  async check(partnershipId: PartnershipId, now = new Date()): Promise<number> {
    const running = await this.reviews.listRunning(partnershipId);
    const clocks = await this.facts.clocksOfMany(partnershipId, running, now);
    let sent = 0;
    for (const [index, review] of running.entries()) {
      const reviewClocks = clocks[index];
      if (!reviewClocks) continue;
      for (const alert of clockAlerts(reviewClocks)) {
        if (await this.send(review, alert)) sent += 1;
      }
    }
    return sent;
  }

  private send(review: Review, alert: ClockAlert): Promise<boolean> {
    return this.db.transaction(async () => {
      if (!(await this.alerts.claim(review.partnershipId, review.id, alert))) return false;
      const email = clockAlertEmail(review.reference, alert, `${this.config.publicUrl}/reviews/${review.id}`);
      for (const to of await this.recipients(review, alert)) {
        await this.email.send({ partnershipId: review.partnershipId, to, ...email });
      }
      await this.audit.record(systemActor(review.partnershipId, `clock-alert-${newId()}`), {
        action: 'review.clock-alert-sent',
        entityType: 'review',
        entityId: review.id,
        after: { ...alert },
      });
      return true;
    });
  }

  private async recipients(review: Review, alert: ClockAlert): Promise<string[]> {
    const coordinators = await this.users.activeWithRole(review.partnershipId, 'partnership_coordinator');
    const addresses = coordinators.map((user) => user.email);
    if (alert.clock === 'completion' && review.chair) {
      const chair = await this.users.user(review.partnershipId, review.chair.userId);
      if (chair?.status === 'active') addresses.push(chair.email);
    }
    return [...new Set(addresses)];
  }
}
