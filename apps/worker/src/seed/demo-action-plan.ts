import type { ProgressInput } from '@dhr/learning';
import { ADULT_SERVICES, POLICE, RMBC, TRUST } from './demo-learning-data';

/**
 * The partnership's action plan, laid out like seed 000's (Prevent / Protect / Pursue; one action may answer
 * recommendations of more than one source). Dates are fixed, like the rest of the demo: seen from late 2026,
 * the plan has dated updates in each quarter of 2026, actions in seven agencies, two overdue (Red), one with
 * its target to be agreed, one not yet updated, one completed and awaiting sign-off, two signed off, and three
 * for Adult Services RMBC (the demo lead officer's), two of them not yet updated this quarter.
 */

export interface DemoUpdate {
  reportedOn: string;
  rag: ProgressInput['rag'];
  narrative: string;
}

export interface DemoAction {
  reference: string;
  planSection: 'Prevent' | 'Protect' | 'Pursue';
  description: string;
  leadAgency: string;
  /** a lead officer who signs in (and then gives the updates), or one named only */
  leadOfficer: { email: string } | { name: string };
  /** null: to be agreed */
  targetDate: string | null;
  /** the references of the recommendations it answers */
  answers: string[];
  milestones: { description: string; dueOn: string | null; done: boolean }[];
  updates: DemoUpdate[];
  /** completed with evidence (its title); signed off by the coordinator on the day given, if at all */
  completion?: { completedOn: string; outcome: string; evidence: string; signedOffOn: string | null };
}

const ANIL = { email: 'lead-officer@rotherham.demo' };
const CLAIRE = { email: 'senior-manager@rotherham.demo' };

