import { Link } from 'react-router';
import { Tag } from '../../components/page';
import { Capability, Review } from './review-parts';

const ORDER = [
  'notified',
  'setting_up',
  'evidence_gathering',
  'drafting',
  'consultation',
  'signed_off',
  'submitted',
  'cleared',
  'published',
  'closed',
];

type TaskStatus = 'done' | 'doing' | 'not_started' | 'blocked' | 'not_needed';

const TASK_TAGS: Record<TaskStatus, { label: string; colour?: string }> = {
  done: { label: 'Completed' },
  doing: { label: 'In progress', colour: 'light-blue' },
  not_started: { label: 'Not yet started', colour: 'blue' },
  blocked: { label: 'Cannot start yet', colour: 'grey' },
  not_needed: { label: 'Not needed', colour: 'grey' },
};

interface Task {
  name: string;
  status: TaskStatus;
  /** the form that does it, for those whose capabilities allow */
  to?: string;
  hint?: string;
}

/** Where a stage stands, from where the review is: past it, at it, next to it, or further off. */
function stageStatus(review: Review, stage: string): TaskStatus {
  const at = ORDER.indexOf(review.status);
  const of = ORDER.indexOf(stage);
  if (review.status === 'declined') return 'not_needed';
  if (at < 0) return 'blocked';
  if (at > of) return 'done';
  if (at === of) return 'doing';
  const next = review.transitions.find((t) => t.to === stage);
  return at === of - 1 && next?.available ? 'not_started' : 'blocked';
}

export function tasksOf(review: Review, can: (c: Capability) => boolean): Task[] {
  const base = `/reviews/${review.id}`;
  const decided = review.decision !== null;
  const declined = review.decision?.outcome === 'decline';
  const afterCommission = (status: TaskStatus): TaskStatus => (declined ? 'not_needed' : status);
  const chair = review.chair;
  const torBlocked = review.transitions.some((t) =>
    t.blockers.some((b) => b.code === 'terms_of_reference_not_agreed'),
  );
  const torStatus: TaskStatus =
    ORDER.indexOf(review.status) >= ORDER.indexOf('drafting')
      ? 'done'
      : review.status === 'evidence_gathering' && !torBlocked
        ? 'done'
        : review.status === 'setting_up' || review.status === 'evidence_gathering'
          ? 'not_started'
          : afterCommission('blocked');
  return [
    { name: 'Notification', status: 'done' },
    {
      name: 'Decision to commission or decline',
      status: decided ? 'done' : review.status === 'notified' ? 'not_started' : 'blocked',
      to: !decided && review.status === 'notified' && can('decide') ? `${base}/decision` : undefined,
    },
    {
      name: 'Home Office informed',
      status: review.homeOfficeInformedOn ? 'done' : decided ? 'not_started' : 'blocked',
      to: decided && !review.homeOfficeInformedOn && can('decide') ? `${base}/home-office` : undefined,
    },
    {
      name: 'Independent chair appointed and independence declared',
      status: afterCommission(
        chair?.independenceDeclaredAt
          ? 'done'
          : chair
            ? 'doing'
            : review.status === 'setting_up'
              ? 'not_started'
              : 'blocked',
      ),
      to:
        !chair && review.status === 'setting_up' && can('administer')
          ? `${base}/chair`
          : chair && !chair.independenceDeclaredAt && can('work')
            ? `${base}/independence`
            : undefined,
    },
    {
      name: 'Terms of reference agreed',
      status: declined ? 'not_needed' : torStatus,
      to: decided && !declined ? `${base}/terms-of-reference` : undefined,
    },
    {
      name: 'Evidence gathering (IMRs)',
      status: stageStatus(review, 'evidence_gathering'),
      to: decided && !declined ? `${base}/imrs` : undefined,
    },
    { name: 'Analysis and drafting', status: stageStatus(review, 'drafting') },
    { name: 'Draft consultation', status: stageStatus(review, 'consultation') },
    {
      name: 'Family involvement',
      status: declined
        ? 'not_needed'
        : review.publication.familyToldOn
          ? 'done'
          : review.decision?.outcome === 'commission'
            ? 'doing'
            : 'blocked',
      to: review.decision?.outcome === 'commission' ? `${base}/family` : undefined,
    },
    {
      name: 'CSP sign-off',
      status: review.signOff ? 'done' : stageStatus(review, 'signed_off'),
      to: review.status === 'consultation' && can('sign_off') ? `${base}/sign-off` : undefined,
    },
    {
      name: 'Submission to the Home Office',
      status: review.firstSubmittedOn ? 'done' : stageStatus(review, 'submitted'),
      to: review.signOff || review.firstSubmittedOn ? `${base}/submissions` : undefined,
    },
    {
      name: 'Home Office outcome',
      status: stageStatus(review, 'cleared'),
      to: review.status === 'submitted' && can('administer') ? `${base}/submissions/qa-outcome` : undefined,
    },
    {
      name: 'Publication',
      status: review.publication.publishedOn ? 'done' : stageStatus(review, 'published'),
      to: review.status === 'cleared' && can('administer') ? `${base}/publication` : undefined,
    },
  ];
}

/** The form for each transition this page can make, for those whose capabilities allow it. */
export function formFor(
  review: Review,
  transition: string,
  can: (c: Capability) => boolean,
): string | undefined {
  const base = `/reviews/${review.id}`;
  if ((transition === 'commission' || transition === 'decline') && can('decide')) {
    return `${base}/decision?outcome=${transition}`;
  }
  if (['start_work', 'start_drafting', 'start_consultation'].includes(transition) && can('work')) {
    return `${base}/move/${transition}`;
  }
  if (transition === 'close' && can('administer')) return `${base}/move/close`;
  if (transition === 'sign_off' && can('sign_off')) return `${base}/sign-off`;
  const administered: Record<string, string> = {
    submit: 'submissions/send',
    record_cleared: 'submissions/qa-outcome?outcome=cleared',
    record_resubmit: 'submissions/qa-outcome?outcome=resubmit',
    publish: 'publication',
    transfer: 'transfer',
  };
  if (administered[transition] && can('administer')) return `${base}/${administered[transition]}`;
  return undefined;
}

export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ul className="govuk-task-list">
      {tasks.map((task, index) => {
        const tag = TASK_TAGS[task.status];
        const id = `task-${index}`;
        return (
          <li
            key={task.name}
            className={`govuk-task-list__item${task.to ? ' govuk-task-list__item--with-link' : ''}`}
          >
            <div className="govuk-task-list__name-and-hint">
              {task.to ? (
                <Link
                  className="govuk-link govuk-task-list__link"
                  to={task.to}
                  aria-describedby={`${id}-status`}
                >
                  {task.name}
                </Link>
              ) : (
                <div>{task.name}</div>
              )}
            </div>
            <div className="govuk-task-list__status" id={`${id}-status`}>
              {tag.colour ? <Tag colour={tag.colour}>{tag.label}</Tag> : tag.label}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** One review: the notification and decision, the clocks, the stages, and what can happen next. */
