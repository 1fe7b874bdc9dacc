import type { MigrationInterface } from 'typeorm';
import { Platform1764028800000 } from './1764028800000-platform';
import { Documents1764028800001 } from './1764028800001-documents';
import { Reviews1764115200000 } from './1764115200000-reviews';
import { ReviewClockAlerts1764201600000 } from './1764201600000-review-clock-alerts';
import { Imr1764288000000 } from './1764288000000-imr';
import { ChronologyChecks1764374400000 } from './1764374400000-chronology-checks';
import { Learning1764460800000 } from './1764460800000-learning';
import { PlanImportJobs1764547200000 } from './1764547200000-plan-import-jobs';
import { NaturalSortKey1764633600000 } from './1764633600000-natural-sort-key';
import { UnratedImportedProgress1764720000000 } from './1764720000000-unrated-imported-progress';
import { PlanAgencyNames1764806400000 } from './1764806400000-plan-agency-names';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. Landed migrations are history: add a new one, never edit one. */
export const migrations: MigrationClass[] = [
  Platform1764028800000,
  Documents1764028800001,
  Reviews1764115200000,
  ReviewClockAlerts1764201600000,
  Imr1764288000000,
  ChronologyChecks1764374400000,
  Learning1764460800000,
  PlanImportJobs1764547200000,
  NaturalSortKey1764633600000,
  UnratedImportedProgress1764720000000,
  PlanAgencyNames1764806400000,
];
