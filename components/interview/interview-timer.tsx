"use client";
// A timer against the agreed length. Kept on the device, so a reload mid-meeting keeps counting.
import clsx from "clsx";
import { useEffect, useState } from "react";
import { useDeviceOwner } from "@/components/app-shell/device-owner";
import { Button } from "@/components/ui/button";
import { interviewTimerKey } from "@/lib/domain/device-drafts";
import { formatClock, pauseTimer, readTimer, startTimer, timerElapsed, type TimerState } from "@/lib/domain/interview";
import { readDraft, writeDraft } from "./drafts";

const STOPPED: TimerState = { accumulatedMs: 0, runningSince: null };

export function InterviewTimer({ meetingId, durationMinutes }: { meetingId: string; durationMinutes: number }) {
  const key = interviewTimerKey(useDeviceOwner(), meetingId);
  const [state, setState] = useState<TimerState>(STOPPED);
  const [nowMs, setNowMs] = useState(0);

  useEffect(() => {
    const stored = readDraft<TimerState>(key);
    // The device's stored timer, read once after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored && typeof stored.accumulatedMs === "number") setState(stored);
    setNowMs(Date.now());
  }, [key]);

  useEffect(() => {
    if (state.runningSince === null) return;
    const tick = setInterval(() => setNowMs(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [state.runningSince]);

  const update = (next: TimerState) => {
    setState(next);
    setNowMs(Date.now());
    writeDraft(key, next);
  };

  const reading = readTimer(timerElapsed(state, nowMs), durationMinutes);
  const running = state.runningSince !== null;
  const minutesLeft = Math.ceil(reading.remainingSeconds / 60);
  const announcement =
    reading.tone === "over" ? "Time is up: the agreed length has passed." : reading.tone === "warning" ? `About ${minutesLeft} minutes left.` : "";

  return (
    <section
      aria-label="Timer"
      className={clsx(
        "sticky top-14 z-20 -mx-4 mb-6 flex items-center justify-between gap-3 border-b px-4 py-2 sm:mx-0 sm:rounded-xl sm:border sm:py-3",
        reading.tone === "normal" && "border-slate-200 bg-white",
        reading.tone === "warning" && "border-amber-300 bg-amber-50",
        reading.tone === "over" && "border-red-300 bg-red-50",
      )}
      data-tone={reading.tone}
    >
      <dl className="flex gap-4 tabular-nums sm:gap-5">
        <div>
          <dt className="text-xs font-medium text-slate-600">Elapsed</dt>
          <dd className="text-lg font-bold text-slate-900 sm:text-xl">{formatClock(reading.elapsedSeconds)}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-slate-600">{reading.remainingSeconds < 0 ? "Over by" : "Remaining"}
            <span className="sm:hidden"> of {durationMinutes} min</span>
          </dt>
          <dd className={clsx("text-lg font-bold sm:text-xl", reading.tone === "normal" ? "text-slate-900" : reading.tone === "warning" ? "text-amber-900" : "text-red-800")}>
            {formatClock(reading.remainingSeconds)}
          </dd>
        </div>
        <div className="hidden sm:block">
          <dt className="text-xs font-medium text-slate-600">Agreed</dt>
          <dd className="text-xl font-bold text-slate-900">{durationMinutes} min</dd>
        </div>
      </dl>
      <div className="flex shrink-0 flex-col gap-1 sm:flex-row sm:gap-2">
        <Button variant={running ? "secondary" : "primary"} size="sm" onClick={() => update(running ? pauseTimer(state, Date.now()) : startTimer(state, Date.now()))}>
          {running ? "Pause timer" : reading.elapsedSeconds > 0 ? "Resume timer" : "Start timer"}
        </Button>
        {!running && reading.elapsedSeconds > 0 ? (
          <Button variant="ghost" size="sm" onClick={() => update(STOPPED)}>
            Reset
          </Button>
        ) : null}
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
