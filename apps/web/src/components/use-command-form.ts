import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiResult, Problem, toProblem } from '../api/problem';
import { Fetched } from '../api/use-fetched';
import { fieldError, FieldLabels, StaleRecord } from './error-summary';
import { Notice, onFormSubmit, usePageTitle, useSingleFlight } from './page';

/** What sending a form gives: the api's answer, or a problem found in the browser instead of sending. */
export type CommandOutcome<T = unknown> = ApiResult<T> | Problem;

export const isProblem = <T>(outcome: CommandOutcome<T>): outcome is Problem => 'status' in outcome;

/** Said once the command is done: fixed, or from the api's answer (what it made, and its name). */
type FromAnswer<T> = string | ((data: T) => string);

interface CommandOptions<T> {
  labels: FieldLabels;
  /** the banner on the page the user is sent back to */
  success: FromAnswer<T>;
  /** where the user goes once the command is done */
  returnTo: FromAnswer<T>;
  /** the api's refusal in the form's words (which may depend on what was entered) */
  problemOf?(result: ApiResult<T>, form: FormData): Problem;
}

interface Options<T> extends CommandOptions<T> {
  title: string;
}

export interface CommandForm<T = unknown> {
  /** what went wrong with the last try, for the error summary */
  problem: Problem | undefined;
  /** the message beside a field */
  error(field: string): string | undefined;
  /** a stale version (412): the error summary's link reads the record again and clears the problem */
  stale(what: string, record: Fetched<unknown>): StaleRecord;
  /** the form's submit handler: one send at a time; a problem stays on the page, success goes back with a banner */
  onSubmit(send: (form: FormData) => Promise<CommandOutcome<T>>): (event: FormEvent<HTMLFormElement>) => void;
}

const fromAnswer = <T>(option: FromAnswer<T>, data: T) =>
  typeof option === 'string' ? option : option(data);

/**
 * A form page that sends one command: its title (with "Error:" while a problem shows), the problem and the
 * fields' messages, and on success back to `returnTo` with a banner.
 */
export function useCommandForm<T = unknown>({ title, ...options }: Options<T>): CommandForm<T> {
  const form = useCommand(options);
  usePageTitle(title, form.problem);
  return form;
}

/** The same but the title, for a form in a frame that titles the page itself (ReviewSubPage does). */
export function useCommand<T = unknown>({
  labels,
  success,
  returnTo,
  problemOf = toProblem,
}: CommandOptions<T>): CommandForm<T> {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem>();
  const once = useSingleFlight();

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
        if (!outcome.response.ok) return setProblem(problemOf(outcome, form));
        // every 2xx answer but a 204 carries a body; the forms that get a 204 say something fixed
        const data = outcome.data as T;
        const notice: Notice = { notice: fromAnswer(success, data) };
        void navigate(fromAnswer(returnTo, data), { state: notice });
      }),
  };
}
