// Stand-ins for the Next.js request APIs server actions use, so tests can call actions in-process.
// Use as `vi.mock("next/navigation", () => import("@/lib/testing/next-action-mocks").then((m) => m.navigation))`.
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";

/** What redirect() and notFound() throw here: the signal Next would turn into a response. */
export class NavigationSignal extends Error {
  constructor(readonly to: string) {
    super(`navigation ${to}`);
  }
}

export const navigation = {
  redirect: (to: string) => {
    throw new NavigationSignal(to);
  },
  notFound: () => {
    throw new NavigationSignal("not-found");
  },
  // Next answers these with HTTP 401/403; the domain errors carry the same status and message.
  unauthorized: () => {
    throw new UnauthorizedError();
  },
  forbidden: () => {
    throw new ForbiddenError();
  },
};

export const cache = {
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  unstable_cache: (fn: unknown) => fn,
};

/** Request headers and a cookie jar that only remembers what the action set. */
export const headers = {
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => {
    const jar = new Map<string, string>();
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      has: (name: string) => jar.has(name),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
    };
  },
};
