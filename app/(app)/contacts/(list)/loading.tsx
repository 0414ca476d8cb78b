import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading contacts">
      <Skeleton className="h-9 w-40" />
      <Skeleton className="mt-3 h-5 w-64 max-w-full" />
      <Skeleton className="mt-6 h-36 rounded-xl sm:h-24" />
      <div className="mt-6 space-y-2">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} className="h-20 rounded-xl md:h-14" />
        ))}
      </div>
    </LoadingRegion>
  );
}
