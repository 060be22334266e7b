import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** How many compiled query documents are kept (oldest dropped first). */
const MAX_COMPILED = 500;

/**
 * Runs queries as compiled functions instead of walking the document for every request: a query document
 * (by its hash and operation name) is compiled once against the schema, with the same resolvers, and each
 * request then runs straight-line code for its fields. A page of 50 products with prices resolves and
 * completes several times faster than through graphql-js's generic walk. Mutations run through graphql-js's
 * `execute` (one at a time, in order, exactly as the specification describes); subscriptions never come
 * here (graphql-ws runs them). Apollo still parses, validates (with Kontor's limits) and formats errors.
 *
 * It plugs into Apollo Server through its executor interface, which only replaces execution.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  let listener: GatewaySchemaLoadOrUpdateCallback | null = null;

  const executor: GatewayExecutor = async (rc) => {
    const variables = rc.request.variables ?? {};
    if (rc.operation.operation !== 'query') {
      return execute({
        schema,
        document: rc.document,
        contextValue: rc.context,
        variableValues: variables,
        operationName: rc.operationName,
      });
    }
    const key = `${rc.queryHash}\u0000${rc.operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      const made = compileQuery(schema, rc.document, rc.operationName ?? undefined);
      if (!isCompiledQuery(made)) return made as ExecutionResult;
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, made);
      query = made;
    }
    const result = await (query.query(undefined, rc.context, variables) as ExecutionResult | Promise<ExecutionResult>);
    // Variables that do not fit the operation: let graphql-js word the errors, so they read and classify
    // (BAD_USER_INPUT, HTTP 400) exactly as for any other request. Nothing has run: no field resolved.
    if (result.data == null && result.errors?.length && result.errors.every((e) => !e.path)) {
      const coerced = getVariableValues(schema, rc.operation.variableDefinitions ?? [], variables);
      if (coerced.errors) return { errors: coerced.errors };
    }
    return result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = null;
      };
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    async stop() {
      compiled.clear();
    },
  };
}
