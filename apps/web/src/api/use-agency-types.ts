import { api, Schemas } from './client';
import { Fetched, useFetched } from './use-fetched';

/** The kinds of agency the service knows (police, probation, NHS trusts, ...), with their names. */
export function useAgencyTypes(): Fetched<Schemas['AgencyTypeResponse'][]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/agency-types');
    return { ...result, data: result.data?.items };
  }, []);
}
