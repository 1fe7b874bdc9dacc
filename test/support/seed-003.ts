/**
 * Seed 003 (/work/shared/seeds/003_*.txt): the Safer Rotherham Partnership's review of the death of MA 1, as
 * its report gives the agencies, the panel and the terms of reference. Shared by the tests that replay it.
 */

/** Section 2.3: the agencies that submitted IMRs (types from libs/partnerships/src/domain/agency-type.ts). */
export const SEED_003_IMR_AGENCIES = {
  choicesAndOptions: ['Choices and Options', 'C&O', 'domestic_abuse_service'],
  police: ['South Yorkshire Police', 'SYP', 'police'],
  housing: ['Housing and Neighbourhood Services RMBC', 'H&NS', 'housing'],
  headway: ['Headway', null, 'charity'],
  actionHousing: ['Action Housing and Support', null, 'housing'],
  rotherhamTrust: ['Rotherham NHS Foundation Trust', 'TRFT', 'nhs_acute_trust'],
  probation: ['South Yorkshire Probation Trust', 'SYPT', 'probation'],
  stAnns: ['St Ann’s Medical Centre', null, 'gp_practice'],
  stag: ['Stag Medical Practice', null, 'gp_practice'],
  lifeline: ['Lifeline', null, 'substance_misuse'],
  adultServices: ['Adult Services RMBC', null, 'adult_social_care'],
  ambulance: ['Yorkshire Ambulance Service', 'YAS', 'ambulance'],
  sheffieldHospitals: ['Sheffield Teaching Hospitals NHS Foundation Trust', 'STH', 'nhs_acute_trust'],
  rdash: [
    'Rotherham Doncaster and South Humber NHS Foundation Trust (mental health and substance misuse)',
    'RDaSH',
    'nhs_mental_health_trust',
  ],
  idva: ['Independent Domestic Violence Advocacy (IDVA) RMBC', 'IDVA', 'domestic_abuse_service'],
} as const;
export type Seed003ImrAgency = keyof typeof SEED_003_IMR_AGENCIES;

/** Section 2.2: the panel of 22, with the IMR agency each represents where the report makes it plain. */
export const SEED_003_PANEL: [
  name: string,
  organisation: string,
  jobTitle: string | null,
  agency: Seed003ImrAgency | null,
][] = [
  ['Ruth Fletcher-Brown', 'Rotherham Metropolitan Borough Council', 'Public Health', null],
  ['Annette Carey', 'Choices and Options', 'Area Manager', 'choicesAndOptions'],
  ['Alison Lancaster', 'Rotherham Doncaster and South Humber NHS Foundation Trust', 'Mental Health', 'rdash'],
  ['Sue Ludham', 'South Yorkshire Probation Trust', 'Deputy Director', 'probation'],
  ['Helen Greig', 'Action Housing and Support', 'Director of Client Support Services', 'actionHousing'],
  [
    'Helen Wood',
    'RMBC Adult Services',
    'Safeguarding Adults Coordinator and Domestic Abuse and IDVA Manager',
    'adultServices',
  ],
  ['Jason Horsley', 'Rotherham Metropolitan Borough Council', 'Consultant Public Health', null],
  ['Elisa Pack', 'Victim Support', 'Senior Services Delivery Manager', null],
  ['Cherryl Henry-Leach', 'Rotherham Metropolitan Borough Council', 'SRP Domestic Abuse Coordinator', null],
  [
    'Sam Newton',
    'Rotherham Metropolitan Borough Council',
    'Service Manager Safeguarding Adults',
    'adultServices',
  ],
  [
    'Steve Parry',
    'Rotherham Metropolitan Borough Council',
    'SRP Neighbourhood Crime and Anti-Social Behaviour Manager',
    null,
  ],
  ['Katie Sidebottom', 'Care and Supported Housing', 'Key Worker', null],
  ['Helen Smith', 'South Yorkshire Police', 'Sergeant', 'police'],
  ['Rob Stanton', 'Headway', null, 'headway'],
  ['Jean Summerfield', 'Rotherham NHS Foundation Trust', 'Named Nurse Adult Safeguarding', 'rotherhamTrust'],
  ['Victoria Swinbourne', 'Lifeline', 'Service Manager', 'lifeline'],
  [
    'Sue Bower',
    'Rotherham Doncaster and South Humber NHS Foundation Trust',
    'Safeguarding Adults Lead Professional',
    'rdash',
  ],
  [
    'Matt Pollard',
    'Rotherham Doncaster and South Humber NHS Foundation Trust',
    'Drug and Alcohol Services Manager',
    'rdash',
  ],
  ['Alun Windle', 'Rotherham Clinical Commissioning Group', null, null],
  ['Paul Walsh', 'Rotherham Metropolitan Borough Council', 'Housing and Communities Manager', 'housing'],
  ['David Blain', 'Yorkshire Ambulance Service', 'Head of Safeguarding', 'ambulance'],
  ['Sue Wynne', 'Rotherham Women’s Refuge', 'Refuge Coordination', null],
];

