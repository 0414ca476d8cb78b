import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading your pipeline">
      <Skeleton className="h-9 w-40" />
      <Skeleton className="mt-3 h-5 w-64 max-w-full" />
      <div className="mt-6 flex gap-4 overflow-hidden 2xl:grid 2xl:grid-cols-6 2xl:gap-3">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="w-[82vw] max-w-xs shrink-0 space-y-2 rounded-xl bg-slate-100 p-3 sm:w-64 2xl:w-auto">
            <Skeleton className="h-5 w-24" />
            <Skeleton className="h-20 rounded-lg" />
            <Skeleton className="h-20 rounded-lg" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
