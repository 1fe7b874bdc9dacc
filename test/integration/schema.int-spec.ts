import { DataSource } from 'typeorm';
import { pendingSchemaChanges } from '@dhr/platform-database';
import { startTestApi, TestApi } from '../support';

/** CI's check that entities and migrations agree: the migrated database needs no change for the entities. */
describe('entities and migrations', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('agree: a migrated database needs no further change', async () => {
    const dataSource = api.app.get(DataSource);
    expect(dataSource.entityMetadatas.length).toBeGreaterThanOrEqual(10);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });
});