/** Section 2.5.1. */
export const SEED_003_PURPOSE = [
  'Establish what lessons are to be learned from the domestic homicide regarding the way in which local professionals and organisations work individually and together to safeguard victims.',
  'Identify clearly what those lessons are both within and between agencies, how and within what timescales they will be acted on, and what is expected to change as a result.',
  'Apply these lessons to service responses including changes to policies and procedures as appropriate.',
  'Prevent domestic violence, abuse and homicides and improve service responses for all domestic violence and abuse victims and their children through improved intra and inter-agency working.',
].join('\n');

/** Section 2.5.3: terms 1 to 10, agreed at the first panel meeting. */
export const SEED_003_QUESTIONS_1_TO_10 = [
  'Were the risk indicators for domestic abuse present in this case recognised, properly assessed and responded to in providing services to MA 1 [the victim] and MA 2 the alleged perpetrator? If not, what was the reason for this?',
  'Were the services provided for MA 1 and MA 2 timely, proportionate and “fit for purpose” in relation to the levels of risk and need that were identified?',
  'How did agencies ascertain the wishes and feelings of MA 1 and MA 2 about their victimisation/position and were their views taken into account when providing services or support?',
  'How effective was inter-agency information sharing and cooperation in response to MA 1 and MA 2’s situation? What consideration was given to sharing information between agencies from different authorities in support of MA 1 and MA 2 and was it effective?',
  'How do agencies within the Safer Rotherham Partnership support victims from LGBT [lesbian, gay, bisexual and transgender] and other minority groups who disclose domestic abuse?',
  'How were any racial, cultural, linguistic, faith or other diversity issues, taken into account during assessments and provision of services to MA 1 and MA 2?',
  'Were the reasons for MA 2’s abusive behaviour properly understood and addressed? Was there sufficient focus on reducing the impact of MA 2’s abusive behaviours towards MA 1 by applying an appropriate mix of sanctions [arrest/charge] and treatment interventions?',
  'Were single and multi-agency policies and procedures, including the MARAC protocols, followed and are they embedded in practice and were any gaps identified?',
  'How effective was the supervision and management of practitioners involved with responding to the needs of MA 1 and MA 2’s. Did managers have effective oversight and control of the case?',
  'Were there any issues in relation to capacity or resources within the Partnership and its agencies that affected the ability to provide services to MA 1 and MA 2 or to work with other agencies?',
];
/** Added at the second panel meeting, 6 February 2014, for consideration by IMR authors. */
export const SEED_003_QUESTIONS_11_AND_12 = [
  'Was the risk to family members of MA 1 and MA 2, in particular their mothers, recognised as Domestic Abuse?',
  'When risks to family members were identified and managed, was the risk to either MA 1 or MA 2 as immediate partners considered?',
];
