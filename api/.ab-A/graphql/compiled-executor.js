"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "compiledExecution", {
    enumerable: true,
    get: function() {
        return compiledExecution;
    }
});
const _graphql = require("graphql");
const _graphqljit = require("graphql-jit");
/** How many compiled query documents are kept (oldest dropped first). */ const MAX_COMPILED = 500;
function compiledExecution(schema) {
    const compiled = new Map();
    let listener = null;
    const executor = async (rc)=>{
        const variables = rc.request.variables ?? {};
        if (rc.operation.operation !== 'query') {
            return (0, _graphql.execute)({
                schema,
                document: rc.document,
                contextValue: rc.context,
                variableValues: variables,
                operationName: rc.operationName
            });
        }
        const key = `${rc.queryHash}\u0000${rc.operationName ?? ''}`;
        let query = compiled.get(key);
        if (!query) {
            const made = (0, _graphqljit.compileQuery)(schema, rc.document, rc.operationName ?? undefined);
            if (!(0, _graphqljit.isCompiledQuery)(made)) return made;
            if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value);
            compiled.set(key, made);
            query = made;
        }
        const result = await query.query(undefined, rc.context, variables);
        // Variables that do not fit the operation: let graphql-js word the errors, so they read and classify
        // (BAD_USER_INPUT, HTTP 400) exactly as for any other request. Nothing has run: no field resolved.
        if (result.data == null && result.errors?.length && result.errors.every((e)=>!e.path)) {
            const coerced = (0, _graphql.getVariableValues)(schema, rc.operation.variableDefinitions ?? [], variables);
            if (coerced.errors) return {
                errors: coerced.errors
            };
        }
        return result;
    };
    return {
        onSchemaLoadOrUpdate (callback) {
            listener = callback;
            return ()=>{
                listener = null;
            };
        },
        async load () {
            listener?.({
                apiSchema: schema,
                coreSupergraphSdl: (0, _graphql.printSchema)(schema)
            });
            return {
                executor
            };
        },
        async stop () {
            compiled.clear();
        }
    };
}

//# sourceMappingURL=compiled-executor.js.map