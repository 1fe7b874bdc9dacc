import { Injectable } from '@nestjs/common';
import { Db, newId } from '@dhr/platform-database';
import { JobDefinition } from './job';
import { OutboxMessageEntity } from './outbox-message.entity';

/** Enqueue a job as part of the current change: it runs only if the change commits, and then surely. */
@Injectable()
export class Outbox {
  constructor(private readonly db: Db) {}

  async enqueue<P>(job: JobDefinition<P>, payload: P, partnershipId: string | null = null): Promise<string> {
    if (!this.db.inTransaction) throw new Error(`Outbox.enqueue(${job.name}) must run inside a transaction`);
    const id = newId();
    await this.db.repository(OutboxMessageEntity).insert({
      id,
      partnershipId,
      jobName: job.name,
      payloadVersion: job.version,
      payload: payload as object,
    });
    return id;
  }
}
