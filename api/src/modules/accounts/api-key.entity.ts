import { randomUUID } from 'node:crypto';
import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantFiltered } from '../../common/tenant-filter';
import { Company } from './company.entity';
import { User } from './user.entity';

/** A key for a third-party system: shown once, stored hashed, scoped, bound to one company. */
@Entity({ tableName: 'api_key' })
@TenantFiltered()
export class ApiKey {
  [OptionalProps]?: 'createdBy' | 'scopes' | 'createdAt' | 'lastUsedAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Company)
  @Index()
  company!: Company;

  @ManyToOne(() => User, { nullable: true })
  createdBy: User | null = null;

  @Property({ type: 'text' })
  name!: string;

  /** The public part of the key, used to find it. */
  @Property({ type: 'text' })
  @Unique()
  prefix!: string;

  /** SHA-256 of the secret part (the secret is 256 random bits, so a fast hash is enough). */
  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  @Property({ type: 'text[]' })
  scopes: string[] = [];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
