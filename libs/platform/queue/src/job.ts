/**
 * A job is a durable contract between whoever enqueues it and its one processor: the name
 * `<context>.<verb-noun>` (the queue is the context), a payload type and a payload version.
 */
export interface JobDefinition<P> {
  readonly name: string;
  readonly queue: string;
  readonly version: number;
  /** type-only: carries the payload type */
  readonly payload?: P;
}

export interface JobEnvelope<P> {
  v: number;
  payload: P;
}

const JOB_NAME = /^([a-z][a-z0-9]*)\.([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;
const registry = new Map<string, JobDefinition<unknown>>();

export function defineJob<P>(name: string, version = 1): JobDefinition<P> {
  const match = JOB_NAME.exec(name);
  if (!match)
    throw new Error(`Job name "${name}" must be <context>.<verb-noun>, e.g. notifications.send-email`);
  if (registry.has(name)) throw new Error(`Job "${name}" is defined twice`);
  const definition: JobDefinition<P> = { name, queue: match[1] as string, version };
  registry.set(name, definition);
  return definition;
}

/** Every job defined by the code loaded in this process. */
export function definedJobs(): JobDefinition<unknown>[] {
  return [...registry.values()];
}

export function jobNamed(name: string): JobDefinition<unknown> | undefined {
  return registry.get(name);
}
