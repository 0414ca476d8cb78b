"use client";
// Creating a chapter, entering an invite code, joining from an invite link, members' roles and
// leaving. Each form keeps what was typed and shows errors on its field.
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createChapterAction, findChapterAction, joinChapterAction, leaveChapterAction, setChapterRoleAction } from "@/lib/actions/chapters";
import { initialFormState } from "@/lib/validation/form-state";

export function CreateChapterForm() {
  const [state, formAction, pending] = useActionState(createChapterAction, initialFormState);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start" key={state.values?.name ?? ""}>
      <Field label="Chapter name" name="name" autoComplete="off" placeholder="PRSSA — Ohio State" defaultValue={state.values?.name ?? ""} error={state.fieldErrors?.name} containerClassName="sm:w-80" />
      <Button type="submit" pending={pending} className="sm:mt-7">
        Create chapter
      </Button>
    </form>
  );
}

export function FindChapterForm() {
  const [state, formAction, pending] = useActionState(findChapterAction, initialFormState);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start" key={state.values?.code ?? ""}>
      <Field
        label="Chapter invite code"
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="K7QM-2XPA"
        defaultValue={state.values?.code ?? ""}
        error={state.fieldErrors?.code}
        containerClassName="sm:w-72"
      />
      <Button type="submit" pending={pending} className="sm:mt-7">
        Continue
      </Button>
    </form>
  );
}

export function JoinChapterForm({ code, name }: { code: string; name: string }) {
  const [state, formAction, pending] = useActionState(joinChapterAction, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="code" value={code} />
      {state.message ? (
        <Alert tone="danger" live>
          {state.message}
        </Alert>
      ) : null}
      <Button type="submit" pending={pending}>
        Join {name}
      </Button>
    </form>
  );
}

export function RoleForm({ organisationId, userId, name, role }: { organisationId: string; userId: string; name: string; role: "MEMBER" | "OFFICER" }) {
  const [state, formAction, pending] = useActionState(setChapterRoleAction, initialFormState);
  const next = role === "OFFICER" ? "MEMBER" : "OFFICER";
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={next} />
      <Button type="submit" size="sm" variant="secondary" pending={pending} aria-label={next === "OFFICER" ? `Make ${name} an officer` : `Make ${name} a member`}>
        {next === "OFFICER" ? "Make officer" : "Make member"}
      </Button>
      {state.message && state.status !== "saved" ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function LeaveChapterForm({ organisationId, name }: { organisationId: string; name: string }) {
  const [state, formAction, pending] = useActionState(leaveChapterAction, initialFormState);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
        Leave {name}
      </Button>
    );
  }
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-3">
      <input type="hidden" name="organisationId" value={organisationId} />
      <p className="text-sm text-red-900">
        You keep every contact in your own pipeline, including ones you copied from the list. Your active claims are released and you no longer see the chapter&apos;s list.
      </p>
      {state.message ? (
        <Alert tone="danger" live>
          {state.message}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" size="sm" pending={pending}>
          Leave the chapter
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
          Stay
        </Button>
      </div>
    </form>
  );
}
