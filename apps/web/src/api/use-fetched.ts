import { DependencyList, useCallback, useEffect, useState } from 'react';
import { ApiResult, etagOf, Problem, toProblem } from './problem';

export interface Fetched<T> {
  data: T | undefined;
  problem: Problem | undefined;
  /** the record's version, for If-Match */
  etag: string;
  reload(): void;
}

interface State<T> {
  data?: T;
  problem?: Problem;
  etag: string;
}

/**
 * Reads from the api whenever `deps` change (or on reload), keeping only the newest answer: a slow answer to
 * an older question never replaces a newer one.
 */
export function useFetched<T>(fetcher: () => Promise<ApiResult<T>>, deps: DependencyList): Fetched<T> {
  const [state, setState] = useState<State<T>>({ etag: '' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void fetcher().then((result) => {
      if (!current) return;
      setState(
        result.data !== undefined
          ? { data: result.data, etag: etagOf(result.response) }
          : { problem: toProblem(result), etag: '' },
      );
    });
    return () => {
      current = false;
    };
    // the caller's deps say when to read again; `fetcher` is a new function on every render
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, problem: state.problem, etag: state.etag, reload };
}
