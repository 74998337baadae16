"use server";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors";
import { importSourceFromUrl } from "@/lib/services/source-import";
import { sourceInputFromFile } from "@/lib/sources/file-input";
import { createSource } from "@/lib/services/sources";
import { formAction, formObject } from "./action-client";

export const importSourceFromUrlForm = formAction("source:write", async (principal, form) => {
  const result = await importSourceFromUrl(principal, formObject(form));
  redirect(`/sources/${result.sourceId}?imported=${result.outcome}`);
});

/** One file of a multi-file import: the browser sends the files one by one and shows progress. */
export const importSourceFileForm = formAction("source:write", async (principal, form) => {
  requirePermission(principal, "source:write");
  const file = form.get("file");
  if (!(file instanceof File) || !file.name)
    throw new ValidationError("Choose a file.", { file: ["Choose a .txt, .md, .html or .pdf file."] });
  const input = await sourceInputFromFile(file.name, new Uint8Array(await file.arrayBuffer()));
  const source = await createSource(
    principal,
    { title: input.fields.title, text: input.text, author: input.fields.author, publishedAt: input.publishedAt },
    input.archive,
  );
  return { ok: true, message: `Imported ${file.name}.`, values: { sourceId: source.id, title: source.title } };
});
