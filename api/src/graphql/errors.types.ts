import { Field, ObjectType } from 'type-graphql';
import { UserError } from './common.types';

export interface UserErrorClass<T extends UserError = UserError> {
  new (): T;
  code: string;
  of(message: string): T;
}

/** Declares an error type for result unions; its code is fixed and stable. */
export function defineUserError(name: string, code: string, description: string): UserErrorClass {
  @ObjectType(name, { implements: UserError, description })
  class ErrorType extends UserError {
    static code = code;
    static of(message: string) {
      const e = new ErrorType();
      e.code = code;
      e.message = message;
      return e;
    }
  }
  return ErrorType;
}

export const NotFoundError = defineUserError('NotFoundError', 'NOT_FOUND', 'The thing named does not exist or is not yours to see.');
export const ValidationError = defineUserError('ValidationError', 'VALIDATION', 'The input was understood but is not acceptable.');

@ObjectType({ implements: UserError, description: 'Too many attempts; try again later.' })
export class RateLimitedError extends UserError {
  @Field(() => Number)
  retryAfterSeconds!: number;
}
