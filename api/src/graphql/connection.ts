import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { Page } from '../common/pagination';
import { PageInfo } from './common.types';

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount?: number;
}

/** A Relay connection type for a node type (DESIGN.md §8a). */
export function connectionType<T extends object>(name: string, Node: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection as ClassType<ConnectionShape<T>>;
}

export function toConnection<S, T>(page: Page<S>, map: (node: S) => T): ConnectionShape<T> {
  return {
    edges: page.nodes.map((n, i) => ({ cursor: page.cursors[i], node: map(n) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}

export { Int };
