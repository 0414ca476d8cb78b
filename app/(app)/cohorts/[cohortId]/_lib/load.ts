import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { now } from "@/lib/clock";
import { getCohortDashboard, getCohortStudent } from "@/lib/data/cohort-dashboard";
import { NotFoundError } from "@/lib/data/errors";

async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

// One read per request, shared by the title and the page: each read writes audit rows, so a
// second one would record a view twice.
export const loadCohortDashboard = cache((cohortId: string) => orNotFound(getCohortDashboard(cohortId, now())));
export const loadCohortStudent = cache((cohortId: string, memberId: string) => orNotFound(getCohortStudent(cohortId, memberId, now())));
