// The project's own lint rules (ADR 0022): what each accepts and what it reports.
import path from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import serviceExports from "./service-exports.mjs";
import testCodeLocation from "./test-code-location.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const service = "lib/services/example.ts";

tester.run("claimdesk/service-exports", serviceExports, {
  valid: [
    {
      name: "an entry point that checks the principal first",
      filename: service,
      code: `export async function getThing(principal: Principal | null, id: string) {
        requirePermission(principal, "staff:read");
        return (await getDb()).thing.findUnique({ where: { id } });
      }`,
    },
    {
      name: "a check nested in the first statement, or a custom require* check",
      filename: service,
      code: `export async function addUser(principal: Principal | null, raw: unknown) {
        return insertUser(requirePermission(principal, "user:manage"), raw);
      }
      export async function merge(principal: Principal | null) { const u = requireMergeRole(principal); return u; }`,
    },
    {
      name: "an entry point delegating to another entry point of the module",
      filename: service,
      code: `export async function getSource(principal: Principal | null, id: string) { requirePermission(principal, "staff:read"); return id; }
      export async function getReaderData(principal: Principal | null, id: string) { const s = await getSource(principal, id); return s; }`,
    },
    {
      name: "an anonymous-aware entry point testing the principal first",
      filename: service,
      code: `export async function unreadCount(principal: Principal | null) { if (!principal?.userId) return 0; return 1; }`,
    },
    {
      name: "a transaction helper takes tx or db first",
      filename: service,
      code: `export async function notify(tx: Tx, ids: string[]) { await tx.notification.createMany({ data: [] }); }
      export async function countsByClaim(db: Db | Tx, ids: string[]) { return db.evidence.count(); }
      export const follow = async (tx: Tx) => tx.follow.count();`,
    },
    {
      name: "synchronous pure exports",
      filename: service,
      code: `export function cursorArgs(cursor: string | undefined, limit: number) { return { take: limit + 1 }; }
      export const currentReviews = (claimId: string) => ({ claimId, staleAt: null });`,
    },
    {
      name: "an unchecked door with its reason",
      filename: service,
      code: `/** @unchecked Readers' view: only published cards. */
      export async function listPublishedCards() { return []; }`,
    },
  ],
  invalid: [
    {
      name: "an entry point that reads its input before checking",
      filename: service,
      code: `export async function createThing(principal: Principal | null, raw: unknown) {
        const input = parseInput(schema, raw);
        requirePermission(principal, "claim:write");
        return input;
      }`,
      errors: [{ messageId: "notChecked" }],
    },
    {
      name: "an entry point that never checks",
      filename: service,
      code: `export const listThings = async (principal: Principal | null) => (await getDb()).thing.findMany();`,
      errors: [{ messageId: "notChecked" }],
    },
    {
      name: "passing the principal to a function that is not a check",
      filename: service,
      code: `export async function take(principal: Principal | null, id: string) { await recordAudit(principal, id); }`,
      errors: [{ messageId: "notChecked" }],
    },
    {
      name: "an async export with neither principal nor tx first",
      filename: service,
      code: `export async function claimEvidence(claimId: string) { return (await getDb()).evidence.findMany({ where: { claimId } }); }`,
      errors: [{ messageId: "unclassified" }],
    },
    {
      name: "an @unchecked tag without a reason, and an export by specifier",
      filename: service,
      code: `/** @unchecked */
      export async function jobA() {}
      async function jobB() {}
      export { jobB };`,
      errors: [{ messageId: "unclassified" }, { messageId: "unclassified" }],
    },
  ],
});

const cwd = path.resolve(import.meta.dirname, "../..");
const at = (file: string) => path.join(cwd, file);

tester.run("claimdesk/test-code-location", testCodeLocation, {
  valid: [
    { name: "a production module", filename: at("lib/extract/quotes.ts"), code: `export const x = 1;` },
    { name: "a module about factors of numbers", filename: at("lib/extract/numbers.ts"), code: `export const x = 1;` },
    { name: "a word that merely contains 'mock'", filename: at("lib/claims/hammock.ts"), code: `export const x = 1;` },
  ],
  invalid: [
    {
      name: "a fixture module outside lib/testing",
      filename: at("lib/extract/test-fixtures.ts"),
      code: `export const TEXT = "";`,
      errors: [{ messageId: "testName" }],
    },
    {
      name: "a fixtures folder outside lib/testing",
      filename: at("lib/extract/fixtures/eval-cases.ts"),
      code: `export const CASES = [];`,
      errors: [{ messageId: "testName" }],
    },
    {
      name: "a factory module outside lib/testing",
      filename: at("lib/claims/claim-factory.ts"),
      code: `export const makeClaim = () => ({});`,
      errors: [{ messageId: "testName" }],
    },
    {
      name: "a mock module outside lib/testing",
      filename: at("lib/mail/transport-mock.ts"),
      code: `export const sent = [];`,
      errors: [{ messageId: "testName" }],
    },
    {
      name: "a benchmark outside bench/",
      filename: at("lib/search/bench.ts"),
      code: `console.log(1);`,
      errors: [{ messageId: "benchName" }],
    },
    {
      name: "a helper that imports a test runner",
      filename: at("lib/claims/helpers.ts"),
      code: `import { expect } from "vitest";\nexport const same = (a: unknown, b: unknown) => expect(a).toEqual(b);`,
      errors: [{ messageId: "runner" }],
    },
  ],
});
