import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { Done } from '../../graphql/common.types';
import { toConnection } from '../../graphql/connection';
import { NotFoundError, RateLimitedError, ValidationError } from '../../graphql/errors.types';
import { Policy } from '../../graphql/policy';
import type { AccountsService, Outcome } from './accounts.service';
import type { ApiKeysService } from './api-keys.service';
import type { AuthService, PasswordOutcome } from './auth.service';
import { toAccessLevel, toApiKey, toAuditEntry, toCompany, toUser } from './accounts.mappers';
import {
  AccessLevelResult,
  AccessLevelType,
  AccountBlockedError,
  ApiKeyCreated,
  ApiKeyCreateResult,
  ApiKeyResult,
  ApiKeyType,
  AssignRepCustomersInput,
  AuditEntryConnection,
  AuthTokens,
  ChangePasswordInput,
  ChangePasswordResult,
  CompanyConnection,
  CompanyResult,
  CompanyType,
  CreateApiKeyInput,
  CreateUserInput,
  InvalidCredentialsError,
  InvalidTokenError,
  LoginInput,
  LoginResult,
  LogoutInput,
  OutsideAccessWindowError,
  PageArgsType,
  RefreshResult,
  RefreshTokenInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  ResetPasswordResult,
  RevokeApiKeyInput,
  SetCompanyBlockedInput,
  SetUserAccessLevelInput,
  SetUserAccessWindowsInput,
  SetUserBlockedInput,
  UpsertAccessLevelInput,
  UserConnection,
  UserResult,
  ViewerEventType,
  ViewerType,
  WeakPasswordError,
} from './accounts.types';

const done = () => Object.assign(new Done(), { ok: true });

function outcome<T, R>(o: Outcome<T>, map: (v: T) => R) {
  switch (o.kind) {
    case 'ok':
      return map(o.value);
    case 'notFound':
      return NotFoundError.of(`${o.what} was not found.`);
    case 'invalid':
      return ValidationError.of(o.message);
  }
}

function passwordResult(o: PasswordOutcome) {
  switch (o.kind) {
    case 'ok':
      return done();
    case 'invalidCredentials':
      return InvalidCredentialsError.of('The current password is wrong.');
    case 'weakPassword':
      return WeakPasswordError.of(o.message);
    case 'invalidToken':
      return InvalidTokenError.of('This reset link is unknown, used or expired. Ask for a new one.');
  }
}

