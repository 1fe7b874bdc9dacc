import { Role } from '@dhr/platform-auth';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
export const QUEUE_DASHBOARD_COOKIE = 'dhr_queue_dashboard';

export interface QueueDashboardClaims {
  purpose: 'queue-dashboard';
  sub: string;
  sid: string;
  roles: Role[];
}
