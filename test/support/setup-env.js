// Every test runs in UTC, whatever the machine's zone, so date rules are tested as they run in production.
process.env.TZ = 'UTC';
