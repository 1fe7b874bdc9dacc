import { api, Schemas } from './client';
import { Fetched, useFetched } from './use-fetched';

export type Agency = Schemas['AgencyResponse'];

/** The partnership's agencies (those no longer taking part too, when asked), for lists and choosers. */
export function useAgencies(includeInactive: boolean): Fetched<Agency[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/agencies', { params: { query: { includeInactive } } });
    return { ...result, data: result.data?.items };
  }, [includeInactive]);
}
