// Test helpers, fixtures, factories and mocks live in lib/testing, benchmarks in bench/ (ADR 0022). A module
// elsewhere that is named like one, or that imports a test runner, is reported. Test files themselves
// (*.test.ts), e2e/, bench/ and scripts/ are not linted by this rule (see eslint.config.mjs).
import path from "node:path";

const NAMED_LIKE_TEST_CODE =
  /(^|\/)(test-[^/]*|[^/]*fixtures?[^/]*|[^/]*factor(y|ies)[^/]*|([^/]*[-_.])?mocks?([-_.][^/]*)?|fixtures\/.*)$/;
const NAMED_LIKE_BENCH = /(^|\/)([^/]*[.-])?bench(mark)?s?\.[cm]?[jt]sx?$/;
const TEST_RUNNERS = /^(vitest|vitest\/.*|@playwright\/test|fast-check|@vitest\/.*)$/;

/** @type {import("eslint").Rule.RuleModule} */
export default {
  meta: {
    type: "problem",
    docs: { description: "Test helpers, fixtures and factories live under lib/testing, benchmarks under bench/" },
    schema: [],
    messages: {
      testName: "'{{file}}' is named like a test helper, fixture or factory: move it under lib/testing/.",
      benchName: "'{{file}}' is named like a benchmark: move it under bench/.",
      runner: "'{{source}}' is a test tool: a module that needs it is a test helper and lives under lib/testing/.",
    },
  },
  create(context) {
    const file = path.relative(context.cwd, context.filename).split(path.sep).join("/");
    return {
      Program(node) {
        const stem = file.replace(/\.[cm]?[jt]sx?$/, "");
        if (NAMED_LIKE_BENCH.test(file)) context.report({ node, messageId: "benchName", data: { file } });
        else if (NAMED_LIKE_TEST_CODE.test(stem)) context.report({ node, messageId: "testName", data: { file } });
      },
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (TEST_RUNNERS.test(source)) context.report({ node, messageId: "runner", data: { source } });
      },
    };
  },
};
