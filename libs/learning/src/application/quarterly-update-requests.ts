import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { UserDirectory } from '@dhr/identity';
import { EmailOutbox } from '@dhr/notifications';
import { PartnershipDirectory } from '@dhr/partnerships';
import { systemActor } from '@dhr/platform-auth';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { Db, newId } from '@dhr/platform-database';
import { PartnershipId, todayIn } from '@dhr/platform-domain';
import { Action } from '../domain/learning-records';
import { quarterOf } from '../domain/quarters';
import { ActionRepository } from '../persistence/action.repository';

/**
 * Each quarter, the lead officers of every open action not yet updated in the quarter are asked for their
 * update: one email per lead officer listing their actions. An action is asked about once a quarter, claimed
 * in the same transaction as the email is queued, so a run repeated or interrupted neither nags twice nor
 * forgets anyone.
 */
@Injectable()
export class QuarterlyUpdateRequests {
  private readonly logger = new Logger(QuarterlyUpdateRequests.name);

  constructor(
    private readonly db: Db,
    private readonly directory: PartnershipDirectory,
    private readonly actions: ActionRepository,
    private readonly users: UserDirectory,
    private readonly email: EmailOutbox,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestAll(now = new Date()): Promise<number> {
    let asked = 0;
    for (const partnership of await this.directory.all()) asked += await this.request(partnership.id, now);
    if (asked > 0) this.logger.log(`Asked for ${asked} quarterly action updates`);
    return asked;
  }

  /** The number of actions newly asked about in this partnership. */
  request(partnershipId: PartnershipId, now = new Date()): Promise<number> {
    const today = todayIn(now);
    const quarter = quarterOf(today);
    const quarterStart = `${quarter.year}-${String((quarter.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
    return this.db.transaction(async () => {
      const due = await this.actions.updateDueSince(partnershipId, quarterStart);
      const byRecipient = new Map<string, Action[]>();
      for (const action of due) {
        if (!(await this.actions.claimUpdateRequest(partnershipId, action.id, quarter.label))) continue;
        for (const email of await this.recipients(partnershipId, action)) {
          byRecipient.set(email, [...(byRecipient.get(email) ?? []), action]);
        }
      }
      for (const [to, actions] of byRecipient) {
        await this.email.send({
          partnershipId,
          to,
          subject: `Action plan: your ${quarter.label} update is due (${actions.length} action${actions.length === 1 ? '' : 's'})`,
          body:
            `Please give this quarter's update on these actions of the partnership's action plan:\n\n` +
            actions.map((action) => `- ${action.reference}`).join('\n') +
            `\n\n${this.config.publicUrl}/my-actions\n`,
        });
      }
      const asked =
        due.length && byRecipient.size ? new Set([...byRecipient.values()].flat().map((a) => a.id)).size : 0;
      if (asked > 0) {
        await this.audit.record(systemActor(partnershipId, `quarterly-${newId()}`), {
          action: 'action-plan.updates-requested',
          entityType: 'partnership',
          entityId: partnershipId,
          after: { quarter: quarter.label, actions: asked, recipients: byRecipient.size },
        });
      }
      return asked;
    });
  }

  /** The action's named lead officer; else every active lead officer of its agency. */
  private async recipients(partnershipId: PartnershipId, action: Action): Promise<string[]> {
    if (action.leadOfficerUserId) {
      const officer = await this.users.user(partnershipId, action.leadOfficerUserId);
      if (officer && officer.status === 'active') return [officer.email];
    }
    const officers = await this.users.activeWithRole(partnershipId, 'lead_officer');
    return officers.filter((user) => user.agencyId === action.leadAgencyId).map((user) => user.email);
  }
}
