"use server";
import { redirect } from "next/navigation";
import { importSourceFromUrl } from "@/lib/services/source-import";
import { formAction, formObject } from "./action-client";

export const importSourceFromUrlForm = formAction(async (principal, form) => {
  const result = await importSourceFromUrl(principal, formObject(form));
  redirect(`/sources/${result.sourceId}?imported=${result.outcome}`);
});
