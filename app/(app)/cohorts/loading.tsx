import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading cohorts">
      <Skeleton className="h-9 w-40" />
      <Skeleton className="mt-3 h-5 w-full max-w-2xl" />
      <Skeleton className="mt-8 h-6 w-56" />
      <Skeleton className="mt-4 h-80 rounded-xl" />
    </LoadingRegion>
  );
}
