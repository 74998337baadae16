// Public service entry points versus transaction helpers (ADR 0022). Every export of a lib/services
// module is told apart by its first parameter:
//   principal  an entry point: its first statement hands `principal` to a check (requirePermission,
//              can, another entry point of the module) or tests it, before any input is read;
//   tx / db    a transaction helper: runs on the caller's open transaction or client, checks nothing;
//              only code that holds a database handle (the services) can call it;
//   anything else must be synchronous and pure, or say in a `@unchecked <reason>` doc comment why it
//   needs no principal (what readers may see, the local operator, a background job).

const ENTRY = "principal";
const HELPER = new Set(["tx", "db"]);
const CHECKERS = /^(require[A-Z]\w*|can)$/;

const paramName = (p) =>
  p?.type === "Identifier" ? p.name : p?.type === "AssignmentPattern" ? paramName(p.left) : undefined;

/** Every node below `node` (not crossing into `parent`), depth first. */
function* descendants(node) {
  for (const [key, value] of Object.entries(node)) {
    if (key === "parent" || !value || typeof value !== "object") continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === "string") {
        yield child;
        yield* descendants(child);
      }
    }
  }
}

const isPrincipal = (n) => n.type === "Identifier" && n.name === ENTRY;
const mentionsPrincipal = (node) => isPrincipal(node) || [...descendants(node)].some(isPrincipal);

/** Does the first statement check the principal before anything else happens? */
function checksFirst(fn, entryNames) {
  const first = fn.body.type === "BlockStatement" ? fn.body.body[0] : fn.body;
  if (!first) return false;
  if (first.type === "IfStatement") return mentionsPrincipal(first.test);
  return [first, ...descendants(first)].some(
    (n) =>
      n.type === "CallExpression" &&
      n.callee.type === "Identifier" &&
      (CHECKERS.test(n.callee.name) || entryNames.has(n.callee.name)) &&
      n.arguments.some(isPrincipal),
  );
}

const UNCHECKED = /@unchecked\s+\S/;

/** @type {import("eslint").Rule.RuleModule} */
export default {
  meta: {
    type: "problem",
    docs: { description: "Service exports are entry points (principal first, checked first) or transaction helpers" },
    schema: [],
    messages: {
      notChecked:
        "Service entry point '{{name}}' takes the principal but its first statement does not check it " +
        "(requirePermission(principal, …) or another entry point), so input could be read unchecked.",
      unclassified:
        "Exported async '{{name}}' takes neither `principal` (entry point) nor `tx`/`db` (transaction helper) first; " +
        "if it needs no principal, say why in a `/** @unchecked … */` comment (ADR 0022).",
    },
  },
  create(context) {
    const functions = new Map(); // top-level function declarations by name
    const exported = []; // { name, fn, statement }

    const addExport = (name, fn, statement) => {
      if (fn && /Function/.test(fn.type)) exported.push({ name, fn, statement });
    };

    return {
      "Program > FunctionDeclaration"(node) {
        if (node.id) functions.set(node.id.name, { fn: node, statement: node });
      },
      "Program > ExportNamedDeclaration"(node) {
        const decl = node.declaration;
        if (decl?.type === "FunctionDeclaration" && decl.id) addExport(decl.id.name, decl, node);
        if (decl?.type === "VariableDeclaration")
          for (const d of decl.declarations) if (d.id.type === "Identifier") addExport(d.id.name, d.init, node);
        if (!decl && !node.source)
          for (const s of node.specifiers)
            exported.push({ name: s.exported.name, local: s.local.name, statement: node });
      },
      "Program:exit"() {
        const resolved = exported
          .map((e) => (e.local ? { ...e, ...functions.get(e.local), name: e.name } : e))
          .filter((e) => e.fn);
        const entryNames = new Set(resolved.filter((e) => paramName(e.fn.params[0]) === ENTRY).map((e) => e.name));
        for (const { name, fn, statement } of resolved) {
          const first = paramName(fn.params[0]);
          if (first === ENTRY) {
            if (!checksFirst(fn, entryNames)) context.report({ node: fn, messageId: "notChecked", data: { name } });
            continue;
          }
          if (HELPER.has(first) || !fn.async) continue;
          const comments = context.sourceCode.getCommentsBefore(statement);
          if (comments.some((c) => UNCHECKED.test(c.value))) continue;
          context.report({ node: fn, messageId: "unclassified", data: { name } });
        }
      },
    };
  },
};
