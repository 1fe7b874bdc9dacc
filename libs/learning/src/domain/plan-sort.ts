/**
 * The orders of the action plan: as partnerships lay it out (by section, then reference), by target date
 * (soonest first, "to be agreed" last), by RAG (Red first), or by last update (never updated first, then the
 * oldest: whom to chase). Each ends with the natural reference ("1.2" before "1.10").
 */
export const PLAN_SORTS = ['plan', 'target', 'rag', 'updated'] as const;
export type PlanSort = (typeof PLAN_SORTS)[number];
