import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, Me, Schemas } from '../api/client';
import { onSessionEnded, refreshSession, setAccessToken } from '../api/session-tokens';

export type Permission = string;

/** The user signed out, or the session ended without them (expired, or ended in another tab). */
export type Farewell = 'signed-out' | 'session-ended';

interface Session {
  me: Me | undefined;
  /** true while the page, just loaded, asks whether the browser still has a session */
  restoring: boolean;
  /** why there is no session any more, for the sign-in page to say */
  farewell: Farewell | undefined;
  signedIn(result: Schemas['SignedInResponse']): void;
  signOut(): Promise<void>;
  can(permission: Permission): boolean;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me>();
  const [restoring, setRestoring] = useState(true);
  const [farewell, setFarewell] = useState<Farewell>();

  useEffect(() => {
    const stopListening = onSessionEnded(() => {
      setMe(undefined);
      setFarewell('session-ended');
    });
    // the access token lived in memory and went with the last page; the refresh cookie may still hold a session
    void refreshSession().then((outcome) => {
      if (outcome.kind === 'refreshed') setMe(outcome.signedIn.user);
      setRestoring(false);
    });
    return stopListening;
  }, []);

  const signedIn = useCallback((result: Schemas['SignedInResponse']) => {
    setAccessToken(result.accessToken);
    setFarewell(undefined);
    setMe(result.user);
  }, []);

  const signOut = useCallback(async () => {
    await api.POST('/api/v1/auth/logout');
    setAccessToken(undefined);
    setFarewell('signed-out');
    setMe(undefined);
  }, []);

  const value = useMemo<Session>(
    () => ({
      me,
      restoring,
      farewell,
      signedIn,
      signOut,
      can: (permission) => me?.permissions.includes(permission) ?? false,
    }),
    [me, restoring, farewell, signedIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside SessionProvider');
  return session;
}
