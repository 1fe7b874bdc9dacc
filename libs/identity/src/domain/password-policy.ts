export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * NCSC guidance: length over complexity rules. A long passphrase is accepted; a short or guessable one is not.
 * Returns every problem, in words a user can act on.
 */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH)
    problems.push(`Password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH)
    problems.push(`Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`);
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    problems.push('Password must not contain your email address');
  }
  if (password.length >= MIN_PASSWORD_LENGTH && new Set(password).size < 5) {
    problems.push('Password must not be one character or a short pattern repeated');
  }
  return problems;
}
