import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Depth and cost limits as validation rules: a query over either limit is refused before it runs, with a
 * message that says by how much. Cost counts every selected field, multiplied by the page size of the
 * lists above it (`first`, default 20).
 */
function walk(
  ctx: ValidationContext,
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  multiplier: number,
  seen: Set<string>,
  acc: { depth: number; cost: number },
): void {
  acc.depth = Math.max(acc.depth, depth);
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      let m = multiplier;
      const first = sel.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
      if (first) {
        if (first.value.kind === Kind.INT) m *= Math.max(1, Number(first.value.value));
        else m *= 100; // a variable: assume the maximum page size
      } else if (sel.selectionSet && /s$|Connection$/.test(sel.name.value)) {
        m *= 20;
      }
      acc.cost += m;
      if (sel.selectionSet) walk(ctx, sel.selectionSet, fragments, depth + 1, m, seen, acc);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      walk(ctx, sel.selectionSet, fragments, depth, multiplier, seen, acc);
    } else {
      const name = sel.name.value;
      const frag = fragments.get(name);
      if (!frag || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql's own rules
      seen.add(name);
      walk(ctx, frag.selectionSet, fragments, depth, multiplier, seen, acc);
      seen.delete(name);
    }
  }
}

export function limitsRule(maxDepth: number, maxCost: number): ValidationRule {
  return (ctx: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of ctx.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(node) {
        const acc = { depth: 0, cost: 0 };
        walk(ctx, node.selectionSet, fragments, 1, 1, new Set(), acc);
        if (acc.depth > maxDepth) {
          ctx.reportError(
            new GraphQLError(`The query is ${acc.depth} levels deep; at most ${maxDepth} are allowed.`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_DEEP' },
            }),
          );
        } else if (acc.cost > maxCost) {
          ctx.reportError(
            new GraphQLError(
              `The query costs about ${acc.cost} (fields × page sizes); at most ${maxCost} is allowed. Ask for smaller pages or fewer fields.`,
              {
                nodes: [node],
                extensions: { code: 'QUERY_TOO_COSTLY' },
              },
            ),
          );
        }
      },
    };
  };
}
