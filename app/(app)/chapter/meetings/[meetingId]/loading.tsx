import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading the group meeting">
      <div className="mx-auto max-w-3xl">
        <Skeleton className="h-9 w-72" />
        <Skeleton className="mt-3 h-5 w-full max-w-xl" />
        <Skeleton className="mt-8 h-28 rounded-xl" />
        <Skeleton className="mt-6 h-40 rounded-xl" />
      </div>
    </LoadingRegion>
  );
}
