import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading questions">
      <Skeleton className="h-9 w-40" />
      <Skeleton className="mt-3 h-5 w-full max-w-xl" />
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
