"use server";
// Turning the private calendar feed on (a new link, which retires the old one) and off.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { createCalendarFeed, revokeCalendarFeed } from "../data/calendar-feed";
import type { CalendarFeedResult } from "../validation/calendar-feed";

export async function createCalendarFeedAction(): Promise<CalendarFeedResult> {
  const token = await createCalendarFeed(now());
  revalidatePath("/settings");
  return { status: "created", token };
}

export async function revokeCalendarFeedAction(): Promise<CalendarFeedResult> {
  await revokeCalendarFeed(now());
  revalidatePath("/settings");
  return { status: "revoked" };
}
