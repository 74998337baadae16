"use server";
// Saving a statement correction from the reader. A stale save (409) comes back as a conflict the form
// shows with who changed it and their values, so the analyst can reload without losing their own.
import { revalidatePath } from "next/cache";
import { ConflictError } from "@/lib/errors";
import { statementFormValues } from "@/lib/reader/statement-form";
import { getStatement, updateStatement } from "@/lib/services/statements";
import { formAction, requiredId } from "./action-client";
import type { FormState } from "./form-state";
import { nestedFormObject } from "./workspace-forms";

export type StatementConflict = {
  currentVersion: number;
  updatedBy: string | null;
  updatedAt: string | null;
  latest: Record<string, string>;
};
export type StatementEditState = FormState & { conflict?: StatementConflict };

const save = formAction("statement:write", async (principal, form): Promise<StatementEditState> => {
  const id = requiredId(form);
  try {
    const saved = await updateStatement(principal, id, nestedFormObject(form));
    revalidatePath(`/sources/${saved.sourceId}`);
    revalidatePath(`/actors/${saved.speakerId}`);
    return { ok: true, message: `Statement by ${saved.speaker.name} saved (version ${saved.version}).` };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const latest = await getStatement(principal, id);
    const details = error.details as
      { currentVersion?: number; updatedBy?: string | null; updatedAt?: Date | string | null } | undefined;
    return {
      ok: false,
      message: error.message,
      values: Object.fromEntries(
        [...form.entries()]
          .filter(([k, v]) => typeof v === "string" && !k.startsWith("$"))
          .map(([k, v]) => [k, String(v)]),
      ),
      conflict: {
        currentVersion: details?.currentVersion ?? latest.version,
        updatedBy: details?.updatedBy ?? null,
        updatedAt: details?.updatedAt ? new Date(details.updatedAt).toISOString() : null,
        latest: statementFormValues(latest),
      },
    };
  }
});

// formAction passes the handler's extra `conflict` through; this restores its type for the form.
export const saveStatementEdit = save as (previous: StatementEditState, form: FormData) => Promise<StatementEditState>;
