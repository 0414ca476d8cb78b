import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading your data">
      <Skeleton className="h-9 w-56" />
      <Skeleton className="mt-3 h-5 w-72 max-w-full" />
      <Skeleton className="mt-6 h-40 rounded-xl" />
      <Skeleton className="mt-6 h-64 rounded-xl" />
    </LoadingRegion>
  );
}