const tokens = (t: Omit<AuthTokens, never>) => Object.assign(new AuthTokens(), t);

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Policy({ public: true })
  @Mutation(() => LoginResult, { description: 'Sign in with e-mail and password.' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Context() ctx: Ctx): Promise<typeof LoginResult> {
    const o = await this.auth.login(ctx, input);
    switch (o.kind) {
      case 'ok':
        return tokens(o);
      case 'invalidCredentials':
        return InvalidCredentialsError.of('The e-mail or password is wrong.');
      case 'blocked':
        return AccountBlockedError.of('This account is blocked. Contact your account manager.');
      case 'outsideWindow':
        return OutsideAccessWindowError.of('This account may not be used at this time.');
      case 'rateLimited':
        return Object.assign(new RateLimitedError(), {
          code: 'RATE_LIMITED',
          message: `Too many sign-in attempts. Try again in ${o.retryAfterSeconds} s.`,
          retryAfterSeconds: o.retryAfterSeconds,
        });
    }
  }

  @Policy({ public: true })
  @Mutation(() => RefreshResult, { description: 'Trade a refresh token for a new pair. Each refresh token works once.' })
  async refreshToken(@Arg('input', () => RefreshTokenInput) input: RefreshTokenInput, @Context() ctx: Ctx): Promise<typeof RefreshResult> {
    const o = await this.auth.refresh(ctx, input);
    switch (o.kind) {
      case 'ok':
        return tokens(o);
      case 'invalidToken':
        return InvalidTokenError.of('The refresh token is unknown, used or expired. Sign in again.');
      case 'blocked':
        return AccountBlockedError.of('This account is blocked. Contact your account manager.');
      case 'outsideWindow':
        return OutsideAccessWindowError.of('This account may not be used at this time.');
    }
  }

  @Policy({ public: true })
  @Mutation(() => Boolean, { description: 'End the current session (or the session of the given refresh token).' })
  logout(@Arg('input', () => LogoutInput) input: LogoutInput, @Context() ctx: Ctx): Promise<boolean> {
    return this.auth.logout(ctx, input);
  }

  @Policy({ signedIn: true })
  @Mutation(() => ChangePasswordResult, { description: 'Change your password; every session of yours ends.' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Context() ctx: Ctx,
  ): Promise<typeof ChangePasswordResult> {
    if (ctx.actor.kind !== 'customer' && ctx.actor.kind !== 'staff')
      return InvalidCredentialsError.of('Only a signed-in person has a password.');
    return passwordResult(await this.auth.changePassword(ctx, ctx.actor.userId, input));
  }

  @Policy({ public: true })
  @Mutation(() => Done, { description: 'Send a reset link if the address is known. Answers the same either way.' })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Context() ctx: Ctx,
  ): Promise<Done> {
    await this.auth.requestPasswordReset(ctx, input);
    return done();
  }

  @Policy({ public: true })
  @Mutation(() => ResetPasswordResult, { description: 'Set a new password with a one-time reset token.' })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Context() ctx: Ctx,
  ): Promise<typeof ResetPasswordResult> {
    return passwordResult(await this.auth.resetPassword(ctx, input));
  }
}

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly keys: ApiKeysService,
  ) {}

  @Policy({ signedIn: true })
  @Query(() => ViewerType, { description: 'Who is asking, with their effective permissions.' })
  async me(@Context() ctx: Ctx): Promise<ViewerType> {
    const user = await this.accounts.me(ctx);
    const companyId = user?.company?.id ?? (ctx.actor.kind === 'apiKey' ? ctx.actor.companyId : null);
    const company = companyId ? await this.accounts.company(ctx, companyId) : null;
    return {
      kind: ctx.actor.kind,
      user: user ? toUser(user) : null,
      company: company ? toCompany(company) : null,
      permissions: [...ctx.actor.permissions].sort(),
    };
  }

  @Policy({ signedIn: true })
  @Query(() => CompanyType, { nullable: true, description: 'A company you may see: your own, or for staff an assigned one.' })
  async company(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<CompanyType | null> {
    const c = await this.accounts.company(ctx, id);
    return c ? toCompany(c) : null;
  }

  @Policy({ permissions: ['staff.customers.view'] })
  @Query(() => CompanyConnection, { description: 'Customers: all for admins, the assigned ones for a sales rep.' })
  async companies(
    @Args(() => PageArgsType) page: PageArgsType,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Context() ctx: Ctx,
  ) {
    return toConnection(await this.accounts.companies(ctx, { ...page, search }), toCompany);
  }

  @Policy({ permissions: ['users.manage'] })
  @Query(() => UserConnection, { description: 'The users of a company you administer.' })
  async companyUsers(@Arg('companyId', () => ID) companyId: string, @Args(() => PageArgsType) page: PageArgsType, @Context() ctx: Ctx) {
    return toConnection(await this.accounts.users(ctx, companyId, page), toUser);
  }

  @Policy({ permissions: ['users.manage'] })
  @Query(() => [AccessLevelType])
  async accessLevels(@Context() ctx: Ctx): Promise<AccessLevelType[]> {
    return (await this.accounts.accessLevels(ctx)).map(toAccessLevel);
  }

  @Policy({ permissions: ['apikeys.manage'] })
  @Query(() => [ApiKeyType], { description: 'API keys of a company you administer.' })
  async apiKeys(@Arg('companyId', () => ID) companyId: string, @Context() ctx: Ctx): Promise<ApiKeyType[]> {
    return (await this.keys.list(ctx, companyId)).map(toApiKey);
  }

  @Policy({ permissions: ['staff.audit.view'] })
  @Query(() => AuditEntryConnection, { description: 'Sign-ins, failures, blocks, key and permission changes; newest first.' })
  async auditLog(
    @Args(() => PageArgsType) page: PageArgsType,
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Arg('action', () => String, { nullable: true }) action: string | null,
    @Context() ctx: Ctx,
  ) {
    return toConnection(await this.accounts.auditLog(ctx, { ...page, companyId, action }), toAuditEntry);
  }

  @Policy({ permissions: ['users.manage'] })
  @Mutation(() => UserResult)
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Context() ctx: Ctx): Promise<typeof UserResult> {
    return outcome(await this.accounts.createUser(ctx, input), toUser);
  }

  @Policy({ permissions: ['users.manage'] })
  @Mutation(() => UserResult, { description: 'Blocking bites at once: sessions, refresh and open subscriptions end.' })
  async setUserBlocked(
    @Arg('input', () => SetUserBlockedInput) input: SetUserBlockedInput,
    @Context() ctx: Ctx,
  ): Promise<typeof UserResult> {
    return outcome(await this.accounts.setUserBlocked(ctx, input), toUser);
  }

  @Policy({ permissions: ['users.manage'] })
  @Mutation(() => UserResult)
  async setUserAccessLevel(
    @Arg('input', () => SetUserAccessLevelInput) input: SetUserAccessLevelInput,
    @Context() ctx: Ctx,
  ): Promise<typeof UserResult> {
    return outcome(await this.accounts.setUserAccessLevel(ctx, input), toUser);
  }

  @Policy({ permissions: ['users.manage'] })
  @Mutation(() => UserResult)
  async setUserAccessWindows(
    @Arg('input', () => SetUserAccessWindowsInput) input: SetUserAccessWindowsInput,
    @Context() ctx: Ctx,
  ): Promise<typeof UserResult> {
    return outcome(await this.accounts.setUserAccessWindows(ctx, input), toUser);
  }

  @Policy({ permissions: ['staff.accounts.manage'] })
  @Mutation(() => CompanyResult, { description: 'Blocking bites at once for every user and key of the company.' })
  async setCompanyBlocked(
    @Arg('input', () => SetCompanyBlockedInput) input: SetCompanyBlockedInput,
    @Context() ctx: Ctx,
  ): Promise<typeof CompanyResult> {
    return outcome(await this.accounts.setCompanyBlocked(ctx, input), toCompany);
  }

  @Policy({ permissions: ['staff.accessLevels.manage'] })
  @Mutation(() => AccessLevelResult, { description: 'Create or edit an access level.' })
  async upsertAccessLevel(
    @Arg('input', () => UpsertAccessLevelInput) input: UpsertAccessLevelInput,
    @Context() ctx: Ctx,
  ): Promise<typeof AccessLevelResult> {
    return outcome(await this.accounts.upsertAccessLevel(ctx, input), toAccessLevel);
  }

  @Policy({ permissions: ['staff.accounts.manage'] })
  @Mutation(() => UserResult, { description: 'Set the customers a sales rep serves.' })
  async assignRepCustomers(
    @Arg('input', () => AssignRepCustomersInput) input: AssignRepCustomersInput,
    @Context() ctx: Ctx,
  ): Promise<typeof UserResult> {
    return outcome(await this.accounts.assignRepCustomers(ctx, input), toUser);
  }

  @Policy({ permissions: ['apikeys.manage'] })
  @Mutation(() => ApiKeyCreateResult, { description: 'Create an API key. The secret is in the answer, once.' })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Context() ctx: Ctx,
  ): Promise<typeof ApiKeyCreateResult> {
    return outcome(await this.keys.create(ctx, input), (v) =>
      Object.assign(new ApiKeyCreated(), { apiKey: toApiKey(v.key), secret: v.secret }),
    );
  }

  @Policy({ permissions: ['apikeys.manage'] })
  @Mutation(() => ApiKeyResult)
  async revokeApiKey(@Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput, @Context() ctx: Ctx): Promise<typeof ApiKeyResult> {
    return outcome(await this.keys.revoke(ctx, input), toApiKey);
  }

  @Policy({ signedIn: true })
  @Subscription(() => ViewerEventType, {
    description: 'Changes to your own account. The connection closes when the account is blocked or signed out.',
    topics: 'viewer',
    topicId: ({ context }: { context: Ctx }) =>
      context.actor.kind === 'customer' || context.actor.kind === 'staff' ? context.actor.userId : 'none',
  })
  viewerEvents(@Root() event: { kind: string; at: string }): ViewerEventType {
    return { kind: event.kind, at: new Date(event.at) };
  }
}
