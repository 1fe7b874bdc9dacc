/** Kinds of organisation that take part in reviews (seed 003's panel and IMR agencies, seed 002's services). */
export const AGENCY_TYPES = {
  police: 'Police',
  probation: 'Probation',
  local_authority: 'Local authority (council)',
  adult_social_care: 'Adult social care',
  childrens_social_care: 'Children’s social care',
  housing: 'Housing',
  nhs_acute_trust: 'NHS acute trust',
  nhs_mental_health_trust: 'NHS mental health trust',
  nhs_commissioner: 'NHS commissioner (ICB or CCG)',
  gp_practice: 'GP practice',
  ambulance: 'Ambulance service',
  substance_misuse: 'Substance misuse service',
  domestic_abuse_service: 'Domestic abuse service',
  victim_support: 'Victim support',
  charity: 'Charity or voluntary organisation',
  education: 'Education',
  other: 'Other',
} as const;

export type AgencyType = keyof typeof AGENCY_TYPES;

export const AGENCY_TYPE_KEYS = Object.keys(AGENCY_TYPES) as AgencyType[];
