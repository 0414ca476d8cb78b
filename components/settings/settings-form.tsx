"use client";
// Time zone and weekly outreach goal. The time zone starts as the stored one; while it is still the
// default (UTC) and this browser is elsewhere, the browser's zone is preselected for saving.
import { useState, useSyncExternalStore } from "react";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { updateSettingsAction } from "@/lib/actions/settings";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

const noSubscribe = () => () => undefined;
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SettingsForm({ timeZone, weeklyOutreachGoal, zones }: { timeZone: string; weeklyOutreachGoal: number; zones: string[] }) {
  const [state, formAction, pending] = useFormAction(updateSettingsAction, initialFormState);
  const browser = useSyncExternalStore(noSubscribe, browserZone, () => null);
  const [chosen, setChosen] = useState<string | null>(null);
  const suggested = timeZone === "UTC" && browser && browser !== "UTC" && zones.includes(browser) ? browser : null;
  const zone = chosen ?? state.values?.timeZone ?? suggested ?? timeZone;
  const errors = state.fieldErrors ?? {};
  // React resets the form after each answer: a controlled select then showed its first default (the
  // old zone) while its state kept the new one, and the next save sent the old zone back. The select
  // is uncontrolled instead, mounted afresh after each answer with the zone chosen or sent.
  const [answered, setAnswered] = useState(state);
  const [round, setRound] = useState(0);
  if (answered !== state) {
    setAnswered(state);
    setRound(round + 1);
  }

  const hint =
    zone === suggested && !chosen ? (
      `Preselected from this device (${browser}). Save to use it.`
    ) : browser && browser !== zone && zones.includes(browser) ? (
      <>
        This device is set to {browser}.{" "}
        <button
          type="button"
          className="font-semibold text-brand-700 underline underline-offset-2"
          onClick={(event) => {
            const select = event.currentTarget.form?.elements.namedItem("timeZone");
            if (select instanceof HTMLSelectElement) select.value = browser;
            setChosen(browser);
          }}
        >
          Use {browser}
        </button>
      </>
    ) : (
      "Dates and times are shown and entered in this zone."
    );

  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} saved={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          // Also when a zone from this device is to be preselected (known after hydration); only
          // then, so a zone picked before hydration is not reset by a remount.
          key={`zone-${round}-${suggested ?? ""}`}
          label="Time zone"
          name="timeZone"
          defaultValue={zone}
          onChange={(e) => setChosen(e.target.value)}
          hint={hint}
          error={errors.timeZone}
        >
          {zones.includes(zone) ? null : <option value={zone}>{zone}</option>}
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
        <Field
          key={`goal-${state.values?.weeklyOutreachGoal ?? weeklyOutreachGoal}`}
          label="Weekly outreach goal"
          name="weeklyOutreachGoal"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          step={1}
          defaultValue={state.values?.weeklyOutreachGoal ?? String(weeklyOutreachGoal)}
          hint="New requests a week. Career centres suggest a few every week, kept up."
          error={errors.weeklyOutreachGoal}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={pending} className="w-full sm:w-auto">
          Save settings
        </Button>
      </div>
    </form>
  );
}
