import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiResult, Problem, toProblem } from '../api/problem';
import { Fetched } from '../api/use-fetched';
import { fieldError, FieldLabels, StaleRecord } from './error-summary';
import { Notice, onFormSubmit, usePageTitle, useSingleFlight } from './page';

/** What sending a form gives: the api's answer, or a problem found in the browser instead of sending. */
export type CommandOutcome = ApiResult<unknown> | Problem;

export const isProblem = (outcome: CommandOutcome): outcome is Problem => 'status' in outcome;

interface Options {
  title: string;
  labels: FieldLabels;
  /** the banner on the page the user is sent back to */
  success: string;
  /** where the user goes once the command is done */
  returnTo: string;
  /** the api's refusal in the form's words */
  problemOf?(result: ApiResult<unknown>): Problem;
}

export interface CommandForm {
  /** what went wrong with the last try, for the error summary */
  problem: Problem | undefined;
  /** the message beside a field */
  error(field: string): string | undefined;
  /** a stale version (412): the error summary's link reads the record again and clears the problem */
  stale(what: string, record: Fetched<unknown>): StaleRecord;
  /** the form's submit handler: one send at a time; a problem stays on the page, success goes back with a banner */
  onSubmit(send: (form: FormData) => Promise<CommandOutcome>): (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * A form page that sends one command: its title (with "Error:" while a problem shows), the problem and the
 * fields' messages, and on success back to `returnTo` with a banner.
 */
export function useCommandForm({
  title,
  labels,
  success,
  returnTo,
  problemOf = toProblem,
}: Options): CommandForm {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();
  usePageTitle(title, problem);

  return {
    problem,
    error: (field) => fieldError(problem, field, labels),
    stale: (what, record) => ({
      what,
      reload: () => {
        setProblem(undefined);
        record.reload();
      },
    }),
    onSubmit: (send) =>
      onFormSubmit(once, async (form) => {
        const outcome = await send(form);
        if (isProblem(outcome)) return setProblem(outcome);
        if (outcome.data === undefined) return setProblem(problemOf(outcome));
        const notice: Notice = { notice: success };
        void navigate(returnTo, { state: notice });
      }),
  };
}
