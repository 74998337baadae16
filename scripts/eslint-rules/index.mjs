// The project's own lint rules (ADR 0022), loaded by eslint.config.mjs as the `claimdesk` plugin.
import serviceExports from "./service-exports.mjs";
import testCodeLocation from "./test-code-location.mjs";

export default {
  meta: { name: "claimdesk" },
  rules: { "service-exports": serviceExports, "test-code-location": testCodeLocation },
};
