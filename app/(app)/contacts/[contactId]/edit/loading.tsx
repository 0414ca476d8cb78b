import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading the contact form">
      <div className="mx-auto max-w-3xl">
        <Skeleton className="h-6 w-32" />
        <Skeleton className="mt-6 h-9 w-72 max-w-full" />
        <div className="mt-6 space-y-6">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-56 rounded-xl sm:h-44" />
          ))}
        </div>
      </div>
    </LoadingRegion>
  );
}
