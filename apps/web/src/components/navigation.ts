import type { Role } from '../api/client';
import { Permission } from '../session/session';

export interface Destination {
  to: string;
  title: string;
  /** what the home page says the place is for */
  purpose: string;
  permission: Permission;
  /** shown only to holders of one of these roles too, when given */
  roles?: readonly Role[];
}

/** Whether the signed-in user's permissions and roles open the destination to them. */
export const isOpenTo = (
  destination: Destination,
  can: (permission: Permission) => boolean,
  roles: readonly Role[] = [],
) => can(destination.permission) && (!destination.roles || destination.roles.some((r) => roles.includes(r)));

/** Where a signed-in user can go, each shown only to those whose roles allow it. */
export const DESTINATIONS: readonly Destination[] = [
  {
    to: '/reviews',
    title: 'Reviews',
    purpose: 'The partnership’s reviews by stage, with their statutory deadlines, and new notifications.',
    permission: 'reviews.read',
  },
  {
    to: '/imr',
    title: 'IMRs',
    purpose:
      'The Individual Management Reviews your agency has been asked for: write them, and sign them off.',
    permission: 'imr.read',
    roles: ['imr_author', 'lead_officer'],
  },
  {
    to: '/actions',
    title: 'Action plan',
    purpose:
      'The actions that answer the reviews’ recommendations: who leads them, when, and how they are going.',
    permission: 'learning.read',
    roles: ['partnership_coordinator', 'csp_chair', 'independent_chair', 'panel_member'],
  },
  {
    to: '/learning',
    title: 'Learning',
    purpose:
      'The action plan at a glance, by RAG rating, agency, theme, review and quarter; and search of lessons and recommendations.',
    permission: 'learning.read',
    roles: ['partnership_coordinator', 'csp_chair', 'independent_chair', 'panel_member'],
  },
  {
    to: '/my-actions',
    title: 'My actions',
    purpose:
      'Your agency’s actions in the action plan: give each its quarterly update, and record completion.',
    permission: 'learning.read',
    roles: ['lead_officer'],
  },
  {
    to: '/themes',
    title: 'Themes',
    purpose: 'The partnership’s themes for grouping the lessons and recommendations of its reviews.',
    permission: 'learning.manage',
  },
  {
    to: '/users',
    title: 'Users',
    purpose: 'Invite people, give them roles and an agency, and deactivate accounts.',
    permission: 'users.read',
  },
  {
    to: '/agencies',
    title: 'Agencies',
    purpose: 'The organisations that take part in the partnership’s reviews.',
    permission: 'agencies.read',
  },
  {
    to: '/audit',
    title: 'Audit log',
    purpose: 'Every change in the partnership: who made it, and when.',
    permission: 'audit.read',
  },
  {
    to: '/partnerships',
    title: 'Partnerships',
    purpose: 'Set up Community Safety Partnerships and invite their first coordinators.',
    permission: 'partnerships.manage',
  },
  {
    to: '/mailbox',
    title: 'Mailbox',
    purpose: 'Emails the service has sent, while no mail server is configured (development only).',
    permission: 'mailbox.read',
  },
];
