import { GraphQLError } from 'graphql';

/** Errors that are not expected business failures, with a stable code for clients (DESIGN.md §8a). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'ACCOUNT_BLOCKED'
  | 'OUTSIDE_ACCESS_WINDOW'
  | 'PAYLOAD_TOO_LARGE'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export class KontorError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Sign in to do this.') => new KontorError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new KontorError('FORBIDDEN', message);
export const notFound = (what: string) => new KontorError('NOT_FOUND', `${what} was not found.`);
export const badInput = (message: string) => new KontorError('BAD_USER_INPUT', message);
