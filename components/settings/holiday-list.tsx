"use client";
// The holidays business days skip: add a date and a name (a second one on the same day is refused
// on the date field; a Saturday or Sunday is accepted, with a note on the field that weekends are
// skipped anyway), remove with undo. Sorted by date, as the server lists them.
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import { DIDNT_WORK, useUndoNotice } from "@/components/ui/undo-notice";
import { addHolidayAction, removeHolidayAction, restoreHolidayAction } from "@/lib/actions/settings";
import { formatDay } from "@/lib/domain/format";
import { weekendHolidayNote } from "@/lib/domain/holidays";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export interface HolidayItem {
  id: string;
  /** "YYYY-MM-DD" */
  date: string;
  name: string;
}

/** A calendar date shown as itself, whatever the zone: it is stored as that day at midnight UTC. */
const showDate = (date: string, today: string) => formatDay(new Date(`${date}T00:00:00Z`), "UTC", new Date(`${today}T00:00:00Z`));

export function HolidayList({ holidays, today }: { holidays: HolidayItem[]; today: string }) {
  const [state, formAction, adding] = useFormAction(addHolidayAction, initialFormState);
  // A removed row's button is gone, and so is Undo once pressed: the notice takes the focus.
  const { setNotice, view: notice } = useUndoNotice(restoreHolidayAction);
  const [pending, startTransition] = useTransition();
  const errors = state.fieldErrors ?? {};
  const echo = state.status === "saved" ? undefined : state.values;
  // The date being picked, for the weekend note on its field; a new answer from the server remounts
  // the field (its key), so what was picked before goes with it.
  const [picked, setPicked] = useState<{ state: typeof state; date: string } | null>(null);
  const date = picked?.state === state ? picked.date : (echo?.date ?? "");
  const weekend = weekendHolidayNote(date);

  function remove(holiday: HolidayItem) {
    startTransition(async () => {
      const result = await removeHolidayAction(holiday.id);
      setNotice(
        result.status === "saved"
          ? { tone: "success", text: result.message ?? `Removed ${holiday.name}.`, undo: result.values }
          : { tone: "danger", text: result.message ?? DIDNT_WORK },
      );
    });
  }

  return (
    <div className="space-y-5">
      <form action={formAction} noValidate className="space-y-3">
        <FormMessage state={state} saved={state.message} />
        <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-start">
          <Field
            key={`date-${state.status}-${echo?.date ?? ""}`}
            label="Date"
            name="date"
            type="date"
            defaultValue={echo?.date ?? ""}
            onChange={(event) => setPicked({ state, date: event.currentTarget.value })}
            hint={weekend ?? undefined}
            error={errors.date}
          />
          <Field
            key={`name-${state.status}-${echo?.name ?? ""}`}
            label="Name"
            name="name"
            autoComplete="off"
            maxLength={80}
            hint="Up to 80 characters."
            placeholder="e.g. Thanksgiving"
            defaultValue={echo?.name ?? ""}
            error={errors.name}
          />
          <Button type="submit" pending={adding} className="w-full sm:mt-7 sm:w-auto">
            <Icon name="plus" className="size-4" />
            Add holiday
          </Button>
        </div>
      </form>

      <div className="empty:hidden">{notice}</div>

      {holidays.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600">
          No holidays yet. Add the days you are away or your school is closed, and follow-up reminders will wait for the next working day.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" aria-label="Your holidays">
          {holidays.map((holiday) => (
            <li key={holiday.id} className="flex items-center justify-between gap-3 px-4 py-2">
              <div className="min-w-0">
                <p className="font-medium [overflow-wrap:anywhere] text-slate-900">{holiday.name}</p>
                <p className="text-sm text-slate-600">
                  <time dateTime={holiday.date}>{showDate(holiday.date, today)}</time>
                  {holiday.date < today ? " · past" : null}
                </p>
              </div>
              <Button variant="ghost" size="sm" disabled={pending} className="shrink-0 text-red-700 hover:bg-red-50 hover:text-red-800" onClick={() => remove(holiday)}>
                <Icon name="trash" className="size-4" />
                Remove<span className="sr-only"> {holiday.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
