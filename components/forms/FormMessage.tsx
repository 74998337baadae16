import type { FormState } from "@/lib/actions/form-state";

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <div className={`alert ${state.ok ? "ok" : "error"}`} role={state.ok ? "status" : "alert"}>
      {state.message}
    </div>
  );
}
