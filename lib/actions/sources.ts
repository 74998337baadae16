"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ValidationError } from "@/lib/errors";
import { createSource, updateSource } from "@/lib/services/sources";
import { sourceInputFromFile } from "@/lib/sources/file-input";
import { formAction, formObject } from "./action-client";

export const importSource = formAction("source:write", async (principal, form) => {
  const input = formObject(form);
  const file = form.get("file");
  const pasted = typeof input.text === "string" && input.text.trim() !== "";
  // With no file chosen, browsers still send an empty part (named "" or "blob"); a chosen
  // empty file keeps its name, so it can be refused as empty.
  let archive;
  const fileChosen = file instanceof File && (file.size > 0 || /\.[a-z0-9]+$/i.test(file.name));
  if (fileChosen) {
    if (pasted)
      throw new ValidationError("Paste text or choose a file, not both.", {
        file: ["Paste text or choose a file, not both."],
      });
    const upload = file as File;
    const fromFile = await sourceInputFromFile(upload.name, new Uint8Array(await upload.arrayBuffer()));
    input.text = fromFile.text;
    if (!input.title || String(input.title).trim() === "") input.title = fromFile.fields.title;
    archive = fromFile.archive;
  }
  delete input.file;
  const source = await createSource(principal, input, archive);
  redirect(`/sources/${source.id}`);
});

/** Corrects a source's metadata from the reader; the text changes only by a new revision. */
export const updateSourceForm = formAction("source:write", async (principal, form) => {
  const { id, ...input } = formObject(form);
  const source = await updateSource(principal, String(id ?? ""), input);
  revalidatePath(`/sources/${source.id}`);
  revalidatePath("/sources");
  return { ok: true, message: `Saved (version ${source.version}).` };
});
