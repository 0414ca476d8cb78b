import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading the template form">
      <div className="mx-auto max-w-6xl">
        <Skeleton className="h-6 w-32" />
        <Skeleton className="mt-6 h-9 w-72 max-w-full" />
        <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <Skeleton className="h-[28rem] rounded-xl" />
          <Skeleton className="h-80 rounded-xl" />
        </div>
      </div>
    </LoadingRegion>
  );
}
