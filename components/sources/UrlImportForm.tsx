"use client";
import { useActionState } from "react";
import { importSourceFromUrlForm } from "@/lib/actions/source-import";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** Paste an address; the server fetches the page or PDF, reads its metadata and archives it. */
export function UrlImportForm() {
  const [state, action] = useActionState(importSourceFromUrlForm, initialFormState);
  return (
    <form action={action} className="stack" noValidate key={formKey(state)} aria-labelledby="url-import-heading">
      <h2 id="url-import-heading">From a web address</h2>
      <FormMessage state={state} />
      <Field
        name="url"
        scope="from-url"
        label="Page or PDF address"
        type="url"
        state={state}
        placeholder="https://"
        required
        hint="Title, publisher, author, date and canonical address are read from the page; the page itself is archived. Importing an address again adds a revision when its text changed."
      />
      <div>
        <SubmitButton pendingText="Fetching…">Fetch and import</SubmitButton>
      </div>
    </form>
  );
}
