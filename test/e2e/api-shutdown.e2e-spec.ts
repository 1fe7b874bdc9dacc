import { givenPartnership, signIn, startTestApi } from '../support';

const openSockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;

async function eventually(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Closing the api closes every connection it opened: PostgreSQL, the Redis of health checks and the queue
 * dashboard, the Redis of the sign-in rate limit. One left open keeps a process (or a test run) alive.
 */
describe('api shutdown', () => {
  it('leaves no connection open after close', async () => {
    await eventually(() => openSockets() === 0, 2_000);
    const before = openSockets();
    const api = await startTestApi();
    const partnership = await givenPartnership(api, 'Shutdown');
    // touch everything that opens a connection: database, Redis (health), the rate limiter (sign-in)
    await api.http.get('/api/health').expect(200);
    await signIn(api.http, partnership.coordinator.email);
    expect(openSockets()).toBeGreaterThan(before);

    await api.close();
    const closed = await eventually(() => openSockets() <= before, 3_000);
    expect({ closed, open: process.getActiveResourcesInfo() }).toMatchObject({ closed: true });
  });
});