export const ACTIONS: DemoAction[] = [
  {
    reference: '1.1',
    planSection: 'Prevent',
    description:
      'Carry out a full audit of need for domestic abuse support and services, publish it as a chapter of the Joint Strategic Needs Assessment, and use it to move towards joint commissioning.',
    leadAgency: RMBC,
    leadOfficer: { name: 'Consultant in Public Health' },
    targetDate: '2026-06-30',
    answers: ['S1'],
    milestones: [
      { description: 'Audit of need completed', dueOn: '2026-03-31', done: true },
      { description: 'Domestic abuse chapter added to the JSNA', dueOn: '2026-06-30', done: true },
    ],
    updates: [
      {
        reportedOn: '2026-03-20',
        rag: 'light_green',
        narrative:
          'Audit of need under way with the Public Health analysts; the survivors’ forum has been consulted.',
      },
      {
        reportedOn: '2026-06-19',
        rag: 'green',
        narrative:
          'Domestic abuse now features in the Joint Strategic Needs Assessment: the Health and Wellbeing Board approved the chapter in June.',
      },
    ],
    completion: {
      completedOn: '2026-06-26',
      outcome:
        'The domestic abuse chapter of the JSNA is published, and the commissioning intentions for 2027/28 draw on it.',
      evidence: 'JSNA domestic abuse chapter',
      signedOffOn: '2026-07-06',
    },
  },
  {
    reference: '1.2',
    planSection: 'Prevent',
    description:
      'Give all Trust staff information on domestic abuse, its indicators, risk factors and the policies to use; include it at induction; survey staff knowledge three months after.',
    leadAgency: TRUST,
    leadOfficer: CLAIRE,
    targetDate: '2026-10-31',
    answers: ['TRFT 1'],
    milestones: [
      {
        description: 'Information booklet on the Trust intranet, all staff told',
        dueOn: '2026-04-30',
        done: true,
      },
      { description: 'Domestic abuse session at every induction', dueOn: '2026-06-30', done: true },
      { description: 'Staff survey three months after distribution', dueOn: '2026-10-31', done: true },
    ],
    updates: [
      {
        reportedOn: '2026-06-24',
        rag: 'light_green',
        narrative:
          'Booklet published on the intranet in April and announced in the staff bulletin; induction sessions include domestic abuse from 1 June.',
      },
      {
        reportedOn: '2026-09-22',
        rag: 'light_green',
        narrative: 'Survey sent to all staff in September; 640 responses so far.',
      },
    ],
    completion: {
      completedOn: '2026-11-13',
      outcome:
        'The survey shows 87% of staff know how to recognise and refer domestic abuse, up from 52% at the baseline; the results went to the Adult Safeguarding Operational Group.',
      evidence: 'TRFT domestic abuse staff survey results',
      signedOffOn: null,
    },
  },
  {
    reference: '1.3',
    planSection: 'Prevent',
    description:
      'Make domestic abuse and DASH risk assessment training mandatory for all safeguarding managers and frontline assessors, as part of induction, and monitor completion through training records.',
    leadAgency: ADULT_SERVICES,
    leadOfficer: ANIL,
    targetDate: '2026-12-31',
    answers: ['Adult Services RMBC 1'],
    milestones: [
      { description: 'Safeguarding managers trained', dueOn: '2026-06-30', done: true },
      { description: 'All frontline assessors trained', dueOn: '2026-12-31', done: false },
    ],
    updates: [
      {
        reportedOn: '2026-06-26',
        rag: 'amber',
        narrative: 'Training commissioned from the IDVA service; the managers’ sessions ran in May and June.',
      },
      {
        reportedOn: '2026-09-25',
        rag: 'light_green',
        narrative: 'All 14 safeguarding managers trained; 61% of frontline assessors trained.',
      },
      {
        reportedOn: '2026-11-16',
        rag: 'light_green',
        narrative: '82% of frontline assessors trained; the remaining sessions are booked for December.',
      },
    ],
  },
  {
    reference: '1.4',
    planSection: 'Prevent',
    description:
      'Amend the Trust’s clinical needs assessments and review documentation, including those of mental health liaison and of drug and alcohol services, to prompt staff to ask about domestic abuse, and embed the change through the Clinical Governance Groups.',
    leadAgency: 'Rotherham Doncaster and South Humber NHS Foundation Trust',
    leadOfficer: { name: 'Trust Adult Safeguarding Lead' },
    targetDate: '2027-01-31',
    answers: ['RDaSH 1'],
    milestones: [
      { description: 'Assessment templates amended', dueOn: '2026-10-31', done: false },
      { description: 'Use audited through the Clinical Governance Groups', dueOn: '2027-01-31', done: false },
    ],
    updates: [
      {
        reportedOn: '2026-09-17',
        rag: 'amber',
        narrative:
          'Prompts drafted; the change to the electronic record waits for the Trust’s ICT release in November.',
      },
    ],
  },
  {
    reference: '2.1',
    planSection: 'Protect',
    description:
      'Agree one domestic abuse risk assessment model (DASH) for every agency of the partnership, with a multi-agency protocol for standard and medium risk cases, and audit its use.',
    leadAgency: RMBC,
    leadOfficer: { name: 'Domestic Abuse Coordinator' },
    targetDate: '2026-09-30',
    answers: ['1'],
    milestones: [
      {
        description: 'Protocol agreed by the Domestic Abuse Priority Group',
        dueOn: '2026-06-30',
        done: true,
      },
      { description: 'Every agency signed up to the protocol', dueOn: '2026-09-30', done: false },
      { description: 'Multi-agency audit of risk assessments', dueOn: '2026-12-31', done: false },
    ],
    updates: [
      {
        reportedOn: '2026-03-20',
        rag: 'amber',
        narrative: 'Current risk assessment practice mapped across the agencies.',
      },
      {
        reportedOn: '2026-06-19',
        rag: 'light_green',
        narrative: 'Protocol agreed by the Domestic Abuse Priority Group in June.',
      },
      {
        reportedOn: '2026-09-25',
        rag: 'amber',
        narrative:
          'Two health partners have not yet signed up to the protocol; escalated to the Safer Rotherham Partnership board.',
      },
    ],
  },
  {
    reference: '2.2',
    planSection: 'Protect',
    description:
      'Work with ICT so that customers with a DASH risk assessment in progress or completed are flagged on the social care record.',
    leadAgency: ADULT_SERVICES,
    leadOfficer: ANIL,
    targetDate: '2026-09-30',
    answers: ['Adult Services RMBC 2'],
    milestones: [
      { description: 'Flag specified with ICT', dueOn: '2026-05-31', done: true },
      { description: 'Flag live on the social care record', dueOn: '2026-09-30', done: false },
    ],
    updates: [
      { reportedOn: '2026-06-26', rag: 'amber', narrative: 'Specification agreed with ICT in May.' },
      {
        reportedOn: '2026-08-20',
        rag: 'amber',
        narrative: 'The change has moved to ICT’s October release, after the target date.',
      },
    ],
  },
  {
    reference: '2.3',
    planSection: 'Protect',
    description:
      'Set up a multi-agency forum for repeat standard and medium risk victims who do not meet the MARAC threshold, with a lead professional for each case, and one point of contact for domestic abuse referrals.',
    leadAgency: POLICE,
    leadOfficer: { name: 'Detective Inspector, Domestic Abuse Unit' },
    targetDate: null,
    answers: ['2', 'S2'],
    milestones: [
      { description: 'Options paper to the Domestic Abuse Priority Group', dueOn: '2026-10-31', done: false },
      { description: 'Forum piloted', dueOn: null, done: false },
    ],
    updates: [
      {
        reportedOn: '2026-09-25',
        rag: 'amber',
        narrative:
          'Options paper drafted with the IDVA service; the target date will be agreed once funding for a coordinator is known.',
      },
    ],
  },
  {
    reference: '2.4',
    planSection: 'Protect',
    description:
      'Agree with every agency when and how to refer victims with care and support needs to adult safeguarding, with one referral form, and brief MARAC members on how adult safeguarding enquiries and MARAC work together.',
    leadAgency: ADULT_SERVICES,
    leadOfficer: ANIL,
    targetDate: '2026-12-31',
    answers: ['4'],
    milestones: [
      { description: 'One safeguarding referral form agreed', dueOn: '2026-06-30', done: true },
      { description: 'MARAC members briefed', dueOn: '2026-09-30', done: true },
      { description: 'Audit of referrals from partner agencies', dueOn: '2026-12-31', done: false },
    ],
    updates: [
      {
        reportedOn: '2026-03-24',
        rag: 'amber',
        narrative: 'The agencies’ referral forms collected: five different forms are in use.',
      },
      {
        reportedOn: '2026-06-26',
        rag: 'light_green',
        narrative: 'One referral form agreed by the Safeguarding Adults Board.',
      },
      {
        reportedOn: '2026-09-25',
        rag: 'light_green',
        narrative: 'MARAC members briefed in September; the audit of referrals is planned for December.',
      },
    ],
  },
  {
    reference: '2.5',
    planSection: 'Protect',
    description:
      'Agree with GP practices how MARAC outcomes and police domestic abuse call-outs are shared with the victim’s and the perpetrator’s GPs, and roll out the GP domestic abuse flow chart and training to every practice.',
    leadAgency: 'Rotherham Clinical Commissioning Group',
    leadOfficer: { name: 'Designated Nurse, Safeguarding Adults' },
    targetDate: '2027-03-31',
    answers: ['3'],
    milestones: [
      { description: 'Information-sharing agreement with the practices', dueOn: '2026-09-30', done: false },
      { description: 'Flow chart and training in every practice', dueOn: '2027-03-31', done: false },
    ],
    updates: [
      {
        reportedOn: '2026-06-19',
        rag: 'amber',
        narrative: 'Draft agreement with the Local Medical Committee.',
      },
      {
        reportedOn: '2026-10-15',
        rag: 'amber',
        narrative:
          'Agreement signed by 21 of 29 practices; training for the practices’ safeguarding leads is booked.',
      },
    ],
  },
  {
    reference: '2.6',
    planSection: 'Protect',
    description:
      'Send recommendation 5 to the Home Office with the published report, and ask for a response.',
    leadAgency: RMBC,
    leadOfficer: { name: 'Domestic Abuse Coordinator' },
    targetDate: '2026-03-31',
    answers: ['5'],
    milestones: [{ description: 'Letter to the Home Office', dueOn: '2026-03-09', done: true }],
    updates: [
      {
        reportedOn: '2026-03-20',
        rag: 'green',
        narrative:
          'Recommendation 5 sent to the Home Office on 9 March with the published report; acknowledged on 18 March.',
      },
    ],
    completion: {
      completedOn: '2026-03-20',
      outcome:
        'The Home Office has the recommendation and has acknowledged it; its response will be reported to the board.',
      evidence: 'Letter to the Home Office',
      signedOffOn: '2026-04-02',
    },
  },
  {
    reference: '3.1',
    planSection: 'Pursue',
    description:
      'Ask every service user about domestic abuse at assessment and review, attend MARAC when a service user is discussed, and refer perpetrators who use the service to the perpetrator programme.',
    leadAgency: 'Lifeline',
    leadOfficer: { name: 'Service Manager' },
    targetDate: '2027-06-30',
    answers: ['Lifeline 1'],
    milestones: [
      { description: 'Domestic abuse question added to the assessment', dueOn: '2027-01-31', done: false },
      { description: 'Lifeline attends MARAC', dueOn: '2027-06-30', done: false },
    ],
    updates: [],
  },
];
