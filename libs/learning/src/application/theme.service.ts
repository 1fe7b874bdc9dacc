import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { assertVersion, DomainError, NotFoundError } from '@dhr/platform-domain';
import { Theme } from '../domain/learning-records';
import { ThemeRepository } from '../persistence/theme.repository';
import { LearningAccess } from './learning-access';

export interface ThemeChanges {
  name?: string;
  active?: boolean;
}

/** The partnership's own list of themes (risk assessment, information sharing...), kept by the coordinator. */
@Injectable()
export class ThemeService {
  constructor(
    private readonly db: Db,
    private readonly access: LearningAccess,
    private readonly themes: ThemeRepository,
    private readonly audit: AuditLog,
  ) {}

  list(actor: PartnershipActor): Promise<Theme[]> {
    return this.themes.list(actor.partnershipId);
  }

  create(actor: PartnershipActor, name: string): Promise<Theme> {
    return this.db.transaction(async () => {
      this.access.assertManager(actor);
      await this.assertNameFree(actor, name);
      const theme = await this.themes.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        name: name.trim(),
        active: true,
      });
      await this.audit.record(actor, {
        action: 'theme.created',
        entityType: 'theme',
        entityId: theme.id,
        after: theme,
      });
      return theme;
    });
  }

  update(
    actor: PartnershipActor,
    id: string,
    expectedVersion: number,
    changes: ThemeChanges,
  ): Promise<Theme> {
    return this.db.transaction(async () => {
      this.access.assertManager(actor);
      const before = await this.themes.findForUpdate(actor.partnershipId, id);
      if (!before) throw new NotFoundError('Theme');
      assertVersion('This theme', before.version, expectedVersion);
      const name = changes.name?.trim();
      if (name !== undefined && name.toLowerCase() !== before.name.toLowerCase()) {
        await this.assertNameFree(actor, name);
      }
      const after = await this.themes.update(actor.partnershipId, id, {
        ...(name === undefined ? {} : { name }),
        ...(changes.active === undefined ? {} : { active: changes.active }),
      });
      await this.audit.record(actor, {
        action: 'theme.updated',
        entityType: 'theme',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  private async assertNameFree(actor: PartnershipActor, name: string): Promise<void> {
    if (await this.themes.findByName(actor.partnershipId, name.trim())) {
      throw new DomainError(
        'conflict',
        'theme_name_taken',
        `There is already a theme called "${name.trim()}".`,
        [{ field: 'name', message: 'Choose a name no other theme has' }],
      );
    }
  }
}
