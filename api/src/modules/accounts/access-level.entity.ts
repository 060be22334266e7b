import { randomUUID } from 'node:crypto';
import { OptionalProps, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A named set of customer permissions (DESIGN.md §4). The four defaults are seeded; admins add custom ones. */
@Entity({ tableName: 'access_level' })
export class AccessLevel {
  [OptionalProps]?: 'permissions' | 'builtIn' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique()
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text[]' })
  permissions: string[] = [];

  @Property({ type: 'boolean' })
  builtIn: boolean = false;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
