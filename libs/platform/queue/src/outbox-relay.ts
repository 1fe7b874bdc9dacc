import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { definedJobs, jobNamed } from './job';
import { DEFAULT_JOB_OPTIONS } from './queues';

interface PendingRow {
  id: string;
  job_name: string;
  payload_version: number;
  payload: unknown;
}

/** How long a relayed message may stay unprocessed before it is handed to BullMQ again (Redis lost it?). */
const REDELIVER_AFTER = '15 minutes';
const BATCH = 200;

/**
 * Moves outbox rows to BullMQ. Rows are locked with SKIP LOCKED so several workers can relay at once;
 * the job id is the outbox id, so adding the same row twice creates one job. Only jobs this process knows
 * are taken: a row written by a newer release (during a rolling deploy) waits for a worker that knows it,
 * rather than being picked up, skipped and picked up again ahead of the rows behind it.
 */
export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queueFor: (name: string) => Queue,
  ) {}

  /** Relays one batch; returns how many rows it handed over. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, job_name, payload_version, payload FROM outbox_message
          WHERE processed_at IS NULL AND job_name = ANY($1)
            AND (relayed_at IS NULL OR relayed_at < now() - interval '${REDELIVER_AFTER}')
          ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [definedJobs().map((job) => job.name)],
      );
      for (const row of rows) {
        const job = jobNamed(row.job_name);
        if (!job) throw new Error(`Outbox message ${row.id} names unknown job ${row.job_name}`);
        await this.queueFor(job.queue).add(
          job.name,
          { v: row.payload_version, payload: row.payload },
          { ...DEFAULT_JOB_OPTIONS, jobId: row.id },
        );
        await manager.query(`UPDATE outbox_message SET relayed_at = now() WHERE id = $1`, [row.id]);
      }
      return rows.length;
    });
  }
}
