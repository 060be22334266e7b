/**
 * A tiny SQL builder for the catalog's hand-written statements: `?` placeholders with their values kept in order,
 * executed through MikroORM's connection (which inlines escaped literals). Arrays go in as PostgreSQL array
 * literals (`arr()`), JSON as text cast to jsonb.
 */
export class Sql {
  readonly params: unknown[] = [];
  readonly parts: string[] = [];
  /**
   * Whether a condition's best plan depends on its values (a manufacturer list, a characteristic, stock, a deep
   * category): such a statement is planned for its values, any other may run its generic plan.
   */
  valueSensitive = false;

  /** Adds a fragment; each `?` in it takes the next value. */
  add(fragment: string, ...values: unknown[]): this {
    this.parts.push(fragment);
    this.params.push(...values);
    return this;
  }

  get text(): string {
    return this.parts.join(' ');
  }
}

/** A PostgreSQL array literal for uuids or simple text (no quotes or braces inside). */
export function arr(values: readonly string[]): string {
  for (const v of values) if (/[",{}\\\s]/.test(v)) throw new Error(`array element not allowed: ${v}`);
  return `{${values.join(',')}}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);
