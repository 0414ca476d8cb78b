"use client";

import { ErrorPanel, type ErrorBoundaryProps } from "@/components/app-shell/error-panel";

// A page inside the shell failed: the navigation stays, the panel takes the page's place.
export default function AppError(props: ErrorBoundaryProps) {
  return <ErrorPanel {...props} />;
}
