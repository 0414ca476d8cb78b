import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading the career centre">
      <div className="mx-auto max-w-4xl">
        <Skeleton className="h-9 w-72" />
        <Skeleton className="mt-3 h-5 w-full max-w-xl" />
        <Skeleton className="mt-8 h-6 w-32" />
        <Skeleton className="mt-4 h-44 rounded-xl" />
        <Skeleton className="mt-4 h-44 rounded-xl" />
        <Skeleton className="mt-8 h-6 w-24" />
        <Skeleton className="mt-4 h-32 rounded-xl" />
      </div>
    </LoadingRegion>
  );
}
