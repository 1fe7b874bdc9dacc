/**
 * The learning of the demo partnership, as its coordinator would keep it. The lessons and recommendations are
 * those of an earlier review (DHR-2025-001, see demo-published-review.ts), worded after seed 003's §8 lessons,
 * §10 panel recommendations and Appendix B single-agency recommendations, beside those of a scrutiny review
 * (a second source, with its own key, as in seed 000). The action plan that answers them is in
 * demo-action-plan.ts.
 */

/** The partnership's own list of themes (domain.md, "Lesson"). */
export const THEMES = [
  'Risk assessment',
  'Information sharing',
  'GP involvement',
  'Adult safeguarding',
  'Substance misuse',
  'Mental health',
  'Same-sex relationships',
  'Multi-agency working',
  'Training and awareness',
  'Financial abuse',
] as const;

export type ThemeName = (typeof THEMES)[number];

/** The key of the scrutiny review's recommendations in the plan (seed 000's "S"). */
export const SCRUTINY_SOURCE = {
  key: 'S',
  name: 'Council scrutiny review of domestic abuse services (2025)',
  kind: 'scrutiny_review',
} as const;

export interface DemoLesson {
  narrative: string;
  statement: string;
  questionNumbers: number[];
  themes: ThemeName[];
}

export const LESSONS: DemoLesson[] = [
  {
    narrative:
      'Only two organisations completed a domestic abuse risk assessment: South Yorkshire Police after each call-out, and Choices and Options when Adult A was referred in 2023. Other agencies had opportunities to complete risk assessments but did not. A reasonable conclusion is that risk assessment in domestic abuse cases is not embedded within all relevant agencies in Rotherham.',
    statement:
      'If domestic abuse risk assessments are not completed, victims are denied the opportunity to have the risks they face from perpetrators systematically scrutinised and protective measures put in place. In brief, victims continue to be exposed to unknown and therefore uncontrolled risks.',
    questionNumbers: [1, 6],
    themes: ['Risk assessment'],
  },
  {
    narrative:
      'The domestic abuse continued and escalated through 2023 and 2024. Many agencies knew of the situation but, because each incident was assessed as standard or medium risk, the case never reached MARAC, and no one took responsibility for organising a multi-agency response and appointing a lead professional.',
    statement:
      'Repeat victims who do not meet the qualifying criteria of MARAC, MAPPA or adult safeguarding processes have no framework within which their cases can be considered, leaving them without effective coordinated services.',
    questionNumbers: [2, 4, 6],
    themes: ['Multi-agency working', 'Risk assessment'],
  },
  {
    narrative:
      'Adult A’s GP was the professional who saw her most often, twice with bruising she said came from falls. Most agencies did not tell her GP, or Adult B’s, about the domestic abuse, and the information that was shared was not pursued.',
    statement:
      'If professionals do not share information with GPs about their patients who are involved in domestic abuse, it leaves a gap in the resources available to support victims and perpetrators.',
    questionNumbers: [4],
    themes: ['GP involvement', 'Information sharing'],
  },
  {
    narrative:
      'Adult Services acted promptly in 2023 on a concern that Adult B was taking Adult A’s benefits, but treated it as a financial matter and closed it when she declined support. Several agencies were unsure when and how to refer Adult A to adult safeguarding and missed opportunities to do so.',
    statement:
      'Financial abuse by a partner is domestic abuse. Without referrals, adult safeguarding is unable to support victims of domestic abuse who have care and support needs and lessen the risks they face.',
    questionNumbers: [1, 6],
    themes: ['Adult safeguarding', 'Financial abuse'],
  },
  {
    narrative:
      'Adult A and Adult B were both dependent on alcohol. Adult B was seen twice by the mental health liaison team after attending A&E intoxicated, and by the alcohol service, but neither service asked about domestic abuse or shared what it knew with the other, and no one explored what drove his behaviour.',
    statement:
      'Without understanding what drives a perpetrator’s abuse, including alcohol dependency, the likelihood of reducing or eliminating it is significantly reduced.',
    questionNumbers: [5],
    themes: ['Substance misuse', 'Mental health'],
  },
];

export interface DemoRecommendation {
  /** the review's own recommendations, or the scrutiny review's */
  source: 'review' | 'scrutiny';
  reference: string;
  level: 'panel' | 'single_agency';
  text: string;
  national?: { recipient: string; notifiedOn: string };
  leadAgency: string;
  /** null: to be agreed */
  targetDate: string | null;
  themes: ThemeName[];
}

export const RMBC = 'Rotherham Metropolitan Borough Council';
export const ADULT_SERVICES = 'Adult Services RMBC';
export const TRUST = 'Rotherham NHS Foundation Trust';
export const POLICE = 'South Yorkshire Police';

