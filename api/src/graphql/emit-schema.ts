import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildKontorSchema } from './schema';
import type { Core } from '../core';

/** The published contract: emitted from the code, sorted. `--check` fails when the committed file drifts. */
export async function printKontorSchema(): Promise<string> {
  // Building the schema needs no live services: resolvers are only constructed on first use.
  const stub = { services: {}, bus: { publish() {}, subscribe() {} } } as unknown as Pick<Core, 'services' | 'bus'>;
  const schema = await buildKontorSchema(stub);
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

async function main() {
  const file = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');
  const sdl = await printKontorSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing counts as drift */
    }
    if (current !== sdl) {
      console.error('schema.graphql is out of date with the code. Run `npm run schema` and commit the result.');
      process.exit(1);
    }
    console.log('schema.graphql matches the code.');
    return;
  }
  writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
