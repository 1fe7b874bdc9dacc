/** Branded ids: a partnership id cannot be passed where a user id is expected, and vice versa. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

export type PartnershipId = Brand<string, 'PartnershipId'>;
export type AgencyId = Brand<string, 'AgencyId'>;
export type UserId = Brand<string, 'UserId'>;
