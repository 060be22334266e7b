import { JSONObjectResolver } from 'graphql-scalars';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/common.types';
import { Done } from '../../graphql/common.types';
import { connectionType } from '../../graphql/connection';
import { defineUserError, NotFoundError, RateLimitedError, ValidationError } from '../../graphql/errors.types';

@ObjectType('AccessWindow', {
  description: 'Days (1 = Monday … 7 = Sunday) and hours when an account may be used, in its company time zone.',
})
export class AccessWindowType {
  @Field(() => [Int]) days!: number[];
  @Field(() => String, { description: 'HH:MM, inclusive' }) from!: string;
  @Field(() => String, { description: 'HH:MM, exclusive; earlier than `from` for a window across midnight' }) to!: string;
}

@InputType()
export class AccessWindowInput {
  @Field(() => [Int]) days!: number[];
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
}

@ObjectType('AccessLevel', { description: 'A named set of customer permissions.' })
export class AccessLevelType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) permissions!: string[];
  @Field(() => Boolean) builtIn!: boolean;
}

@ObjectType('Company', { description: 'A customer of the wholesaler.' })
export class CompanyType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'The customer id in the ERP.' }) erpId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) taxId!: string | null;
  @Field(() => String) timeZone!: string;
  @Field(() => Boolean) blocked!: boolean;
  @Field(() => String, { nullable: true }) blockedReason!: string | null;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String) locale!: string;
  @Field(() => ID, { nullable: true }) companyId!: string | null;
  @Field(() => AccessLevelType, { nullable: true }) accessLevel!: AccessLevelType | null;
  @Field(() => Boolean) companyAdmin!: boolean;
  @Field(() => String, { nullable: true, description: 'sales_rep or admin for wholesaler staff.' }) staffRole!: string | null;
  @Field(() => Boolean) blocked!: boolean;
  @Field(() => [AccessWindowType], { nullable: true }) accessWindows!: AccessWindowType[] | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('Viewer', { description: 'Who is asking: a user, or an API key bound to a company.' })
export class ViewerType {
  @Field(() => String, { description: 'customer, staff or apiKey' }) kind!: string;
  @Field(() => UserType, { nullable: true }) user!: UserType | null;
  @Field(() => CompanyType, { nullable: true }) company!: CompanyType | null;
  @Field(() => [String]) permissions!: string[];
}

@ObjectType('ApiKey')
export class ApiKeyType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The public part of the key.' }) prefix!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('ApiKeyCreated')
export class ApiKeyCreated {
  @Field(() => ApiKeyType) apiKey!: ApiKeyType;
  @Field(() => String, { description: 'The whole key. Shown this once; only a hash is kept.' }) secret!: string;
}

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String) action!: string;
  @Field(() => ID, { nullable: true }) actorUserId!: string | null;
  @Field(() => ID, { nullable: true }) actorApiKeyId!: string | null;
  @Field(() => ID, { nullable: true }) companyId!: string | null;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => JSONObjectResolver, { nullable: true }) details!: Record<string, unknown> | null;
}

@ObjectType('ViewerEvent', { description: 'Something about the signed-in account changed.' })
export class ViewerEventType {
  @Field(() => String) kind!: string;
  @Field(() => Date) at!: Date;
}

export const CompanyConnection = connectionType('Company', CompanyType);
export const UserConnection = connectionType('User', UserType);
export const AuditEntryConnection = connectionType('AuditEntry', AuditEntryType);

@ObjectType('AuthTokens')
export class AuthTokens {
  @Field(() => String) accessToken!: string;
  @Field(() => Date) accessTokenExpiresAt!: Date;
  @Field(() => String, { description: 'Use once: each refresh returns a new one; using one twice ends the session.' })
  refreshToken!: string;
  @Field(() => Date) refreshTokenExpiresAt!: Date;
  @Field(() => ID) userId!: string;
}

