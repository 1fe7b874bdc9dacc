import type { DataSourceOptions } from 'typeorm';
import { migrations } from '@dhr/migrations';

export function dataSourceOptions(
  databaseUrl: string,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: 10 },
  };
}
