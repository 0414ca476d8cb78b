import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading interview mode">
      <div className="mx-auto max-w-2xl">
        <Skeleton className="h-6 w-32" />
        <Skeleton className="mt-4 h-9 w-72 max-w-full" />
        <Skeleton className="mt-3 h-5 w-56 max-w-full" />
        <Skeleton className="mt-6 h-16 rounded-xl" />
        <div className="mt-6 space-y-6">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-48 rounded-xl" />
          ))}
        </div>
      </div>
    </LoadingRegion>
  );
}