export const RECOMMENDATIONS: DemoRecommendation[] = [
  {
    source: 'review',
    reference: '1',
    level: 'panel',
    text: 'The Safer Rotherham Partnership establishes a common domestic abuse risk assessment model across its constituent agencies.',
    leadAgency: RMBC,
    targetDate: '2026-09-30',
    themes: ['Risk assessment'],
  },
  {
    source: 'review',
    reference: '2',
    level: 'panel',
    text: 'The Safer Rotherham Partnership reviews the domestic abuse framework so that it identifies repeat victims in complex cases who do not meet the MARAC threshold, and satisfies itself that services are available for such victims and perpetrators.',
    leadAgency: POLICE,
    targetDate: null,
    themes: ['Multi-agency working', 'Risk assessment'],
  },
  {
    source: 'review',
    reference: '3',
    level: 'panel',
    text: 'The Safer Rotherham Partnership encourages its constituent agencies to share domestic abuse information with the victim’s and the perpetrator’s GPs, and establishes how best GPs can support victims and perpetrators, including through MARAC and the GP domestic abuse flow chart.',
    leadAgency: 'Rotherham Clinical Commissioning Group',
    targetDate: '2027-03-31',
    themes: ['GP involvement', 'Information sharing'],
  },
  {
    source: 'review',
    reference: '4',
    level: 'panel',
    text: 'The Safer Rotherham Partnership determines whether its constituent agencies understand the adult safeguarding procedures, when and how to make safeguarding referrals, and how adult safeguarding relates to domestic abuse processes including MARAC.',
    leadAgency: ADULT_SERVICES,
    targetDate: '2026-12-31',
    themes: ['Adult safeguarding', 'Multi-agency working'],
  },
  {
    source: 'review',
    reference: '5',
    level: 'panel',
    text: 'The Home Office, with the Department of Health and Social Care, gives guidance on how adult safeguarding enquiries under the Care Act 2014 and MARAC work together for victims of domestic abuse who have care and support needs.',
    national: { recipient: 'Home Office', notifiedOn: '2026-03-09' },
    leadAgency: RMBC,
    targetDate: '2026-03-31',
    themes: ['Adult safeguarding'],
  },
  {
    source: 'review',
    reference: 'TRFT 1',
    level: 'single_agency',
    text: 'All Trust staff to receive information on domestic abuse, its indicators, risk factors and the policies to use, including at induction for new staff.',
    leadAgency: TRUST,
    targetDate: '2026-10-31',
    themes: ['Training and awareness'],
  },
  {
    source: 'review',
    reference: 'Adult Services RMBC 1',
    level: 'single_agency',
    text: 'All safeguarding managers and frontline assessors to complete mandatory domestic abuse and DASH risk assessment training.',
    leadAgency: ADULT_SERVICES,
    targetDate: '2026-12-31',
    themes: ['Training and awareness', 'Risk assessment'],
  },
  {
    source: 'review',
    reference: 'Adult Services RMBC 2',
    level: 'single_agency',
    text: 'Assessment and care management to work with ICT so that customers with a DASH risk assessment in progress or completed are identified on the social care record.',
    leadAgency: ADULT_SERVICES,
    targetDate: '2026-09-30',
    themes: ['Information sharing', 'Risk assessment'],
  },
  {
    source: 'review',
    reference: 'RDaSH 1',
    level: 'single_agency',
    text: 'The Trust’s clinical needs assessments and review documentation, including those of mental health liaison and of drug and alcohol services, to prompt staff to ask about domestic abuse.',
    leadAgency: 'Rotherham Doncaster and South Humber NHS Foundation Trust',
    targetDate: '2027-01-31',
    themes: ['Mental health', 'Substance misuse'],
  },
  {
    source: 'review',
    reference: 'Lifeline 1',
    level: 'single_agency',
    text: 'Lifeline to ask every service user about domestic abuse at assessment and review, and to attend MARAC when a service user is discussed.',
    leadAgency: 'Lifeline',
    targetDate: '2027-06-30',
    themes: ['Substance misuse', 'Information sharing'],
  },
  {
    source: 'scrutiny',
    reference: 'S1',
    level: 'panel',
    text: 'A full audit of need for domestic abuse support and services, with a view to moving towards joint commissioning of services.',
    leadAgency: RMBC,
    targetDate: '2026-06-30',
    themes: [],
  },
  {
    source: 'scrutiny',
    reference: 'S2',
    level: 'panel',
    text: 'Agencies explore and report back on the feasibility of an integrated approach across all risk levels, such as a single point of contact for domestic abuse referrals.',
    leadAgency: POLICE,
    targetDate: '2027-03-31',
    themes: ['Multi-agency working', 'Information sharing'],
  },
];
