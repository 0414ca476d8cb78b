import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading questions">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="w-full max-w-xl">
          <Skeleton className="h-9 w-40" />
          <Skeleton className="mt-3 h-5 w-full" />
        </div>
        <div className="flex gap-2">
          <Skeleton className="h-11 w-48 rounded-lg" />
          <Skeleton className="h-11 w-40 rounded-lg" />
        </div>
      </div>
      <Skeleton className="mt-6 h-40 rounded-xl sm:h-24" />
      <div className="mt-6 flex gap-2 overflow-hidden">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-11 w-32 shrink-0 rounded-full" />
        ))}
      </div>
      {[0, 1].map((i) => (
        <div key={i} className="mt-8">
          <Skeleton className="h-6 w-48" />
          <Skeleton className="mt-3 h-48 rounded-xl" />
        </div>
      ))}
    </LoadingRegion>
  );
}