export const InvalidCredentialsError = defineUserError(
  'InvalidCredentialsError',
  'INVALID_CREDENTIALS',
  'The e-mail or password is wrong.',
);
export const AccountBlockedError = defineUserError('AccountBlockedError', 'ACCOUNT_BLOCKED', 'The account or its company is blocked.');
export const OutsideAccessWindowError = defineUserError(
  'OutsideAccessWindowError',
  'OUTSIDE_ACCESS_WINDOW',
  'The account may not be used at this time.',
);
export const InvalidTokenError = defineUserError('InvalidTokenError', 'INVALID_TOKEN', 'The token is unknown, used or expired.');
export const WeakPasswordError = defineUserError('WeakPasswordError', 'WEAK_PASSWORD', 'The new password does not meet the rules.');

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [AuthTokens, InvalidCredentialsError, AccountBlockedError, OutsideAccessWindowError, RateLimitedError] as const,
});
export const RefreshResult = createUnionType({
  name: 'RefreshResult',
  types: () => [AuthTokens, InvalidTokenError, AccountBlockedError, OutsideAccessWindowError] as const,
});
export const ChangePasswordResult = createUnionType({
  name: 'ChangePasswordResult',
  types: () => [Done, InvalidCredentialsError, WeakPasswordError] as const,
});
export const ResetPasswordResult = createUnionType({
  name: 'ResetPasswordResult',
  types: () => [Done, InvalidTokenError, WeakPasswordError] as const,
});
export const UserResult = createUnionType({ name: 'UserResult', types: () => [UserType, NotFoundError, ValidationError] as const });
export const CompanyResult = createUnionType({
  name: 'CompanyResult',
  types: () => [CompanyType, NotFoundError, ValidationError] as const,
});
export const AccessLevelResult = createUnionType({
  name: 'AccessLevelResult',
  types: () => [AccessLevelType, NotFoundError, ValidationError] as const,
});
export const ApiKeyCreateResult = createUnionType({
  name: 'ApiKeyCreateResult',
  types: () => [ApiKeyCreated, NotFoundError, ValidationError] as const,
});
export const ApiKeyResult = createUnionType({ name: 'ApiKeyResult', types: () => [ApiKeyType, NotFoundError, ValidationError] as const });

// ---- inputs ------------------------------------------------------------------------------------------
@InputType()
export class LoginInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
}
@InputType()
export class RefreshTokenInput {
  @Field(() => String) refreshToken!: string;
}
@InputType()
export class LogoutInput {
  @Field(() => String, { nullable: true, description: 'Ends this token’s session when no access token is sent.' }) refreshToken?:
    string | null;
}
@InputType()
export class ChangePasswordInput {
  @Field(() => String) currentPassword!: string;
  @Field(() => String) newPassword!: string;
}
@InputType()
export class RequestPasswordResetInput {
  @Field(() => String) email!: string;
}
@InputType()
export class ResetPasswordInput {
  @Field(() => String) token!: string;
  @Field(() => String) newPassword!: string;
}
@InputType()
export class CreateUserInput {
  @Field(() => ID) companyId!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String) password!: string;
  @Field(() => ID) accessLevelId!: string;
  @Field(() => String, { nullable: true }) locale?: string | null;
  @Field(() => Boolean, { nullable: true }) companyAdmin?: boolean | null;
}
@InputType()
export class SetUserBlockedInput {
  @Field(() => ID) userId!: string;
  @Field(() => Boolean) blocked!: boolean;
}
@InputType()
export class SetCompanyBlockedInput {
  @Field(() => ID) companyId!: string;
  @Field(() => Boolean) blocked!: boolean;
  @Field(() => String, { nullable: true }) reason?: string | null;
}
@InputType()
export class SetUserAccessLevelInput {
  @Field(() => ID) userId!: string;
  @Field(() => ID) accessLevelId!: string;
}
@InputType()
export class SetUserAccessWindowsInput {
  @Field(() => ID) userId!: string;
  @Field(() => [AccessWindowInput], { description: 'An empty list removes every restriction.' }) windows!: AccessWindowInput[];
}
@InputType()
export class UpsertAccessLevelInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a new level.' }) id?: string | null;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) permissions!: string[];
}
@InputType()
export class AssignRepCustomersInput {
  @Field(() => ID) repId!: string;
  @Field(() => [ID]) companyIds!: string[];
}
@InputType()
export class CreateApiKeyInput {
  @Field(() => ID) companyId!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) scopes!: string[];
}
@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID) id!: string;
}

@ArgsType()
export class PageArgsType {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

export { UserError };
