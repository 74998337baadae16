// Pages' half of the error mapping (lib/errors.ts): a record that does not exist is the page's 404.
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** Awaits a service read; its NotFoundError becomes Next's notFound() (HTTP 404), any other error is rethrown. */
export function orNotFound<T>(read: Promise<T>): Promise<T> {
  return read.catch((e: unknown) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
}
