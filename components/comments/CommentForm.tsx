"use client";
import { useActionState } from "react";
import { addCommentForm, editCommentForm } from "@/lib/actions/team";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { MentionTextarea, type MentionMember } from "./MentionTextarea";

type Props = {
  targetType: string;
  targetId: string;
  members: MentionMember[];
  parentId?: string;
  /** Editing an existing comment instead of writing a new one. */
  edit?: { id: string; body: string };
  label?: string;
};

export function CommentForm({ targetType, targetId, members, parentId, edit, label }: Props) {
  const [state, action] = useActionState(edit ? editCommentForm : addCommentForm, initialFormState);
  return (
    <form action={action} key={formKey(state)} className="stack-tight">
      <FormMessage state={state} />
      {edit ? (
        <input type="hidden" name="id" value={edit.id} />
      ) : (
        <>
          <input type="hidden" name="targetType" value={targetType} />
          <input type="hidden" name="targetId" value={targetId} />
          {parentId && <input type="hidden" name="parentId" value={parentId} />}
        </>
      )}
      <MentionTextarea
        name="body"
        label={label ?? (edit ? "Edit comment" : parentId ? "Reply" : "Comment")}
        members={members}
        defaultValue={state.ok ? (edit?.body ?? "") : (state.values?.body ?? edit?.body ?? "")}
        errors={state.fields?.body}
      />
      <SubmitButton pendingText="Saving…">{edit ? "Save" : parentId ? "Reply" : "Add comment"}</SubmitButton>
    </form>
  );
}
