// What `npm start` prints; the accounts themselves are created by `worker seed` (apps/worker/src/seed/demo-data.ts).
export const DEMO_PASSWORD = 'Demo-password-2026';

export const DEMO_SIGN_INS = [
  ['System administrator', 'admin@dhr.demo'],
  ['Partnership coordinator (Rotherham)', 'coordinator@rotherham.demo'],
  ['CSP chair', 'csp-chair@rotherham.demo'],
  ['Independent chair', 'chair@rotherham.demo'],
  ['Panel member (South Yorkshire Police)', 'panel@rotherham.demo'],
  ['IMR author (Rotherham NHS FT)', 'imr-author@rotherham.demo'],
  ['Senior manager (Rotherham NHS FT)', 'senior-manager@rotherham.demo'],
  ['IMR author (South Yorkshire Police)', 'imr-author.police@rotherham.demo'],
  ['Lead officer (Adult Services RMBC)', 'lead-officer@rotherham.demo'],
  ['Coordinator, second partnership', 'coordinator@northshire.demo'],
];
