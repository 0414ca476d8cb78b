import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading your pipeline">
      <Skeleton className="h-9 w-40" />
      <Skeleton className="mt-3 h-5 w-64 max-w-full" />
      <Skeleton className="mt-6 h-5 w-96 max-w-full" />
      <div className="mt-4 flex gap-3 overflow-hidden xl:-mx-4 xl:grid xl:grid-cols-6 xl:gap-2">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="w-[82vw] max-w-xs shrink-0 space-y-2 rounded-xl bg-slate-100 p-3 sm:w-64 xl:w-auto xl:max-w-none xl:p-2">
            <Skeleton className="h-5 w-24" />
            <Skeleton className="h-36 rounded-lg" />
            <Skeleton className="h-36 rounded-lg" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
