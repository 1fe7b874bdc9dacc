import { api, Schemas } from '../../api/client';
import { FieldProblem } from '../../api/problem';
import { useAgencies } from '../../api/use-agencies';
import { Fetched, useFetched } from '../../api/use-fetched';
import { useSession } from '../../session/session';
import { isoDateFrom } from '../audit-dates';

export type Theme = Schemas['ThemeResponse'];
export type Lesson = Schemas['LessonResponse'];
export type Recommendation = Schemas['LearningRecommendationResponse'];
export type ImrRequest = Schemas['ImrRequestResponse'];
export type TermsQuestion = Schemas['TermsQuestionResponse'];

const path = (reviewId: string) => ({ params: { path: { reviewId } } });

/** The partnership's themes, active and inactive, by name. */
export function useThemes(): Fetched<Theme[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/themes');
    return { ...result, data: result.data?.items.slice().sort((a, b) => a.name.localeCompare(b.name)) };
  }, []);
}

export function useLessons(reviewId: string): Fetched<Lesson[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/lessons', path(reviewId));
    return { ...result, data: result.data?.items.slice().sort((a, b) => a.number - b.number) };
  }, [reviewId]);
}

export function useReviewRecommendations(reviewId: string): Fetched<Recommendation[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/recommendations', path(reviewId));
    return { ...result, data: result.data?.items };
  }, [reviewId]);
}

/**
 * The review's IMR requests, to link lessons to and to name them by agency. Someone without 'imr.read' sees
 * none (the links are then shown without agency names) rather than a page that fails.
 */
export function useImrRequests(reviewId: string): Fetched<ImrRequest[]> {
  const { can } = useSession();
  const readable = can('imr.read');
  return useFetched(async () => {
    if (!readable) return { data: [], response: new Response() };
    const result = await api.GET('/api/v1/reviews/{reviewId}/imr-requests', path(reviewId));
    if (result.response.status === 403) return { data: [], response: result.response };
    return { ...result, data: result.data?.items };
  }, [reviewId, readable]);
}

/** The questions of the latest agreed version of the terms of reference; [] while none is agreed. */
export function useAgreedQuestions(reviewId: string): Fetched<TermsQuestion[]> {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/reviews/{reviewId}/terms-of-reference', path(reviewId));
    const agreed = (result.data?.items ?? [])
      .filter((version) => version.status === 'agreed')
      .sort((a, b) => b.versionNumber - a.versionNumber);
    return { ...result, data: result.data ? (agreed[0]?.questions ?? []) : undefined };
  }, [reviewId]);
}

/** Checked boxes of a form, as their values. */
export const checked = (form: FormData, id: string) => form.getAll(id).map(String);

/** A GOV.UK date input's value: the date, nothing when blank, or the problem with what was typed. */
export function dateFrom(form: FormData, id: string, label: string, problems: FieldProblem[]) {
  const [day, month, year] = ['day', 'month', 'year'].map((p) => String(form.get(`${id}-${p}`) ?? ''));
  const result = isoDateFrom({ day: day ?? '', month: month ?? '', year: year ?? '' }, id, label);
  if (typeof result === 'object') problems.push(result);
  return typeof result === 'string' ? result : null;
}

/** The themes a form offers: the active ones, and any inactive one the record already has. */
export const themeOptions = (themes: Theme[], chosen: readonly string[] = []) =>
  themes
    .filter((theme) => theme.active || chosen.includes(theme.id))
    .map((theme) => ({ value: theme.id, label: theme.active ? theme.name : `${theme.name} (inactive)` }));

export function ThemeTags({ ids, themes }: { ids: readonly string[]; themes: Theme[] }) {
  if (ids.length === 0) return <>None</>;
  return (
    <ul className="govuk-list app-theme-tags">
      {ids.map((id) => (
        <li key={id} className="govuk-!-display-inline-block govuk-!-margin-right-1">
          <strong className="govuk-tag govuk-tag--grey">
            {themes.find((theme) => theme.id === id)?.name ?? 'Unknown theme'}
          </strong>
        </li>
      ))}
    </ul>
  );
}

/** A record the address names that the review does not have. */
export const NOT_FOUND = {
  status: 404,
  code: 'not_found',
  detail: 'If you typed the web address, check it is correct.',
};

/** Names an IMR request of the review by its agency, e.g. "Panel Police (IMR)". */
export function useImrNames(reviewId: string): (id: string) => string {
  const imrs = useImrRequests(reviewId);
  const agencies = useAgencies(true);
  return (id) => {
    const imr = imrs.data?.find((request) => request.id === id);
    if (!imr) return 'An IMR';
    const agency = agencies.data?.find((a) => a.id === imr.agencyId);
    return `${agency?.name ?? 'Unknown agency'} (${imr.kindLabel})`;
  };
}
