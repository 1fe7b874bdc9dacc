import { FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { formProblem, Problem } from '../../api/problem';
import { useFetched } from '../../api/use-fetched';
import { ErrorSummary, fieldError } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import { Loading, Tag, usePageTitle } from '../../components/page';

type Hit = Schemas['LearningSearchHit'];

const LABELS = { q: 'Search lessons and recommendations' };

/**
 * Full-text search of the partnership's lessons and recommendations (the words are kept in the address, so a
 * search can be shared and the back button works), and how often each theme has come up across reviews.
 */
export function LearningSearchPage() {
  const [search, setSearch] = useSearchParams();
  const words = search.get('q')?.trim() ?? '';
  const [formProblemState, setFormProblem] = useState<Problem>();
  const hits = useFetched(async () => {
    if (!words) return { data: null, response: new Response() };
    const result = await api.GET('/api/v1/learning/search', { params: { query: { q: words } } });
    return { ...result, data: result.data?.items };
  }, [words]);
  const frequency = useFetched(async () => {
    const result = await api.GET('/api/v1/learning/themes/frequency');
    return { ...result, data: result.data?.items };
  }, []);
  const problem = formProblemState ?? hits.problem ?? frequency.problem;
  usePageTitle(words ? `Search results for ‘${words}’` : 'Search lessons and recommendations', problem);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    if (!q) {
      setFormProblem(formProblem([{ field: 'q', message: 'Enter words to search for' }]));
      return;
    }
    setFormProblem(undefined);
    setSearch({ q });
  };

  return (
    <>
      <ErrorSummary problem={problem} labels={LABELS} />
      <h1 className="govuk-heading-l">Search lessons and recommendations</h1>
      <form onSubmit={submit} noValidate role="search" key={words}>
        <TextInput
          id="q"
          label={LABELS.q}
          hint={'Words, or "a phrase" in quotes. Put - before a word to leave it out.'}
          defaultValue={words}
          spellCheck
          width="govuk-input--width-30"
          error={fieldError(formProblemState, 'q', LABELS)}
        />
        <button type="submit" className="govuk-button">
          Search
        </button>
      </form>
      {words && <Results words={words} hits={hits.data} loading={!hits.data && !hits.problem} />}
      <h2 className="govuk-heading-m" id="themes">
        How often themes come up
      </h2>
      {!frequency.data ? (
        !frequency.problem && <Loading />
      ) : frequency.data.length === 0 ? (
        <p className="govuk-body">The partnership has no themes yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" aria-labelledby="themes">
          {frequency.data.map((theme) => (
            <li key={theme.themeId}>
              <strong>{theme.themeName}</strong>
              {theme.active ? '' : ' (no longer used)'} —{' '}
              {theme.reviews === 0
                ? 'not yet in any review'
                : `came up in ${theme.reviews} ${theme.reviews === 1 ? 'review' : 'reviews'}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Results({
  words,
  hits,
  loading,
}: {
  words: string;
  hits: Hit[] | null | undefined;
  loading: boolean;
}) {
  if (loading || hits === null) return <Loading />;
  if (!hits) return null;
  return (
    <section aria-labelledby="results" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="results" aria-live="polite">
        {hits.length === 0
          ? `No lessons or recommendations match ‘${words}’`
          : `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for ‘${words}’`}
      </h2>
      {hits.length === 50 && (
        <p className="govuk-body">Showing the 50 best matches. Add words to narrow the search.</p>
      )}
      <ol className="govuk-list">
        {hits.map((hit) => (
          <li key={`${hit.kind} ${hit.id}`} className="govuk-!-margin-bottom-6">
            <SearchHit hit={hit} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function SearchHit({ hit }: { hit: Hit }) {
  const lesson = hit.kind === 'lesson';
  const name = `${lesson ? 'Lesson' : 'Recommendation'} ${hit.label}`;
  const where = hit.reviewReference ?? hit.sourceKey;
  const to = hit.reviewId ? `/reviews/${hit.reviewId}/${lesson ? 'lessons' : 'recommendations'}` : undefined;
  return (
    <article>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        {to ? (
          <Link className="govuk-link" to={to}>
            {name}
            {where ? `, ${where}` : ''}
          </Link>
        ) : (
          `${name}${where ? `, ${where}` : ''}`
        )}
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <Tag colour={lesson ? 'blue' : 'purple'}>{lesson ? 'Lesson' : 'Recommendation'}</Tag>
        {where && <span className="govuk-body-s govuk-!-margin-left-2">Review {where}</span>}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-1">{hit.text}</p>
      {hit.narrative && <p className="govuk-body-s app-pre-wrap">{hit.narrative}</p>}
    </article>
  );
}
