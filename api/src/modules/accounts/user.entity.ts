import { randomUUID } from 'node:crypto';
import { OptionalProps, Collection, Entity, Index, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantFiltered } from '../../common/tenant-filter';
import type { AccessWindow } from './access-window';
import { AccessLevel } from './access-level.entity';
import { Company } from './company.entity';
import type { StaffRole } from './permissions';

/** A person who signs in: a customer's employee (company set) or wholesaler staff (staffRole set). */
@Entity({ tableName: 'app_user' })
@TenantFiltered()
export class User {
  [OptionalProps]?:
    | 'locale'
    | 'company'
    | 'accessLevel'
    | 'companyAdmin'
    | 'staffRole'
    | 'blocked'
    | 'accessWindows'
    | 'passwordChangedAt'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased. */
  @Property({ type: 'text' })
  @Unique()
  email!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  locale: string = 'pl';

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @ManyToOne(() => Company, { nullable: true })
  @Index()
  company: Company | null = null;

  @ManyToOne(() => AccessLevel, { nullable: true })
  accessLevel: AccessLevel | null = null;

  /** A customer user who manages the company's users and API keys. */
  @Property({ type: 'boolean' })
  companyAdmin: boolean = false;

  @Property({ type: 'text', nullable: true })
  staffRole: StaffRole | null = null;

  /** Companies a sales rep serves. */
  @ManyToMany({ entity: () => Company, pivotTable: 'rep_assignment', joinColumn: 'rep_id', inverseJoinColumn: 'company_id' })
  assignedCompanies = new Collection<Company>(this);

  @Property({ type: 'boolean' })
  blocked: boolean = false;

  /** When the user may sign in, in the company's time zone; null means any time. */
  @Property({ type: 'jsonb', nullable: true })
  accessWindows: AccessWindow[] | null = null;

  /** Bumped whenever a password changes; older sessions are then refused. */
  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
