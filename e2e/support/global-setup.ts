// The web server writes the admin token after it has started; nothing to do here but fail early
// with a clear message if the production build is missing.
import { existsSync } from "node:fs";

export default function globalSetup() {
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run `npm run build` (npm test does this) before `npx playwright test`.");
}
