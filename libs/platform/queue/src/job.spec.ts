import { defineJob, definedJobs, jobNamed } from './job';

describe('job registry', () => {
  it('takes the queue from the context in the name', () => {
    const job = defineJob<{ id: string }>('reviews.send-deadline-reminder', 2);
    expect(job).toEqual({ name: 'reviews.send-deadline-reminder', queue: 'reviews', version: 2 });
    expect(jobNamed('reviews.send-deadline-reminder')).toBe(job);
    expect(definedJobs()).toContain(job);
  });

  it.each([
    'SendEmail',
    'notifications',
    'notifications.SendEmail',
    'notifications.send_email',
    '.send-email',
  ])('refuses the name %s', (name) => {
    expect(() => defineJob(name)).toThrow(/<context>\.<verb-noun>/);
  });

  it('refuses a job defined twice', () => {
    defineJob('imr.request-report');
    expect(() => defineJob('imr.request-report')).toThrow(/defined twice/);
  });
});
