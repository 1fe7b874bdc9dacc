import { AgencyType } from '@dhr/partnerships';
import { Role } from '@dhr/platform-auth';

/** Every demo account shares this password; demo data is never loaded in production. */
export const DEMO_PASSWORD = 'Demo-password-2026';

export interface DemoAgency {
  name: string;
  shortName?: string;
  type: AgencyType;
}

export interface DemoUser {
  email: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  /** the agency's name, for users who work for one */
  agency?: string;
}

export interface DemoPartnership {
  name: string;
  referencePrefix: string;
  agencies: DemoAgency[];
  users: DemoUser[];
  /** a review under way, shaped on seed 003 (see demo-review.ts) */
  withDemoReview?: boolean;
  /** an earlier, published review with its lessons, and the action plan (see demo-learning.ts) */
  withDemoLearning?: boolean;
}

/**
 * The partnership and agencies of seed 003 (the Safer Rotherham Partnership's review of MA 1's death): its
 * 15 IMR agencies, 2 non-IMR contributors and the panel's other organisations. The people are invented.
 */
export const ROTHERHAM: DemoPartnership = {
  name: 'Safer Rotherham Partnership',
  referencePrefix: 'DHR',
  withDemoReview: true,
  withDemoLearning: true,
  agencies: [
    { name: 'Choices and Options', shortName: 'C&O', type: 'domestic_abuse_service' },
    { name: 'South Yorkshire Police', shortName: 'SYP', type: 'police' },
    { name: 'Housing and Neighbourhood Services RMBC', type: 'housing' },
    { name: 'Headway', type: 'charity' },
    { name: 'Action Housing and Support', type: 'housing' },
    { name: 'Rotherham NHS Foundation Trust', shortName: 'TRFT', type: 'nhs_acute_trust' },
    { name: 'South Yorkshire Probation Trust', shortName: 'SYPT', type: 'probation' },
    { name: 'St Ann’s Medical Centre', type: 'gp_practice' },
    { name: 'Stag Medical Practice', type: 'gp_practice' },
    { name: 'Lifeline', type: 'substance_misuse' },
    { name: 'Adult Services RMBC', type: 'adult_social_care' },
    { name: 'Yorkshire Ambulance Service', shortName: 'YAS', type: 'ambulance' },
    { name: 'Sheffield Teaching Hospitals NHS Foundation Trust', shortName: 'STH', type: 'nhs_acute_trust' },
    {
      name: 'Rotherham Doncaster and South Humber NHS Foundation Trust',
      shortName: 'RDaSH',
      type: 'nhs_mental_health_trust',
    },
    {
      name: 'Independent Domestic Violence Advocacy Service RMBC',
      shortName: 'IDVA',
      type: 'domestic_abuse_service',
    },
    { name: 'Metropolitan Police Croydon', type: 'police' },
    { name: 'Victim Support', type: 'victim_support' },
    { name: 'Rotherham Metropolitan Borough Council', shortName: 'RMBC', type: 'local_authority' },
    { name: 'Rotherham Clinical Commissioning Group', shortName: 'CCG', type: 'nhs_commissioner' },
    { name: 'Rotherham Women’s Refuge', type: 'domestic_abuse_service' },
  ],
  users: [
    {
      email: 'coordinator@rotherham.demo',
      displayName: 'Priya Shah',
      jobTitle: 'Domestic Abuse Coordinator',
      roles: ['partnership_coordinator'],
      agency: 'Rotherham Metropolitan Borough Council',
    },
    {
      email: 'csp-chair@rotherham.demo',
      displayName: 'Graham Ellis',
      jobTitle: 'Chair, Safer Rotherham Partnership',
      roles: ['csp_chair'],
    },
    {
      email: 'chair@rotherham.demo',
      displayName: 'Morag Lindsay',
      jobTitle: 'Independent Chair and Author',
      roles: ['independent_chair'],
    },
    {
      email: 'panel@rotherham.demo',
      displayName: 'Tom Okafor',
      jobTitle: 'Detective Inspector, Public Protection',
      roles: ['panel_member'],
      agency: 'South Yorkshire Police',
    },
    {
      email: 'imr-author@rotherham.demo',
      displayName: 'Helen Marsh',
      jobTitle: 'Named Nurse, Adult Safeguarding',
      roles: ['imr_author'],
      agency: 'Rotherham NHS Foundation Trust',
    },
    {
      email: 'senior-manager@rotherham.demo',
      displayName: 'Claire Dunn',
      jobTitle: 'Head of Safeguarding',
      roles: ['lead_officer'],
      agency: 'Rotherham NHS Foundation Trust',
    },
    {
      email: 'imr-author.police@rotherham.demo',
      displayName: 'Sam Burton',
      jobTitle: 'Review Officer',
      roles: ['imr_author'],
      agency: 'South Yorkshire Police',
    },
    {
      email: 'lead-officer@rotherham.demo',
      displayName: 'Anil Mistry',
      jobTitle: 'Service Manager, Safeguarding Adults',
      roles: ['lead_officer'],
      agency: 'Adult Services RMBC',
    },
  ],
};

/** A second partnership, so that isolation between partnerships can be tried. */
export const NORTHSHIRE: DemoPartnership = {
  name: 'Northshire Community Safety Partnership',
  referencePrefix: 'DARDR',
  agencies: [
    { name: 'Northshire Constabulary', type: 'police' },
    { name: 'Northshire County Council Adult Social Care', type: 'adult_social_care' },
    { name: 'Northshire Healthcare NHS Trust', type: 'nhs_acute_trust' },
  ],
  users: [
    {
      email: 'coordinator@northshire.demo',
      displayName: 'Ruth Adeyemi',
      jobTitle: 'Community Safety Manager',
      roles: ['partnership_coordinator'],
    },
    {
      email: 'imr-author@northshire.demo',
      displayName: 'Kieran Doyle',
      jobTitle: 'Safeguarding Lead',
      roles: ['imr_author'],
      agency: 'Northshire Constabulary',
    },
  ],
};

export const SYSTEM_ADMIN: DemoUser = {
  email: 'admin@dhr.demo',
  displayName: 'System Administrator',
  jobTitle: 'Service administrator',
  roles: ['system_admin'],
};
