import { Redis } from 'ioredis';

/** A connection for BullMQ: workers need `maxRetriesPerRequest: null` to block on queues. */
export function redisConnection(url: string, name: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    connectionName: name,
    lazyConnect: false,
  });
}
