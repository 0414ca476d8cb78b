import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading settings">
      <div className="mx-auto max-w-3xl">
        <Skeleton className="h-9 w-40" />
        <Skeleton className="mt-3 h-5 w-full max-w-xl" />
        <Skeleton className="mt-6 h-56 rounded-xl sm:h-44" />
        <Skeleton className="mt-6 h-72 rounded-xl" />
      </div>
    </LoadingRegion>
  );
}
