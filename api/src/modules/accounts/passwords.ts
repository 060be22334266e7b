import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes). */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export const hashPassword = (password: string) => hash(password, OPTIONS);

/** The argon2 verification every password check goes through (an object, so its calls can be observed). */
export const argon2 = {
  verify: (passwordHash: string, password: string): Promise<boolean> => verify(passwordHash, password),
};

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the e-mail is unknown, so timing reveals nothing. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword('kontor-decoy-password-never-matches'));

/**
 * Whether a stored hash can ever match: an argon2 hash. Accounts created from the ERP carry a marker instead
 * (`!unset`) until their owner sets a password through a reset.
 */
export const isUsableHash = (passwordHash: string | null | undefined): passwordHash is string =>
  typeof passwordHash === 'string' && passwordHash.startsWith('$argon2');

/**
 * Checks a password against an account's stored hash at the same cost whatever the account: an unknown e-mail
 * (null) or an account without a usable password is verified against the decoy hash and then refused, so how
 * long the answer takes says nothing about whether the account exists or has a password.
 */
export async function checkPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  const usable = isUsableHash(storedHash);
  const ok = await verifyPassword(usable ? storedHash : await decoyHash(), password);
  return usable && ok;
}

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 256) return 'The password may have at most 256 characters.';
  return null;
}
