import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading contact">
      <Skeleton className="h-6 w-24" />
      <Skeleton className="mt-6 h-9 w-64 max-w-full" />
      <Skeleton className="mt-3 h-5 w-48" />
      <div className="mt-8 grid gap-6 lg:grid-cols-[22rem_1fr]">
        <Skeleton className="h-96 rounded-xl" />
        <Skeleton className="h-96 rounded-xl" />
      </div>
    </LoadingRegion>
  );
}
