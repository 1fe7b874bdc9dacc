import { Injectable, Logger } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { UserDirectory } from '@dhr/identity';
import { can, PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { DomainError, NotFoundError, PartnershipId, UserId } from '@dhr/platform-domain';
import { DEFAULT_JOB_OPTIONS, Outbox } from '@dhr/platform-queue';
import { IMPORT_ACTION_PLAN } from '../jobs/learning.jobs';
import { PlanImportJob, PlanImportJobRepository } from '../persistence/plan-import-job.repository';
import { LearningAccess } from './learning-access';
import { PlanImportOptions, PlanImportService, PlanUpload } from './plan-import.service';

/**
 * A large action plan imported in the background. The request checks the plan as the preview did (a plan with
 * errors is refused at once and nothing is kept) and stores the file and the choices made; the worker then
 * imports it all or nothing, as the person who asked, writing its progress outside the import's transaction so
 * the coordinator can watch it. A job that runs twice imports once: a re-import changes nothing.
 */
@Injectable()
export class PlanImportJobs {
  private readonly logger = new Logger(PlanImportJobs.name);

  constructor(
    private readonly db: Db,
    private readonly access: LearningAccess,
    private readonly imports: PlanImportService,
    private readonly jobs: PlanImportJobRepository,
    private readonly users: UserDirectory,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  request(actor: PartnershipActor, upload: PlanUpload, options: PlanImportOptions): Promise<PlanImportJob> {
    return this.db.transaction(async () => {
      const preview = await this.imports.check(actor, upload, options);
      const job = await this.jobs.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        status: 'queued',
        filename: upload.filename.slice(0, 255),
        content: upload.content,
        options: { ...options, mapping: preview.mapping },
        rowsTotal: preview.summary.actions,
        rowsDone: 0,
        counts: null,
        problems: null,
        requestedBy: actor.userId,
        finishedAt: null,
      });
      await this.outbox.enqueue(
        IMPORT_ACTION_PLAN,
        { partnershipId: actor.partnershipId, jobId: job.id },
        actor.partnershipId,
      );
      await this.audit.record(actor, {
        action: 'action-plan-import.requested',
        entityType: 'plan-import-job',
        entityId: job.id,
        after: { filename: job.filename, rowsTotal: job.rowsTotal, options: job.options },
      });
      return job;
    });
  }

  async find(actor: PartnershipActor, id: string): Promise<PlanImportJob> {
    this.access.assertManager(actor);
    const job = await this.jobs.find(actor.partnershipId, id);
    if (!job) throw new NotFoundError('Import');
    return job;
  }

  /** The worker's part. `attempt` counts from 1; after the last, a failure is final. */
  async run(partnershipId: PartnershipId, jobId: string, attempt: number): Promise<void> {
    const job = await this.jobs.find(partnershipId, jobId);
    const content = job ? await this.jobs.content(partnershipId, jobId) : null;
    if (!job || job.status === 'done' || job.status === 'failed' || !content) {
      this.logger.warn(`Plan import ${jobId} has nothing left to import`);
      return;
    }
    const actor = await this.requester(job);
    if (!actor) {
      await this.finish(job, 'failed', null, [
        { field: 'requestedBy', message: 'The person who asked for this import can no longer import plans' },
      ]);
      return;
    }
    await this.jobs.update(partnershipId, jobId, { status: 'running', rowsDone: 0, problems: null });
    try {
      await this.db.transaction(async () => {
        const result = await this.imports.importChecked(
          actor,
          { filename: job.filename, content },
          null,
          job.options as PlanImportOptions,
          // told after each batch of rows the writer writes (PlanImportWriter)
          (done) =>
            this.db
              .outside(() => this.jobs.update(partnershipId, jobId, { rowsDone: done }))
              .then(() => undefined),
        );
        await this.finish(job, 'done', { ...result.counts }, null);
      });
    } catch (error) {
      if (error instanceof DomainError && error.kind !== 'conflict') {
        await this.finish(job, 'failed', null, problemsOf(error));
        return;
      }
      const last = attempt >= (DEFAULT_JOB_OPTIONS.attempts ?? 1);
      await this.jobs.update(partnershipId, jobId, {
        status: last ? 'failed' : 'queued',
        rowsDone: 0,
        problems: [
          {
            field: 'file',
            message: last
              ? 'The import could not be completed and nothing was imported: try again later'
              : 'The import was interrupted and nothing was imported yet: it will be tried again shortly',
          },
        ],
        ...(last ? { content: null, finishedAt: new Date() } : {}),
      });
      throw error;
    }
  }

  /** The person who asked, as they are now: still active, still allowed to import. */
  private async requester(job: PlanImportJob): Promise<PartnershipActor | null> {
    const user = await this.users.user(job.partnershipId, job.requestedBy as UserId);
    if (!user || user.status !== 'active') return null;
    const actor: PartnershipActor = {
      userId: user.id,
      partnershipId: job.partnershipId,
      agencyId: user.agencyId,
      roles: user.roles,
      sessionId: `plan-import:${job.id}`,
      requestId: `plan-import:${job.id}`,
    };
    return can(actor, 'learning.manage') ? actor : null;
  }

  private async finish(
    job: PlanImportJob,
    status: 'done' | 'failed',
    counts: Record<string, number> | null,
    problems: { field: string; message: string }[] | null,
  ): Promise<void> {
    await this.jobs.update(job.partnershipId, job.id, {
      status,
      counts,
      problems,
      content: null,
      rowsDone: status === 'done' ? job.rowsTotal : 0,
      finishedAt: new Date(),
    });
  }
}

function problemsOf(error: DomainError): { field: string; message: string }[] {
  return error.fieldProblems.length > 0
    ? error.fieldProblems.map(({ field, message }) => ({ field, message }))
    : [{ field: 'file', message: error.message }];
}
