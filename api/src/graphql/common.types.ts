import { Field, InterfaceType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Relay page information.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Every expected business failure in a result union implements this. */
@InterfaceType({ description: 'An expected failure: a stable machine-readable code and a message for people.' })
export abstract class UserError {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'The operation succeeded and has nothing more to say.' })
export class Done {
  @Field(() => Boolean)
  ok!: boolean;
}
