import { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading, PageProblem } from '../components/page';
import { Permission, useSession } from './session';

/** Where the sign-in page sends the user back to. */
export interface ReturnTo {
  from?: string;
}

/** A page for signed-in users (with the permission, when one is named); others go to sign in first. */
export function SignedInOnly({ permission, children }: { permission?: Permission; children: ReactNode }) {
  const { me, restoring, can, farewell } = useSession();
  const location = useLocation();
  if (restoring) return <Loading />;
  if (!me) {
    // back to this page after signing in, unless the user chose to leave (the next one may be someone else)
    const state: ReturnTo =
      farewell === 'signed-out' ? {} : { from: `${location.pathname}${location.search}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  if (permission && !can(permission)) {
    return (
      <PageProblem
        problem={{
          status: 403,
          code: 'forbidden',
          detail: 'Your roles do not include this part of the service.',
        }}
      />
    );
  }
  return children;
}
