import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading today's reminders">
      <Skeleton className="h-9 w-32" />
      <Skeleton className="mt-3 h-5 w-72 max-w-full" />
      <div className="mt-6 mb-8 grid grid-cols-3 gap-3">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-20 rounded-xl" />
        ))}
      </div>
      <Skeleton className="h-6 w-28" />
      <div className="mt-3 space-y-3">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-28 rounded-xl" />
        ))}
      </div>
    </LoadingRegion>
  );
}
