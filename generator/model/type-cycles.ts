/**
 * Named types that are only other names for themselves (`A: B`, `B: A | null`): no value can be
 * described by them, TypeScript rejects them (TS2456) and following them never ends. Recursion
 * is fine once it goes through an object's fields or an array's items; through references,
 * unions and maps (`Record<string, …>` is an alias too) it is a cycle.
 */
import type { NamedType, TypeNode } from './types.js';

/** The named types `node` stands for directly, without an object or array in between. */
export function aliasTargets(node: TypeNode, out: string[] = []): string[] {
  switch (node.kind) {
    case 'ref':
      out.push(node.name);
      break;
    case 'union':
      for (const variant of node.variants) aliasTargets(variant, out);
      break;
    case 'map':
      aliasTargets(node.values, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Every cycle of aliases, each as the path that closes it (`['A', 'B', 'A']`), starting at its
 * alphabetically first type; each group of types caught in cycles is reported once. Linear in the
 * number of types and references (Tarjan's strongly connected components, iteratively).
 */
export function aliasCycles(types: readonly Pick<NamedType, 'name' | 'type'>[]): string[][] {
  const edges = new Map<string, string[]>();
  for (const t of types) edges.set(t.name, [...new Set(aliasTargets(t.type))]);
  // Only references to named types can close a cycle (unknown names are reported elsewhere).
  for (const [name, targets] of edges)
    edges.set(
      name,
      targets.filter((n) => edges.has(n)),
    );
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of [...edges.keys()].sort()) {
    if (index.has(root)) continue;
    // An explicit stack of (node, next edge to look at), so a long chain cannot overflow the call stack.
    const work: [string, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [node, i] = frame;
      const next = edges.get(node)!;
      if (i < next.length) {
        frame[1]++;
        const to = next[i]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) {
          low.set(node, Math.min(low.get(node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        const selfLoop = component.length === 1 && (edges.get(node) ?? []).includes(node);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.map((component) => cyclePath(component, edges)).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** A shortest way round a strongly connected group, from its first member back to it. */
function cyclePath(component: string[], edges: Map<string, string[]>): string[] {
  const start = component[0]!;
  const members = new Set(component);
  const previous = new Map<string, string>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const to of edges.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const back: string[] = [];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) back.push(at);
        return [start, ...back.reverse(), start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}
