"use client";
// A one-time success message carried in the URL (?saved=1, ?deleted=1): shown once, then the
// parameter is dropped from the address so a reload or a shared link does not repeat it.
import { useEffect, useState } from "react";
import { Alert, DismissButton } from "@/components/ui/alert";

export function FlashNotice({ message, param }: { message: string | null; param: string }) {
  const [shown, setShown] = useState(message);

  useEffect(() => {
    if (!message) return;
    const url = new URL(window.location.href);
    if (!url.searchParams.has(param)) return;
    url.searchParams.delete(param);
    window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
  }, [message, param]);

  if (!shown) return null;
  return (
    <Alert tone="success" live className="mb-6 flex items-start justify-between gap-3">
      <p className="py-1 font-medium">{shown}</p>
      <DismissButton onClick={() => setShown(null)} />
    </Alert>
  );
}
