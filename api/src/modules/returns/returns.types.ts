import { ArgsType, createUnionType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { NotFoundError, ValidationError } from '../../graphql/errors.types';
import { InvalidTransitionError } from '../orders/orders.errors';
import { photoDownloadPath, type ReturnView } from './returns.service';

export enum ReturnKindEnum {
  RETURN = 'RETURN',
  COMPLAINT = 'COMPLAINT',
}
registerEnumType(ReturnKindEnum, { name: 'ReturnKind' });

export enum ReturnStatusEnum {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  RESOLVED = 'RESOLVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ReturnStatusEnum, {
  name: 'ReturnStatus',
  description: 'submitted → accepted | rejected (staff) → resolved (staff); the customer may withdraw while submitted.',
});

@ObjectType('ReturnLine', { simpleResolvers: true })
export class ReturnLineType {
  @Field(() => ID) productId!: string;
  @Field(() => String) sku!: string;
  @Field(() => Float) quantity!: number;
  @Field(() => ID, { nullable: true }) orderLineId!: string | null;
}

@ObjectType('ReturnPhoto', { simpleResolvers: true })
export class ReturnPhotoType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'The https link given, or null for an uploaded photo.' }) url!: string | null;
  @Field(() => String, { nullable: true }) contentType!: string | null;
  @Field(() => Int, { nullable: true }) size!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'For an uploaded photo: where its bytes are downloaded, a path on the API’s host (GET with the same credentials as GraphQL); null for a linked photo.',
  })
  downloadUrl!: string | null;
}

@ObjectType('ReturnRequest', { description: 'A return or a complaint.' })
export class ReturnRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) companyId!: string;
  @Field(() => ID, { nullable: true }) orderId!: string | null;
  @Field(() => ReturnKindEnum) kind!: ReturnKindEnum;
  @Field(() => String) reason!: string;
  @Field(() => String) description!: string;
  @Field(() => [ReturnLineType]) lines!: ReturnLineType[];
  @Field(() => ReturnStatusEnum) status!: ReturnStatusEnum;
  @Field(() => String, { nullable: true }) resolution!: string | null;
  @Field(() => [ReturnPhotoType]) photos!: ReturnPhotoType[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const ReturnRequestConnection = connectionType('ReturnRequest', ReturnRequestType);

@InputType()
export class ReturnLineInput {
  @Field(() => ID) productId!: string;
  @Field(() => Float) quantity!: number;
  @Field(() => ID, { nullable: true }) orderLineId?: string | null;
}

@InputType({ description: 'A photo: an https URL, or the image as base64 (JPEG, PNG or WebP, at most 2 MB).' })
export class ReturnPhotoInput {
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) dataBase64?: string | null;
}

@InputType()
export class CreateReturnRequestInput {
  @Field(() => String) idempotencyKey!: string;
  @Field(() => ID, { nullable: true }) companyId?: string | null;
  @Field(() => ReturnKindEnum) kind!: ReturnKindEnum;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => String) reason!: string;
  @Field(() => String) description!: string;
  @Field(() => [ReturnLineInput]) lines!: ReturnLineInput[];
  @Field(() => [ReturnPhotoInput], { nullable: true }) photos?: ReturnPhotoInput[] | null;
}

@InputType()
export class SetReturnStatusInput {
  @Field(() => ID) returnId!: string;
  @Field(() => ReturnStatusEnum) status!: ReturnStatusEnum;
  @Field(() => String, { nullable: true }) resolution?: string | null;
}

@ArgsType()
export class ReturnRequestsArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => ID, { nullable: true }) companyId?: string | null;
}

export const ReturnResult = createUnionType({
  name: 'ReturnResult',
  types: () => [ReturnRequestType, NotFoundError, ValidationError, InvalidTransitionError] as const,
});

export const toReturnType = (r: ReturnView): ReturnRequestType =>
  Object.assign(new ReturnRequestType(), {
    ...r,
    kind: r.kind.toUpperCase() as ReturnKindEnum,
    status: r.status.toUpperCase() as ReturnStatusEnum,
    lines: r.lines.map((l) => Object.assign(new ReturnLineType(), l)),
    photos: r.photos.map((p) => Object.assign(new ReturnPhotoType(), { ...p, downloadUrl: p.url ? null : photoDownloadPath(p.id) })),
  });
